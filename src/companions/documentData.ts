import type { PayloadRequest, Where } from 'payload'

import { plainParagraphs } from '../content/plainText'
import { slugOf } from '../options'
import { frameworkFor, itemsFedBy } from '../requirements/frameworkFor'
import type { Column, Table } from './report'

type Flat = Record<string, string | number | boolean | null>

const internalKeys = new Set(['tenant', '_status', 'searchText'])

/**
 * A document as one record: nested groups as dotted keys, rich text as plain text, lists as text.
 */
function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (value && typeof value === 'object' && 'root' in value)
    out[prefix] = plainParagraphs(value).join('\n')
  else if (Array.isArray(value))
    out[prefix] = value.every((entry) => entry === null || typeof entry !== 'object')
      ? value.join('; ')
      : JSON.stringify(value)
  else if (value && typeof value === 'object')
    for (const [key, entry] of Object.entries(value))
      flatten(entry, prefix ? `${prefix}.${key}` : key, out)
  else out[prefix] = (value ?? null) as Flat[string]
  return out
}

/**
 * An item's documents of the fiscal year, by feeding collection, as an anonymous visitor may read
 * them (published, public fields only); null when the item does not exist for the unit.
 */
export async function itemRecords(
  req: PayloadRequest,
  unit: number,
  fiscalYear: number,
  code: string,
  { depth = 0, locale = 'th' }: { depth?: number; locale?: 'th' | 'en' } = {},
): Promise<{
  title: string
  collections: { collection: string; docs: Record<string, unknown>[] }[]
} | null> {
  const { payload } = req
  const framework = await frameworkFor(req, unit, fiscalYear)
  const item = framework.items.find((candidate) => candidate.code === code)
  if (!item) return null
  const collections: { collection: string; docs: Record<string, unknown>[] }[] = []
  for (const collection of item.feeds) {
    const config = payload.collections[slugOf(payload, collection) as 'laws']?.config
    if (!config) continue
    const yearly = config.flattenedFields.some(
      (field) => 'name' in field && field.name === 'fiscalYear',
    )
    const where: Where =
      collection === 'units'
        ? { id: { equals: unit } }
        : {
            and: [
              { tenant: { equals: unit } },
              ...(yearly ? [{ fiscalYear: { equals: fiscalYear } }] : []),
            ],
          }
    // As an anonymous visitor: drafts, confidential collections and private fields stay out.
    const docs = await payload
      .find({
        collection: slugOf(payload, collection) as 'laws',
        where,
        depth,
        locale,
        fallbackLocale: 'th',
        limit: 1000,
        overrideAccess: false,
        pagination: false,
      })
      .then(({ docs }) => docs as unknown as Record<string, unknown>[])
      .catch((error: unknown) => {
        // never public (feedback, corruption complaints)
        if ((error as { status?: number }).status === 403) return []
        throw error
      })
    collections.push({
      collection,
      docs: docs.filter((doc) =>
        itemsFedBy(framework, collection, doc).some((fed) => fed.code === code),
      ),
    })
  }
  return { title: item.title.th, collections }
}

/**
 * Open data of an item without a generated report (executives, laws, manuals…): its records,
 * flattened.
 */
export async function itemDocuments(
  req: PayloadRequest,
  unit: number,
  fiscalYear: number,
  code: string,
): Promise<{ title: string; records: Flat[] } | null> {
  const found = await itemRecords(req, unit, fiscalYear, code)
  if (!found) return null
  const records = found.collections.flatMap(({ collection, docs }) =>
    docs.map((doc) => ({
      collection,
      ...flatten(
        Object.fromEntries(Object.entries(doc).filter(([key]) => !internalKeys.has(key))),
        '',
        {},
      ),
    })),
  )
  return { title: found.title, records }
}

/** The records as one table: a column per key, in order of first appearance. */
export function recordsTable(records: Flat[]): Table {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))]
  const columns: Column[] = keys.map((key) => ({ key, header: key, kind: 'text', width: 10 }))
  return {
    id: 'documents',
    sheet: 'documents',
    columns,
    rows: records.map((record) =>
      Object.fromEntries(
        keys.map((key) => [
          key,
          record[key] == null
            ? null
            : typeof record[key] === 'boolean'
              ? String(record[key])
              : record[key],
        ]),
      ),
    ),
    empty: '',
  }
}
