import type { Access, CollectionConfig } from 'payload'

import { isSuperAdmin, userOf } from './roles'
import {
  confidentialUnits,
  editableUnits,
  publishableUnits,
  readableUnits,
  scopeIncludes,
  scopeWhere,
  type UnitScope,
} from './unitScope'

/** What anonymous visitors may read: published documents, nothing, or everything (public files). */
export type PublicRead = 'published' | 'none' | 'all'

export const tenantIDOf = (value: unknown): number | string | null =>
  value == null
    ? null
    : typeof value === 'object'
      ? ((value as { id?: number | string }).id ?? null)
      : (value as number | string)

/**
 * Whether a scope lets the user create `data`; without a unit yet, the admin asks whether to offer
 * "Create new" at all.
 */
export const scopeAllowsCreate = (scope: UnitScope, data: unknown): boolean => {
  const tenant = tenantIDOf((data as { tenant?: unknown } | undefined)?.tenant)
  return tenant == null ? scope === 'all' || scope.length > 0 : scopeIncludes(scope, tenant)
}

const publishing = (data: unknown): boolean =>
  (data as { _status?: string } | undefined)?._status === 'published'

export type UnitContentAccessOptions = {
  publicRead: PublicRead
  /**
   * `staff` (default): the unit's staff and its HQ; `approvers`: the unit head and its HQ only
   * (confidential).
   */
  readers?: 'staff' | 'approvers'
  /**
   * Anyone, signed in or not, may submit (feedback, complaints); the unit is checked by the field.
   */
  publicCreate?: boolean
}

/**
 * Access for every tenant-scoped content collection. The multi-tenant plugin narrows unit staff to
 * their own units on top of this; it does not touch anonymous requests, so `read` filters them
 * here.
 */
export function unitContentAccess({
  publicRead,
  readers = 'staff',
  publicCreate = false,
}: UnitContentAccessOptions): NonNullable<CollectionConfig['access']> {
  const confidential = readers === 'approvers'
  const readScope = confidential ? confidentialUnits : readableUnits
  const read: Access = async ({ req }) => {
    if (!userOf(req))
      return (
        publicRead === 'all' ||
        (publicRead === 'published' ? { _status: { equals: 'published' } } : false)
      )
    return scopeWhere(await readScope(req), 'tenant')
  }
  const readVersions: Access = async ({ req }) =>
    userOf(req) ? scopeWhere(await readScope(req), 'version.tenant') : false
  const create: Access = ({ req, data }) =>
    publicCreate ||
    scopeAllowsCreate(publishing(data) ? publishableUnits(req) : editableUnits(req), data)
  // Payload asks `update` with `_status: 'published'` to decide whether to show the Publish button.
  const update: Access = ({ req, data }) =>
    scopeWhere(
      publishing(data) || confidential ? publishableUnits(req) : editableUnits(req),
      'tenant',
    )
  // Complaints about a unit's officers are evidence: only a super-admin may remove one.
  const remove: Access = ({ req }) =>
    confidential ? isSuperAdmin(userOf(req)) : scopeWhere(publishableUnits(req), 'tenant')
  const unlock: Access = ({ req }) => scopeWhere(editableUnits(req), 'tenant')

  return { create, delete: remove, read, readVersions, unlock, update }
}
