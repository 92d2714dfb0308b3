/**
 * The HQ matrix at national scale: 1,500 generated stations, each with published documents for
 * every collection the FY2568 framework checks (six months of each monthly one) and the generated
 * files of every item and month; then the matrix as the admin view computes it (units in the HQ's
 * subtree, then every check), timed for 150 and for 1,500 units in the same run.
 *
 *   npm run bench:hq-matrix            (a throw-away database; PostgreSQL from DATABASE_URL or
 *                                      embedded)
 *
 * Data goes in with set-based SQL (generate_series): through the local API it would take an hour.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { FISCAL_YEAR, windowPeriods } from '../src/companions/periods'
import { readiness } from '../src/compliance/readiness'
import { reviewableUnits } from '../src/compliance/units'
import type { FrameworkItem } from '../src/frameworks/types'

const FY = 2568
const SMALL = 150
const LARGE = 1500
const RUNS = 5

type Execute = {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
}

const db = (payload: Payload) => (payload.db as unknown as { drizzle: Execute }).drizzle
const run = (payload: Payload, text: string) => db(payload).execute(sql.raw(text))

/** A value for every NOT NULL column without a default, so generic rows satisfy the table. */
async function fillers(
  payload: Payload,
  table: string,
  skip: string[],
): Promise<{ columns: string[]; values: string[] }> {
  const { rows } = await run(
    payload,
    `select column_name, data_type, udt_name from information_schema.columns
     where table_name = '${table}' and is_nullable = 'NO' and column_default is null`,
  )
  const picked = rows.filter((row) => !skip.includes(String(row.column_name)))
  return {
    columns: picked.map((row) => `"${row.column_name}"`),
    values: picked.map((row) =>
      row.data_type === 'USER-DEFINED'
        ? `(enum_range(null::"${row.udt_name}"))[1]`
        : /int|numeric|double/.test(String(row.data_type))
          ? '1'
          : /timestamp|date/.test(String(row.data_type))
            ? 'now()'
            : row.data_type === 'boolean'
              ? 'false'
              : `'x'`,
    ),
  }
}

async function generate(payload: Payload, items: FrameworkItem[]) {
  // Two HQs under one: the small one has 150 stations, both together 1,500.
  const hq = async (slug: string, parent: string) => {
    const { rows } = await run(
      payload,
      `insert into units (slug, unit_type, parent_id, updated_at, created_at) values ('${slug}', 'hq', ${parent}, now(), now()) returning id`,
    )
    const id = Number(rows[0]!.id)
    await run(
      payload,
      `insert into units_locales (name, short_name, _locale, _parent_id) values ('${slug}', '${slug}', 'th', ${id})`,
    )
    return id
  }
  const root = await hq('bench-region', 'null')
  const small = await hq('bench-small', String(root))
  const large = await hq('bench-large', String(root))
  await run(
    payload,
    `insert into units (slug, unit_type, parent_id, contact_email, contact_map_url, contact_eit_survey_url, updated_at, created_at)
     select 'bench-' || n, 'police-station', case when n <= ${SMALL} then ${small} else ${large} end, 'u' || n || '@police.go.th', 'https://maps.example.org/' || n, 'https://eit.example.org/' || n, now(), now()
     from generate_series(1, ${LARGE}) n`,
  )
  await run(
    payload,
    `insert into units_locales (name, short_name, contact_address, _locale, _parent_id) select 'สถานีตำรวจทดสอบ ' || slug, 'สภ.' || slug, 'ที่อยู่ ' || slug, 'th', id from units where slug like 'bench-%' and unit_type = 'police-station'`,
  )
  const units = `(select id from units where slug like 'bench-%' and unit_type = 'police-station')`

  // Six published documents per unit of every collection the framework's checks read (one per
  // window month when monthly; one where a unit has one a year).
  const collections = [
    ...new Set(
      items.flatMap((item) => [
        ...item.feeds,
        ...item.requiredElements.flatMap((element) =>
          element.check && 'collection' in element.check ? [element.check.collection] : [],
        ),
      ]),
    ),
  ]
  const months = windowPeriods(FY, items[0]!.window)
  for (const collection of collections.filter(
    (slug) => slug !== 'units' && payload.collections[slug as 'news'],
  )) {
    const table = collection.replace(/-/g, '_')
    const fields = payload.collections[collection as 'news'].config.flattenedFields.map((field) =>
      'name' in field ? field.name : '',
    )
    const own = ['id', 'tenant_id', '_status', 'fiscal_year', 'month', 'updated_at', 'created_at']
    const { columns, values } = await fillers(payload, table, own)
    const has = (name: string) => fields.includes(name)
    await run(
      payload,
      `insert into ${table} (tenant_id, ${has('_status') || payload.collections[collection as 'news'].config.versions ? '_status, ' : ''}${has('fiscalYear') ? 'fiscal_year, ' : ''}${has('month') ? 'month, ' : ''}updated_at, created_at${columns.length ? ', ' + columns.join(', ') : ''})
       select u.id, ${payload.collections[collection as 'news'].config.versions ? `'published', ` : ''}${has('fiscalYear') ? `${FY}, ` : ''}${has('month') ? `(array[${months.map((month) => `'${month.period}-01T12:00:00Z'::timestamptz`).join(', ')}])[m], ` : ''}now(), now()${values.length ? ', ' + values.join(', ') : ''}
       from ${units} u, generate_series(1, 6) m
       on conflict do nothing`,
    )
  }
  // The generated files of every item with companions: each month of monthly items, the year of the
  // others.
  const files = items.flatMap((item) =>
    (item.companions ?? []).flatMap((format) =>
      (item.cadence === 'monthly' ? months.map((month) => month.period) : [FISCAL_YEAR]).map(
        (period) => `('${item.code}', '${period}', '${format}')`,
      ),
    ),
  )
  await run(
    payload,
    `insert into companion_files (tenant_id, key, fiscal_year, item, period, format, content_hash, revision, generated_at, withdrawn, filename, updated_at, created_at)
     select u.id, u.id || '/${FY}/' || f.item || '/' || f.period || '.' || f.format, ${FY}, f.item, f.period, f.format::enum_companion_files_format, 'h', u.id || '/' || f.item || '/' || f.period || '/' || f.format, now(), false, u.id || f.item || f.period || '.' || f.format, now(), now()
     from ${units} u, (values ${files.join(', ')}) as f(item, period, format)`,
  )
  await run(payload, 'analyze')
  return { small, root, files: files.length }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  // The demo seed queues its files; generating them in this process would compete with what is
  // timed.
  process.env.OIT_JOBS_IN_APP = 'false'
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'oit-frameworks',
    where: { fiscalYear: { equals: FY }, unitType: { equals: 'police-station' } },
    limit: 1,
    depth: 0,
  })
  const items = docs[0]!.items as unknown as FrameworkItem[]
  const started = performance.now()
  const { small, root, files } = await generate(payload, items)
  const { rows } = await run(
    payload,
    `select (select count(*) from units where unit_type = 'police-station' and slug like 'bench-%') as units, (select count(*) from companion_files) as files`,
  )
  console.log(
    `generated ${rows[0]!.units} units, ${files} files each (${rows[0]!.files} in all) and their documents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )

  const admin = (
    await payload.find({
      collection: 'users',
      where: { role: { equals: 'super-admin' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  const matrix = async (hq: number) => {
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
    let queries = 0
    const t0 = performance.now()
    const units = await reviewableUnits(req, { hq })
    const results = await readiness(payload, {
      units,
      fiscalYear: FY,
      today: new Date('2025-04-15T05:00:00Z'),
      onQuery: () => queries++,
    })
    const ms = performance.now() - t0
    return {
      ms,
      queries,
      units: results.length,
      cells: results.reduce((sum, result) => sum + result.items.length, 0),
      passing: results.reduce((sum, result) => sum + result.counts.pass, 0),
    }
  }
  await matrix(small) // warm-up: connections, query plans
  const measure = async (hq: number) => {
    const samples = []
    for (let i = 0; i < RUNS; i++) samples.push(await matrix(hq))
    return { ...samples[0]!, ms: median(samples.map((sample) => sample.ms)) }
  }
  const a = await measure(small)
  const b = await measure(root)
  const line = (r: typeof a) =>
    `${String(r.units).padStart(5)} units × items = ${String(r.cells).padStart(6)} cells (${r.passing} passing): ${r.ms.toFixed(0).padStart(5)} ms median of ${RUNS}, ${r.queries} readiness queries`
  console.log(line(a))
  console.log(line(b))
  console.log(
    `ratio ${LARGE}/${SMALL} units: ${(b.ms / a.ms).toFixed(2)} (targets: under 1000 ms at ${LARGE} units, ratio under 10)`,
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
