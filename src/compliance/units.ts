import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { readableUnits, subtreeUnitIDs } from '../access/unitScope'
import { currentFiscalYear } from '../fiscal'
import { execute } from '../database/tables'
import { oitSettings } from '../options'
import { originOf, unitSiteUrl } from '../routing/publicAddresses'
import type { ReadinessUnit } from './readiness'

export type UnitFilter = { hq?: number | null; unitType?: string | null; unit?: number | null }

/** A fiscal year from a query parameter (BE, e.g. 2568), else the current one. */
export const yearParam = (value: unknown): number => {
  const year = Number(value)
  return Number.isInteger(year) && year >= 2500 && year <= 2700 ? year : currentFiscalYear()
}

export const idParam = (value: unknown): number | null => {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : null
}

/**
 * The units (not HQs) the user may review, narrowed by HQ (its whole subtree), unit type or one
 * unit; a unit outside the user's scope is never returned. One query, whatever the number of units
 * (the HQ matrix asks for all 1,500 stations at once).
 */
export async function reviewableUnits(
  req: PayloadRequest,
  filter: UnitFilter = {},
): Promise<ReadinessUnit[]> {
  const scope = await readableUnits(req)
  if (scope !== 'all' && !scope.length) return []
  const ids = (values: (number | string)[]) => `{${values.map(Number).join(',')}}`
  const conditions: SQL[] = [sql`u.unit_type <> 'hq'`]
  if (scope !== 'all') conditions.push(sql`u.id in (select unnest(${ids(scope)}::int[]))`)
  if (filter.hq)
    conditions.push(
      sql`u.id in (select unnest(${ids(await subtreeUnitIDs(req, [filter.hq]))}::int[]))`,
    )
  if (filter.unitType) conditions.push(sql`u.unit_type::text = ${filter.unitType}`)
  if (filter.unit) conditions.push(sql`u.id = ${filter.unit}`)
  const rows = await execute(
    req.payload,
    sql`
    select u.id, u.slug, u.unit_type, u.parent_id, coalesce(nullif(l.short_name, ''), l.name) as name,
      (select d.domain from units_domains d where d._parent_id = u.id order by d._order limit 1) as domain
    from units u left join units_locales l on l._parent_id = u.id and l._locale = 'th'
    where ${sql.join(conditions, sql` and `)}
    order by u.slug`,
    req,
  )
  const origin = originOf(oitSettings(req.payload).publicURL)
  return rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name ?? row.slug),
    slug: String(row.slug),
    unitType: String(row.unit_type),
    parent: row.parent_id == null ? null : Number(row.parent_id),
    site: unitSiteUrl({ slug: String(row.slug), domain: row.domain as string | null }, origin),
  }))
}

/** HQ units the user may review (the HQ filter's choices): the HQs within its scope. */
export async function reviewableHqs(req: PayloadRequest): Promise<{ id: number; name: string }[]> {
  const scope = await readableUnits(req)
  const { docs } = await req.payload.find({
    collection: 'units',
    where: {
      and: [{ unitType: { equals: 'hq' } }, ...(scope === 'all' ? [] : [{ id: { in: scope } }])],
    },
    sort: 'slug',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, shortName: true },
  })
  return docs.map((unit) => ({ id: unit.id, name: unit.shortName || unit.name }))
}
