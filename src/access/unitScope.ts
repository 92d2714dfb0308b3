import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { collectionTables, execute } from '../database/tables'

import { assignedUnitIDs, hasRole, isSuperAdmin, userOf } from './roles'

export type UnitID = number | string
/** `'all'` for super-admins, otherwise the explicit list (possibly empty). */
export type UnitScope = 'all' | UnitID[]

/**
 * All units below (and including) `roots`, following `units.parent`: one recursive query, however
 * deep the tree.
 */
export async function subtreeUnitIDs(req: PayloadRequest, roots: UnitID[]): Promise<UnitID[]> {
  if (!roots.length) return []
  const t = collectionTables(req.payload, 'units')
  const rows = await execute(
    req.payload,
    sql`with recursive tree(id) as (
      select unnest(${`{${roots.map(Number).join(',')}}`}::int[])
      union select u.id from ${t.main} u join tree on u.${t.column('parent')} = tree.id
    ) select id from tree`,
    req,
  )
  return rows.map((row) => Number(row.id))
}

/**
 * Units whose content the user may read: super-admin all; an HQ reviewer its HQ units' whole
 * subtree;
 * unit staff their assigned units. Memoised per request because every access check needs it.
 */
export async function readableUnits(req: PayloadRequest): Promise<UnitScope> {
  const user = userOf(req)
  if (!user) return []
  if (isSuperAdmin(user)) return 'all'
  const cacheKey = `oit:readableUnits:${user.id}`
  const cached = req.context[cacheKey] as UnitID[] | undefined
  if (cached) return cached
  const assigned = assignedUnitIDs(user)
  const scope = hasRole(user, 'hq-reviewer') ? await subtreeUnitIDs(req, assigned) : assigned
  req.context[cacheKey] = scope
  return scope
}

/**
 * Units whose confidential submissions the user may read: like `readableUnits`, without unit
 * editors.
 */
export async function confidentialUnits(req: PayloadRequest): Promise<UnitScope> {
  const user = userOf(req)
  if (isSuperAdmin(user)) return 'all'
  if (hasRole(user, 'hq-reviewer')) return readableUnits(req)
  return hasRole(user, 'unit-approver') ? assignedUnitIDs(user) : []
}

/**
 * Units whose content the user may change: super-admin all; unit staff their own units; reviewers
 * none.
 */
export function editableUnits(req: PayloadRequest): UnitScope {
  const user = userOf(req)
  if (isSuperAdmin(user)) return 'all'
  return hasRole(user, 'unit-approver', 'unit-editor') ? assignedUnitIDs(user) : []
}

/** Units where the user may publish and delete: super-admin all; approvers their own units. */
export function publishableUnits(req: PayloadRequest): UnitScope {
  const user = userOf(req)
  if (isSuperAdmin(user)) return 'all'
  return hasRole(user, 'unit-approver') ? assignedUnitIDs(user) : []
}

export const scopeIncludes = (scope: UnitScope, id: UnitID | null | undefined): boolean =>
  scope === 'all' || (id != null && scope.some((unit) => String(unit) === String(id)))

/** `where` on `field` for a scope; `true` for all, `false` when empty. */
export const scopeWhere = (scope: UnitScope, field: string) =>
  scope === 'all' ? true : scope.length ? { [field]: { in: scope } } : false
