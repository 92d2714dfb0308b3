import { createLocalReq } from 'payload'

import { itemRecords } from '../companions/documentData'
import { parseMonthPeriod, periodLabel } from '../companions/periods'
import { companionSources } from '../companions/sources'
import { declarationOf } from '../fields/noneDeclared'
import type { FrameworkItem } from '../frameworks/types'
import { slugOf } from '../options'
import type { Document, Media } from '../payload-types'
import type { Site } from './site'

export type RecordFile = Pick<Document, 'id' | 'url' | 'filename' | 'filesize'> & { title: string }
export type ItemRecord = { id: number; title: string; date: string | null; files: RecordFile[] }
export type ItemCollection = { collection: string; label: string; records: ItemRecord[] }

const dateKeys = ['date', 'month', 'asOf', 'preparedMonth', 'announcedOn']

const isFile = (value: unknown): value is Document | Media =>
  Boolean(value && typeof value === 'object' && 'url' in value && 'filename' in value)

/** Uploaded files among a document's own fields (single uploads and lists of them). */
const filesOf = (doc: Record<string, unknown>): RecordFile[] =>
  Object.values(doc)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isFile)
    .map((file) => ({
      id: file.id,
      url: file.url,
      filename: file.filename,
      filesize: file.filesize,
      title: 'title' in file ? file.title : file.alt,
    }))

export type Declaration = { label: string; text: string }

const monthOf = (doc: Record<string, unknown>): string =>
  typeof doc.month === 'string' ? doc.month : ''

/**
 * An item's published content, loaded once: each feeding collection's records (title, date, files)
 * and the "none this month" declarations among them, which each collection words itself. Records of
 * a collection the item publishes as generated files are left to those files.
 */
export async function itemContent(
  site: Site,
  fiscalYear: number,
  item: FrameworkItem,
): Promise<{ collections: ItemCollection[]; declarations: Declaration[] }> {
  const req = await createLocalReq({}, site.payload)
  const found = await itemRecords(req, site.unit.id, fiscalYear, item.code, {
    depth: 1,
    locale: site.locale,
  })
  const declared: (Declaration & { at: string })[] = []
  const collections: ItemCollection[] = []
  for (const { collection, docs } of found?.collections ?? []) {
    const config = site.payload.collections[slugOf(site.payload, collection) as 'laws'].config
    const text = declarationOf(config.fields)
    const declaring = text ? docs.filter((doc) => doc.noneDeclared === true) : []
    for (const doc of declaring) {
      // Announcements store their month too (from their date); it may be missing on an undated one.
      const period = monthOf(doc).slice(0, 7)
      declared.push({
        at: monthOf(doc),
        label: parseMonthPeriod(period) ? periodLabel(period, fiscalYear) : '',
        text: text!,
      })
    }
    const records = docs.filter((doc) => !declaring.includes(doc))
    if (!records.length || (item.companions?.length && companionSources[collection])) continue
    const titleKey = config.admin?.useAsTitle ?? 'id'
    const label = config.labels.plural as { th: string; en: string } | string
    collections.push({
      collection,
      label: typeof label === 'string' ? label : site.pick(label),
      records: records.map((doc) => {
        const title = doc[titleKey]
        const date =
          dateKeys
            .map((key) => doc[key])
            .find((value): value is string => typeof value === 'string') ?? null
        return {
          id: doc.id as number,
          title: typeof title === 'string' && title ? title : String(doc.id),
          date,
          files: filesOf(doc),
        }
      }),
    })
  }
  return {
    collections,
    declarations: declared
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(({ label, text }) => ({ label, text })),
  }
}
