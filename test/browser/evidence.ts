/**
 * Removes one element's evidence from the database and puts it back: what the element's rule counts
 * (src/frameworks/types.ts), changed in SQL so that no publish check or hook stands in the way, and
 * restored row for row from a snapshot taken first.
 */
import type { Payload } from 'payload'
import type pg from 'pg'

import type { RecordsCheck, FrameworkItem, RequiredElement } from '../../src/frameworks/types'
import { fieldAt } from '../../src/frameworks/checks'
import { FISCAL_YEAR, periodOfMonth, windowPeriods } from '../../src/companions/periods'
import { recordsWhere } from '../../src/theme/evidence'

type Row = Record<string, unknown>
type Tables = Record<string, Record<string, { name: string }>>

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()
const q = (name: string) => `"${name.replaceAll('"', '""')}"`

/** How to put back what a kill changed: rows to update (by id) or to insert again. */
type Undo = { table: string; rows: Row[]; how: 'update' | 'insert' }

export type Kill = { what: string; undo: Undo[] }

export function evidenceKiller(payload: Payload, db: pg.Pool) {
  const tables = (payload.db as unknown as { tables: Tables }).tables
  const column = (table: string, key: string) => {
    const found = tables[table]?.[key]
    if (!found) throw new Error(`no column ${key} in ${table}`)
    return found.name
  }

  /** Snapshots the rows `where` selects, then runs `change` on them; the snapshot restores them. */
  async function change(
    table: string,
    where: string,
    params: unknown[],
    statement: (where: string) => string,
    how: Undo['how'],
  ): Promise<Undo> {
    const { rows } = await db.query(`select * from ${q(table)} where ${where}`, params)
    await db.query(statement(where), params)
    return { table, rows, how }
  }

  async function restore(kill: Kill): Promise<void> {
    for (const { table, rows, how } of [...kill.undo].reverse()) {
      if (!rows.length) continue
      const json = JSON.stringify(rows)
      if (how === 'insert')
        await db.query(
          `insert into ${q(table)} select * from json_populate_recordset(null::${q(table)}, $1)`,
          [json],
        )
      else {
        const columns = Object.keys(rows[0]!).filter((name) => name !== 'id')
        await db.query(
          `update ${q(table)} t set ${columns.map((name) => `${q(name)} = x.${q(name)}`).join(', ')} from json_populate_recordset(null::${q(table)}, $1) x where t.id = x.id`,
          [json],
        )
      }
    }
  }

  /**
   * The documents (and rows) a records rule counts for the unit, as anonymous visitors read them.
   */
  async function subjects(
    check: RecordsCheck,
    unit: number,
    fiscalYear: number,
    item: FrameworkItem,
  ) {
    const config = payload.collections[check.collection as 'news'].config
    const { docs } = await payload.find({
      collection: check.collection as 'news',
      where: recordsWhere(config.flattenedFields, check, unit, fiscalYear, item, new Date()),
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: false,
    })
    const main = snake(check.collection)
    if (!check.rows)
      return {
        main,
        table: main,
        ids: docs.map((doc) => doc.id as number | string),
        docIDs: docs.map((doc) => doc.id),
        rowOrders: [] as { id: string; parent: number; order: number }[],
      }
    const table = `${main}_${check.rows.split('.').map(snake).join('_')}`
    const { rows } = await db.query(
      `select id, _parent_id as parent, _order as "order" from ${q(table)} where _parent_id = any($1::int[])`,
      [docs.map((doc) => doc.id)],
    )
    const all = rows as { id: string; parent: number; order: number }[]
    const ids = new Set(
      check.rowWhere
        ? await idsWhere(
            table,
            all.map((row) => row.id),
            check.rowWhere,
          )
        : all.map((row) => row.id),
    )
    const kept = all.filter((row) => ids.has(row.id))
    return {
      main,
      table,
      ids: kept.map((row) => row.id),
      docIDs: docs.map((doc) => doc.id),
      rowOrders: kept,
    }
  }

  /** Which of the rows have `field` equal to `value` (with `not`, which have it not). */
  async function idsWhere(
    table: string,
    ids: (string | number)[],
    filter: { field: string; value: string; not?: boolean },
  ): Promise<(string | number)[]> {
    const { rows } = await db.query(
      `select id from ${q(table)} where id::text = any($1::text[]) and (${q(column(table, filter.field))}::text = $2) is ${filter.not ? 'not true' : 'true'}`,
      [ids.map(String), filter.value],
    )
    return rows.map((row) => row.id as string | number)
  }

  /** Clears one field (in one language) of every subject. */
  async function clearField(
    check: RecordsCheck,
    path: string,
    locale: string,
    subject: Awaited<ReturnType<typeof subjects>>,
  ): Promise<Undo[]> {
    const config = payload.collections[check.collection as 'news'].config
    const list = check.rows ? fieldAt(config.flattenedFields, check.rows) : undefined
    const fields = list && 'flattenedFields' in list ? list.flattenedFields : config.flattenedFields
    const field = fieldAt(fields, path)!
    const key = path.split('.').join('_')
    const ids = subject.ids
    if (field.type === 'array' || (field.type === 'select' && field.hasMany)) {
      const child = `${subject.table}_${path.split('.').map(snake).join('_')}`
      const parent = field.type === 'array' ? '_parent_id' : 'parent_id'
      return [
        await change(
          child,
          `${parent}::text = any($1::text[])`,
          [ids.map(String)],
          (where) => `delete from ${q(child)} where ${where}`,
          'insert',
        ),
      ]
    }
    if (
      (field.type === 'upload' || field.type === 'relationship') &&
      (field.hasMany || Array.isArray(field.relationTo))
    ) {
      const rels = `${subject.main}_rels`
      const paths = check.rows
        ? subject.rowOrders.map((row) => `${check.rows}.${row.order - 1}.${path}`)
        : [path]
      return [
        await change(
          rels,
          `parent_id = any($1::int[]) and path = any($2::text[])`,
          [subject.docIDs, paths],
          (where) => `delete from ${q(rels)} where ${where}`,
          'insert',
        ),
      ]
    }
    if ('localized' in field && field.localized) {
      const locales = `${subject.table}_locales`
      const name = column(locales, key)
      return [
        await change(
          locales,
          `_parent_id::text = any($1::text[]) and _locale = $2`,
          [ids.map(String), locale],
          (where) => `update ${q(locales)} set ${q(name)} = ${emptied(field.type)} where ${where}`,
          'update',
        ),
      ]
    }
    const name = column(subject.table, key)
    return [
      await change(
        subject.table,
        `id::text = any($1::text[])`,
        [ids.map(String)],
        (where) =>
          `update ${q(subject.table)} set ${q(name)} = ${emptied(field.type)} where ${where}`,
        'update',
      ),
    ]
  }

  /** Unpublishes documents: anonymous readers and readiness no longer count them. */
  const unpublish = async (table: string, ids: unknown[]): Promise<Undo[]> => [
    await change(
      table,
      `id = any($1::int[])`,
      [ids],
      (where) => `update ${q(table)} set _status = 'draft' where ${where}`,
      'update',
    ),
  ]

  /**
   * Removes the evidence of one element, as little as makes its rule fail: a field it asks for,
   * cleared on every document (or row) it counts; a value it must cover, taken off; documents
   * beyond its minimum, unpublished; a month, unpublished; the year's files, withdrawn.
   */
  async function kill(
    element: RequiredElement,
    item: FrameworkItem,
    unit: number,
    fiscalYear: number,
  ): Promise<Kill | null> {
    const check = element.check
    if (!check || check.type === 'website') return null
    if (check.type === 'files') {
      return {
        what: 'the fiscal-year files withdrawn',
        undo: [
          await change(
            'companion_files',
            `tenant_id = $1 and fiscal_year = $2 and item = $3 and period = $4`,
            [unit, fiscalYear, item.code, FISCAL_YEAR],
            (where) => `update companion_files set withdrawn = true where ${where}`,
            'update',
          ),
        ],
      }
    }
    if (check.type === 'monthly') {
      const config = payload.collections[check.collection as 'news'].config
      const [first] = windowPeriods(fiscalYear, item.window)
      const { docs } = await payload.find({
        collection: check.collection as 'news',
        where: recordsWhere(
          config.flattenedFields,
          { type: 'records', collection: check.collection },
          unit,
          fiscalYear,
          item,
          new Date(),
        ),
        depth: 0,
        limit: 1000,
        pagination: false,
        overrideAccess: false,
      })
      const ofMonth = docs.filter(
        (doc) => periodOfMonth((doc as unknown as Row).month) === first!.period,
      )
      return {
        what: `${first!.period} unpublished`,
        undo: await unpublish(
          snake(check.collection),
          ofMonth.map((doc) => doc.id),
        ),
      }
    }
    const subject = await subjects(check, unit, fiscalYear, item)
    if (!subject.ids.length)
      throw new Error(
        `${item.code} ${element.key}: nothing to remove (the demo unit has no evidence)`,
      )
    const field = check.fields?.[0]
    if (field) {
      const locale = check.locales?.[0] ?? 'th'
      return {
        what: `${field}@${locale} cleared on ${subject.ids.length}`,
        undo: await clearField(check, field, locale, subject),
      }
    }
    if (check.cover) {
      // A value of the set the unit covers (two quarters, or else the six months).
      const covered = check.cover.field
      let value = check.cover.values[0]!
      let matching = await idsWhere(subject.table, subject.ids, { field: covered, value })
      if (!matching.length && check.cover.orValues)
        matching = await idsWhere(subject.table, subject.ids, {
          field: covered,
          value: (value = check.cover.orValues[0]!),
        })
      const name = column(subject.table, covered)
      return {
        what: `${covered} ${value} taken off ${matching.length}`,
        undo: [
          await change(
            subject.table,
            `id::text = any($1::text[])`,
            [matching.map(String)],
            (where) => `update ${q(subject.table)} set ${q(name)} = null where ${where}`,
            'update',
          ),
        ],
      }
    }
    const min = check.min ?? 1
    const extra = subject.docIDs.slice(0, subject.docIDs.length - min + 1)
    return {
      what: `${extra.length} of ${subject.docIDs.length} unpublished`,
      undo: await unpublish(subject.main, extra),
    }
  }

  return { kill, restore }
}

/** An emptied value that every column takes (text columns may be NOT NULL). */
const emptied = (type: string) =>
  ['text', 'textarea', 'email', 'code'].includes(type) ? `''` : 'null'
