import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { CheckFilter } from '../frameworks/types'
import { FISCAL_YEAR, monthPeriod } from '../companions/periods'
import { fiscalMonths } from '../fiscal'
import { companionFormats } from '../frameworks/types'
import { collectionTables, execute, versionTables } from '../database/tables'
import { slugOf } from '../options'

/**
 * A records check as the query needs it (`checks.ts`); `itemCode` keeps documents that name their
 * item to that item.
 */
export type RecordsSpec = {
  collection: string
  fields: string[]
  locales: ('th' | 'en')[]
  where?: CheckFilter[]
  currentUntil?: string
  rows?: string
  rowWhere?: CheckFilter
  cover?: { field: string; values: string[]; orValues?: string[] }
  headSigns?: string
  itemCode?: string
}
export type MonthlySpec = { collection: string }

/**
 * Per unit: how many published documents (or rows), per field (`path@locale`) how many lack it and
 * the first document that does (to link to), which values of the covered field appear, and how
 * many are not signed by the head. Read from the query's rows as asked: at 1,500 units an object
 * per unit and field would be most of the matrix's work.
 */
export type RecordsFacts = {
  total: (unit: number) => number
  /** `null` when no document lacks the field. */
  lacking: (unit: number, key: string) => { count: number; first: number | null } | null
  covers: (unit: number, value: string) => boolean
  notByHead: (unit: number) => { count: number; first: number | null } | null
}
/** Per unit and month ("2024-10"): a published document with entries, or a "none" declaration. */
export type MonthFact = { entries: boolean; declared: boolean }

export type QueryScope = { units: number[]; fiscalYear: number; today: Date; onQuery?: () => void }

async function query(
  payload: Payload,
  scope: QueryScope,
  statement: SQL,
): Promise<Record<string, unknown>[]> {
  scope.onQuery?.()
  return execute(payload, statement)
}

// Unit IDs are numbers from the database; as one array parameter the query stays the same size at
// 1,500 units, and as a subquery Postgres hashes it (`= any(array)` would compare every row with
// every ID).
const idArray = (units: number[]) => `{${units.map((id) => Number(id)).join(',')}}`
const inUnits = (column: SQL, units: number[]) =>
  sql`${column} in (select unnest(${idArray(units)}::int[]))`

const specKey = (spec: object) => JSON.stringify(spec)

/** The unit a row belongs to, and that only its published documents count. */
function base(payload: Payload, collection: string, scope: QueryScope) {
  const t = collectionTables(payload, collection)
  const isUnit = collection === 'units'
  const unit = isUnit ? sql`t.id` : sql`t.${t.column('tenant')}`
  const conditions: SQL[] = [inUnits(unit, scope.units)]
  if (t.has('_status')) conditions.push(sql`t.${t.column('_status')} = 'published'`)
  return { t, unit, conditions }
}

type RecordsGroup = {
  spec: Omit<RecordsSpec, 'fields' | 'locales' | 'cover'> & { coverField?: string }
  checks: Set<string>
  values: Set<string>
  waiting: { resolve: (facts: RecordsFacts) => void; reject: (error: unknown) => void }[]
}

/**
 * Loads records facts in batches: the specs asked for in one turn of the event loop that differ
 * only
 * in their fields share one grouped query (every unit's count, and per field and locale how many
 * documents lack it and which).
 */
export function recordsLoader(
  payload: Payload,
  scope: QueryScope,
): (spec: RecordsSpec) => Promise<RecordsFacts> {
  let groups = new Map<string, RecordsGroup>()
  const flush = () => {
    const batch = groups
    groups = new Map()
    for (const group of batch.values()) {
      recordsQuery(payload, group.spec, [...group.checks], [...group.values], scope).then(
        (found) => group.waiting.forEach(({ resolve }) => resolve(found)),
        (error) => group.waiting.forEach(({ reject }) => reject(error)),
      )
    }
  }
  return (spec) =>
    new Promise((resolve, reject) => {
      const { fields, locales, cover, ...rest } = spec
      const shared = { ...rest, coverField: cover?.field }
      const key = specKey(shared)
      if (!groups.size) setImmediate(flush)
      const group = groups.get(key) ?? {
        spec: shared,
        checks: new Set<string>(),
        values: new Set<string>(),
        waiting: [],
      }
      for (const field of fields)
        for (const locale of locales) group.checks.add(`${field}@${locale}`)
      for (const value of [...(cover?.values ?? []), ...(cover?.orValues ?? [])])
        group.values.add(value)
      group.waiting.push({ resolve, reject })
      groups.set(key, group)
    })
}

async function recordsQuery(
  payload: Payload,
  spec: RecordsGroup['spec'],
  keys: string[],
  values: string[],
  scope: QueryScope,
): Promise<RecordsFacts> {
  const { t, unit, conditions } = base(payload, spec.collection, scope)
  if (t.has('fiscalYear')) conditions.push(sql`t.${t.column('fiscalYear')} = ${scope.fiscalYear}`)
  if (spec.itemCode && t.has('itemCode'))
    conditions.push(sql`t.${t.column('itemCode')} = ${spec.itemCode}`)
  for (const filter of spec.where ?? []) conditions.push(t.matches(filter))
  if (spec.currentUntil)
    conditions.push(
      sql`(t.${t.column(spec.currentUntil)} is null or t.${t.column(spec.currentUntil)} >= ${scope.today.toISOString()})`,
    )
  // The subjects: the documents, or the rows of one of their lists.
  const rows = spec.rows ? t.rows(spec.rows) : null
  const subject = rows ?? t
  if (rows && spec.rowWhere) conditions.push(rows.matches(spec.rowWhere))
  const from = rows
    ? sql`${t.main} t join ${rows.table} x on x.${rows.parent} = t.id`
    : sql`${t.main} t`
  // count() and min() keep a fixed-size state per unit; an array_agg per unit and field spills to
  // disk at 1,500 units.
  const columns = keys.map((key, index) => {
    const at = key.lastIndexOf('@')
    const [field, locale] = [key.slice(0, at), key.slice(at + 1)]
    const lacking = sql`not (${subject.filled(field, locale)})`
    return sql`, count(*) filter (where ${lacking})::int as ${sql.raw(`m${index}`)}, min(t.id) filter (where ${lacking}) as ${sql.raw(`i${index}`)}`
  })
  // A signer names the head when the head's Thai name (spaces aside) is within it: ranks and titles
  // may surround it.
  const units = collectionTables(payload, 'units')
  const squeeze = (value: SQL) =>
    sql`regexp_replace(coalesce(${value}, ''), '[[:space:]]', '', 'g')`
  const byHead = spec.headSigns
    ? sql`(${squeeze(units.text('head.name', 'th', unit))} <> '' and position(${squeeze(units.text('head.name', 'th', unit))} in ${squeeze(subject.text(spec.headSigns, 'th'))}) > 0)`
    : null
  const signed = byHead
    ? [
        sql`, count(*) filter (where not ${byHead})::int as h, min(t.id) filter (where not ${byHead}) as hi`,
      ]
    : []
  const covers = spec.coverField
    ? values.map(
        (value, index) =>
          sql`, bool_or(${subject.equals(spec.coverField!, value)}) as ${sql.raw(`c${index}`)}`,
      )
    : []
  const found = await query(
    payload,
    scope,
    sql`select ${unit} as unit, count(*)::int as total ${sql.join([...columns, ...covers, ...signed], sql``)} from ${from} where ${sql.join(conditions, sql` and `)} group by 1`,
  )
  const byUnit = new Map(found.map((row) => [Number(row.unit), row]))
  const column = new Map(keys.map((key, index) => [key, index]))
  const cover = new Map(values.map((value, index) => [value, `c${index}`]))
  const firstOf = (value: unknown) => (value == null ? null : Number(value))
  return {
    total: (unit) => Number(byUnit.get(unit)?.total ?? 0),
    lacking: (unit, key) => {
      const row = byUnit.get(unit)
      const index = column.get(key)
      const count = row && index !== undefined ? Number(row[`m${index}`]) : 0
      return count ? { count, first: firstOf(row![`i${index}`]) } : null
    },
    covers: (unit, value) => byUnit.get(unit)?.[cover.get(value) ?? ''] === true,
    notByHead: (unit) => {
      const row = byUnit.get(unit)
      const count = Number(row?.h ?? 0)
      return count ? { count, first: firstOf(row!.hi) } : null
    },
  }
}

/** Every unit's published months of a monthly collection in the fiscal year. */
export async function monthlyFacts(
  payload: Payload,
  spec: MonthlySpec,
  scope: QueryScope,
): Promise<Map<number, Map<string, MonthFact>>> {
  const { t, unit, conditions } = base(payload, spec.collection, scope)
  conditions.push(sql`t.${t.column('fiscalYear')} = ${scope.fiscalYear}`)
  const declared = t.has('noneDeclared')
    ? sql`coalesce(t.${t.column('noneDeclared')}, false)`
    : sql`false`
  const found = await query(
    payload,
    scope,
    sql`select ${unit} as unit, to_char(t.${t.column('month')} at time zone 'Asia/Bangkok', 'YYYY-MM') as period,
      bool_or(not ${declared}) as entries, bool_or(${declared}) as declared
    from ${t.main} t where ${sql.join(conditions, sql` and `)} group by 1, 2`,
  )
  const byUnit = new Map<number, Map<string, MonthFact>>()
  for (const row of found) {
    const months = byUnit.get(Number(row.unit)) ?? new Map<string, MonthFact>()
    months.set(String(row.period), {
      entries: Boolean(row.entries),
      declared: Boolean(row.declared),
    })
    byUnit.set(Number(row.unit), months)
  }
  return byUnit
}

/** Whether a unit has a generated file of an item for a period ("2024-10" or "fy") in a format. */
export type FileFacts = (unit: number, item: string, period: string, format: string) => boolean

/**
 * Every unit's generated files of the fiscal year that are still served. One row per unit and item,
 * its periods × formats as bits of one number: 1,500 units × 27 item-periods as rows would cost
 * more
 * to send and parse than to find.
 */
export async function fileFacts(payload: Payload, scope: QueryScope): Promise<FileFacts> {
  const t = collectionTables(payload, 'companion-files')
  const periods = [...fiscalMonths(scope.fiscalYear).map(monthPeriod), FISCAL_YEAR]
  const formats = companionFormats.length
  const bit = sql`(array_position(${`{${periods.join(',')}}`}::text[], t.${t.column('period')}::text) - 1) * ${formats}
    + array_position(${`{${companionFormats.join(',')}}`}::text[], t.${t.column('format')}::text) - 1`
  const found = await query(
    payload,
    scope,
    sql`select t.${t.column('tenant')} as unit, t.${t.column('item')} as item, bit_or(1::bigint << (${bit})) as bits
    from ${t.main} t
    where ${inUnits(sql`t.${t.column('tenant')}`, scope.units)} and t.${t.column('fiscalYear')} = ${scope.fiscalYear}
      and not coalesce(t.${t.column('withdrawn')}, false)
    group by 1, 2`,
  )
  // At most 13 periods × 3 formats = 39 bits: exact as a JavaScript number (2^53), tested by
  // division.
  const masks = new Map<number, Map<string, number>>()
  for (const row of found) {
    const unit = Number(row.unit)
    if (!masks.has(unit)) masks.set(unit, new Map())
    masks.get(unit)!.set(String(row.item), Number(row.bits))
  }
  return (unit, item, period, format) => {
    const period_ = periods.indexOf(period)
    const format_ = (companionFormats as readonly string[]).indexOf(format)
    if (period_ < 0 || format_ < 0) return false
    return (
      Math.floor((masks.get(unit)?.get(item) ?? 0) / 2 ** (period_ * formats + format_)) % 2 === 1
    )
  }
}

/**
 * Whether a unit's files of an item and period are queued for generation (not yet made, not
 * failed).
 */
export type QueuedFacts = (unit: number, item: string, period: string) => boolean

/** Every unit's generation jobs still waiting in the queue for the fiscal year, by their target. */
export async function queuedFacts(payload: Payload, scope: QueryScope): Promise<QueuedFacts> {
  // A target's concurrency key is "<unit>/<fiscal year>/<item>/<period>" (companions/target.ts).
  const found = await query(
    payload,
    scope,
    sql`select distinct concurrency_key as key from payload_jobs
    where completed_at is null and not coalesce(has_error, false)
      and split_part(concurrency_key, '/', 2) = ${String(scope.fiscalYear)}
      and split_part(concurrency_key, '/', 1) in (select unnest(${idArray(scope.units)}::int[])::text)`,
  )
  const keys = new Set(found.map((row) => String(row.key)))
  return (unit, item, period) => keys.has(`${unit}/${scope.fiscalYear}/${item}/${period}`)
}

/**
 * Per unit and item: when each period was first made public (compliance/publicationDates.ts),
 * oldest first.
 */
export async function publicationFacts(
  payload: Payload,
  scope: QueryScope,
): Promise<Map<string, { period: string; at: string }[]>> {
  const t = collectionTables(payload, 'publication-dates')
  const found = await query(
    payload,
    scope,
    sql`select t.${t.column('tenant')} as unit, t.${t.column('item')} as item, t.${t.column('period')} as period, t.${t.column('firstPublishedAt')} as at
    from ${t.main} t where ${inUnits(sql`t.${t.column('tenant')}`, scope.units)} and t.${t.column('fiscalYear')} = ${scope.fiscalYear}
    order by 4`,
  )
  const byItem = new Map<string, { period: string; at: string }[]>()
  for (const row of found) {
    const key = `${row.unit}/${row.item}`
    byItem.set(key, [
      ...(byItem.get(key) ?? []),
      { period: String(row.period), at: new Date(row.at as string).toISOString() },
    ])
  }
  return byItem
}

/**
 * Whether a unit has an official file (uploaded, not generated) of an item's period in a format.
 */
export type OfficialFacts = (
  unit: number,
  collection: string,
  period: string,
  format: string,
) => boolean

/**
 * Every unit's official files of the fiscal year in the collections given (their `officialFiles`,
 * on published documents): by the document's month, or the whole year, and the file's extension.
 */
export async function officialFacts(
  payload: Payload,
  scope: QueryScope,
  collections: string[],
): Promise<OfficialFacts> {
  const keys = new Set<string>()
  const documents = collectionTables(payload, 'documents')
  for (const collection of collections) {
    const { t, unit, conditions } = base(payload, collection, scope)
    if (!t.has('fiscalYear')) continue
    conditions.push(sql`t.${t.column('fiscalYear')} = ${scope.fiscalYear}`)
    const period = t.has('month')
      ? sql`to_char(t.${t.column('month')} at time zone 'Asia/Bangkok', 'YYYY-MM')`
      : sql`${FISCAL_YEAR}`
    const found = await query(
      payload,
      scope,
      sql`select distinct ${unit} as unit, ${period} as period, lower(substring(d.${documents.column('filename')} from '[.]([^.]+)$')) as format
      from ${t.main} t join ${t.rels} r on r.parent_id = t.id and r.path = 'officialFiles' join ${documents.main} d on d.id = r.${t.relsColumn('documents')}
      where ${sql.join(conditions, sql` and `)}`,
    )
    for (const row of found) keys.add(`${row.unit}/${collection}/${row.period}/${row.format}`)
  }
  return (unit, collection, period, format) => keys.has(`${unit}/${collection}/${period}/${format}`)
}

/** A draft submitted for approval and not yet decided: its document, unit and title. */
export type AwaitingDraft = { id: number; unit: number; title: string }

/**
 * Per unit, the drafts of a collection waiting for the head's approval (the latest version of each
 * document, for the fiscal year where the collection has one), oldest request first. One query over
 * the versions table, whatever the number of units; the title in Thai where it is per language.
 */
export async function awaitingFacts(
  payload: Payload,
  scope: QueryScope,
  collection: string,
): Promise<Map<number, AwaitingDraft[]>> {
  const v = versionTables(payload, collection)
  const config = payload.collections[slugOf(payload, collection) as 'news'].config
  const titleKey =
    config.admin.useAsTitle && config.admin.useAsTitle !== 'id'
      ? `version_${config.admin.useAsTitle}`
      : null
  const localizedTitle = titleKey ? v.localized(titleKey) : null
  const title = localizedTitle
    ? sql`l.${localizedTitle}`
    : titleKey && v.has(titleKey)
      ? sql`v.${v.column(titleKey)}`
      : sql`null`
  const conditions: SQL[] = [
    sql`v.${v.column('latest')} = true`,
    sql`v.${v.column('version_approval_state')} = 'submitted'`,
    inUnits(sql`v.${v.column('version_tenant')}`, scope.units),
  ]
  if (v.has('version_fiscalYear'))
    conditions.push(sql`v.${v.column('version_fiscalYear')} = ${scope.fiscalYear}`)
  const rows = await query(
    payload,
    scope,
    sql`select v.${v.column('parent')} as id, v.${v.column('version_tenant')} as unit, ${title} as title
    from ${v.main} v ${localizedTitle ? sql`left join ${v.locales} l on l._parent_id = v.id and l._locale = 'th'` : sql``}
    where ${sql.join(conditions, sql` and `)} order by v.${v.column('version_approval_submittedAt')}`,
  )
  const byUnit = new Map<number, AwaitingDraft[]>()
  for (const row of rows) {
    const draft = {
      id: Number(row.id),
      unit: Number(row.unit),
      title:
        typeof row.title === 'string' && row.title.trim() ? row.title.trim() : `#${String(row.id)}`,
    }
    byUnit.set(draft.unit, [...(byUnit.get(draft.unit) ?? []), draft])
  }
  return byUnit
}
