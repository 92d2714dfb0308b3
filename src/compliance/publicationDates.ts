import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionConfig, Payload } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { FISCAL_YEAR, periodOfMonth } from '../companions/periods'
import { currentFiscalYear } from '../fiscal'
import { oitSlugOf } from '../options'
import { contentCollections } from '../frameworks/types'
import { frameworkFor, itemsFedBy } from '../requirements/frameworkFor'
import { collectionTables, execute } from '../database/tables'

const isPublished = (doc: Record<string, unknown>, drafts: boolean) =>
  !drafts || doc._status === 'published'

/**
 * Records when each item period a published document belongs to was first made public: its month
 * (monthly data) or the whole year. Only the first publish writes; in the save's transaction, so a
 * save that fails records nothing.
 */
const recordFirstPublication: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isPublished(doc, Boolean(collection.versions?.drafts))) return doc
  const unit = collection.slug === 'units' ? doc.id : tenantIDOf(doc.tenant)
  const fiscalYear = typeof doc.fiscalYear === 'number' ? doc.fiscalYear : currentFiscalYear()
  const period = 'month' in doc ? periodOfMonth(doc.month) : FISCAL_YEAR
  if (unit == null || !period) return doc
  const items = itemsFedBy(await frameworkFor(req, unit, fiscalYear), oitSlugOf(collection), doc)
  if (!items.length) return doc
  const t = collectionTables(req.payload, 'publication-dates')
  const now = new Date().toISOString()
  const rows = items.map(
    (item) =>
      sql`(${Number(unit)}, ${fiscalYear}, ${item.code}, ${period}, ${now}, ${now}, ${now})`,
  )
  await execute(
    req.payload,
    sql`insert into ${t.main} (${t.column('tenant')}, ${t.column('fiscalYear')}, ${t.column('item')}, ${t.column('period')}, ${t.column('firstPublishedAt')}, ${t.column('updatedAt')}, ${t.column('createdAt')})
      values ${sql.join(rows, sql`, `)} on conflict do nothing`,
    req,
  )
  return doc
}

/** Adds the first-publication record to a collection that feeds OIT items. */
export const withPublicationDates = (collection: CollectionConfig): CollectionConfig =>
  (contentCollections as readonly string[]).includes(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), recordFirstPublication],
        },
      }
    : collection

/** A unit's first-publication dates of an item in a fiscal year, by period. */
export async function firstPublished(
  payload: Payload,
  unit: number,
  fiscalYear: number,
  item: string,
): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'publication-dates',
    where: {
      and: [
        { tenant: { equals: unit } },
        { fiscalYear: { equals: fiscalYear } },
        { item: { equals: item } },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
  })
  return new Map(docs.map((doc) => [doc.period, doc.firstPublishedAt]))
}
