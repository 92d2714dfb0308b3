import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import { fieldAt } from '../frameworks/checks'
import { slugOf } from '../options'

type Tables = Record<string, Record<string, { name: string }>>

type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Runs SQL in the request's transaction when it has one (so it sees what the request has written),
 * else on the pool.
 */
export async function execute(
  payload: Payload,
  query: SQL,
  req?: PayloadRequest,
): Promise<Record<string, unknown>[]> {
  const adapter = payload.db as unknown as {
    drizzle: Executor
    sessions?: Record<string, { db: Executor }>
  }
  const transaction = req?.transactionID
    ? adapter.sessions?.[String(await req.transactionID)]?.db
    : undefined
  return (await (transaction ?? adapter.drizzle).execute(query)).rows
}

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()
export const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`)

/**
 * The table of a collection's documents, or of their versions, as the Postgres adapter names it.
 */
export const tableOf = (collection: string, versions = false): string =>
  versions ? `_${snake(collection)}_v` : snake(collection)

/**
 * A collection's versions table (drafts): its name and its columns by Payload's keys
 * (`version_title`, `latest`).
 */
export function versionTables(payload: Payload, collection: string) {
  const tables = (payload.db as unknown as { tables: Tables }).tables
  const name = tableOf(slugOf(payload, collection), true)
  const locales = `${name}_locales`
  const found = (table: string, key: string) => tables[table]?.[key]?.name
  return {
    main: ident(name),
    locales: ident(locales),
    column: (key: string) => {
      const column = found(name, key)
      if (!column) throw new Error(`compliance: no column "${key}" in "${name}"`)
      return ident(column)
    },
    has: (key: string) => Boolean(found(name, key)),
    /** A column of the per-locale table, if the field is localized there. */
    localized: (key: string) => (found(locales, key) ? ident(found(locales, key)!) : null),
  }
}

/**
 * Where a subject's fields live: its table, the alias it is queried under, and its place in `_rels`
 * paths.
 */
type Scope = {
  table: string
  alias: string
  fields: FlattenedField[]
  relsPath: (path: string) => SQL
  localized: boolean
}

/**
 * SQL over a collection's tables as Payload's Postgres adapter lays them out (main table,
 * `_locales`,
 * one table per array or list of options, `_rels` for lists of uploads), so checks on thousands of
 * units run as a few grouped queries instead of loading every document. `filled` and `equals` speak
 * of
 * the document aliased `t`; `rows(path)` gives the same for the rows of a list field, aliased `x`.
 */
export function collectionTables(payload: Payload, collection: string) {
  const tables = (payload.db as unknown as { tables: Tables }).tables
  const main = snake(slugOf(payload, collection))
  const rels = `${main}_rels`
  const table = (name: string) => {
    if (!tables[name]) throw new Error(`compliance: no table "${name}" for ${collection}`)
    return tables[name]
  }
  const column = (tableName: string, key: string) => {
    const found = table(tableName)[key]
    if (!found) throw new Error(`compliance: no column "${key}" in "${tableName}"`)
    return ident(found.name)
  }

  const textual = (field: FlattenedField, value: SQL): SQL =>
    field.type === 'richText'
      ? sql`jsonb_path_exists(${value}, 'strict $.**.text ? (@ like_regex "[^[:space:]]")')`
      : ['text', 'textarea', 'email', 'code', 'select', 'radio'].includes(field.type)
        ? sql`coalesce(btrim(${value}::text), '') <> ''`
        : sql`${value} is not null`

  const queries = (scope: Scope) => {
    const self = sql.raw(scope.alias)
    /** Where a field at a dotted path is stored, and whether it is per locale. */
    const locate = (path: string) => {
      const segments = path.split('.')
      const field = fieldAt(scope.fields, path)
      if (!field) throw new Error(`compliance: ${collection} has no field "${path}"`)
      const localized =
        scope.localized ||
        segments.some(
          (_, index) =>
            (
              fieldAt(scope.fields, segments.slice(0, index + 1).join('.')) as {
                localized?: boolean
              }
            ).localized,
        )
      return {
        field,
        key: segments.join('_'),
        child: `${scope.table}_${segments.map(snake).join('_')}`,
        localized,
      }
    }
    return {
      /** The field is filled (in `locale` when the field is per locale). */
      filled(path: string, locale: string): SQL {
        const { field, key, child, localized } = locate(path)
        if (field.type === 'array' || (field.type === 'select' && field.hasMany)) {
          const parent = field.type === 'array' ? '_parentID' : 'parent'
          return sql`exists (select 1 from ${ident(child)} c where c.${column(child, parent)} = ${self}.id)`
        }
        if (
          (field.type === 'upload' || field.type === 'relationship') &&
          (field.hasMany || Array.isArray(field.relationTo))
        ) {
          return sql`exists (select 1 from ${ident(rels)} r where r.${column(rels, 'parent')} = t.id and r.${column(rels, 'path')} = ${scope.relsPath(path)})`
        }
        if (localized) {
          const locales = `${scope.table}_locales`
          return sql`exists (select 1 from ${ident(locales)} l where l.${column(locales, '_parentID')} = ${self}.id and l.${column(locales, '_locale')} = ${locale} and ${textual(field, sql`l.${column(locales, key)}`)})`
        }
        return textual(field, sql`${self}.${column(scope.table, key)}`)
      },

      /**
       * A single-valued field's value as text (in `locale` when per locale), of the subject or of
       * the one whose id is `owner`.
       */
      text(path: string, locale: string, owner: SQL = sql`${self}.id`): SQL {
        const { key, localized } = locate(path)
        if (!localized)
          return sql`(select c.${column(scope.table, key)}::text from ${ident(scope.table)} c where c.id = ${owner})`
        const locales = `${scope.table}_locales`
        return sql`(select l.${column(locales, key)}::text from ${ident(locales)} l where l.${column(locales, '_parentID')} = ${owner} and l.${column(locales, '_locale')} = ${locale})`
      },

      /**
       * The field (a value, a list of options, or a relationship by the related document's slug) is
       * `value`.
       */
      equals(path: string, value: string): SQL {
        const { field, key, child } = locate(path)
        if (field.type === 'select' && field.hasMany) {
          return sql`exists (select 1 from ${ident(child)} c where c.${column(child, 'parent')} = ${self}.id and c.${column(child, 'value')} = ${value})`
        }
        if (
          field.type === 'relationship' &&
          typeof field.relationTo === 'string' &&
          !field.hasMany
        ) {
          const related = snake(field.relationTo)
          return sql`${self}.${column(scope.table, key)} in (select id from ${ident(related)} where ${column(related, 'slug')} = ${value})`
        }
        return sql`${self}.${column(scope.table, key)}::text = ${value}`
      },

      /** The filter holds; a negated one also holds where the field is empty. */
      matches(filter: { field: string; value: string; not?: boolean }): SQL {
        const equal = this.equals(filter.field, filter.value)
        return filter.not ? sql`(${equal}) is not true` : equal
      },
    }
  }

  const fields = payload.collections[slugOf(payload, collection) as 'news'].config.flattenedFields
  const documents = queries({
    table: main,
    alias: 't',
    fields,
    relsPath: (path) => sql`${path}`,
    localized: false,
  })
  return {
    main: ident(main),
    /** The table of lists of uploads and relationships (`parent_id`, `path`, `<collection>_id`). */
    rels: ident(rels),
    /**
     * The column of `rels` holding a related document of `related` (a plugin collection, by the
     * plugin's name).
     */
    relsColumn: (related: string) => ident(`${snake(slugOf(payload, related))}_id`),
    column: (key: string) => column(main, key),
    has: (key: string) => Boolean(tables[main]?.[key]),
    ...documents,

    /**
     * The rows of the list field at `path`: their table (join it as `x` on `x._parent_id = t.id`)
     * and their fields.
     */
    rows(path: string) {
      const list = fieldAt(fields, path)
      if (list?.type !== 'array') throw new Error(`compliance: ${collection}.${path} is not a list`)
      const name = `${main}_${path.split('.').map(snake).join('_')}`
      const localized = path.split('.').some(
        (_, index) =>
          (
            fieldAt(
              fields,
              path
                .split('.')
                .slice(0, index + 1)
                .join('.'),
            ) as { localized?: boolean }
          ).localized,
      )
      if (localized)
        throw new Error(
          `compliance: ${collection}.${path} is a list per locale; checks read lists shared by both languages`,
        )
      return {
        table: ident(name),
        parent: column(name, '_parentID'),
        ...queries({
          table: name,
          alias: 'x',
          fields: list.flattenedFields,
          localized: false,
          relsPath: (sub) =>
            sql`${`${path}.`} || (x.${column(name, '_order')} - 1) || ${`.${sub}`}`,
        }),
      }
    },
  }
}
