import { createLocalReq } from 'payload'

import { itemRecords } from '../companions/documentData'
import type { Document, Media } from '../payload-types'
import type { Site } from './site'

export type RecordFile = Pick<Document, 'id' | 'url' | 'filename' | 'filesize'> & { title: string }
export type ItemRecord = { id: number; title: string; date: string | null; files: RecordFile[] }
export type ItemCollection = { collection: string; label: string; records: ItemRecord[] }

const dateKeys = ['date', 'month', 'asOf', 'preparedMonth', 'announcedOn']

const isFile = (value: unknown): value is Document | Media => Boolean(value && typeof value === 'object' && 'url' in value && 'filename' in value)

/** Uploaded files among a document's own fields (single uploads and lists of them). */
const filesOf = (doc: Record<string, unknown>): RecordFile[] =>
  Object.values(doc)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isFile)
    .map((file) => ({ id: file.id, url: file.url, filename: file.filename, filesize: file.filesize, title: 'title' in file ? file.title : file.alt }))

/** What an item page lists of an item's published content: each record's title, date and files. */
export async function itemContent(site: Site, fiscalYear: number, code: string): Promise<ItemCollection[]> {
  const req = await createLocalReq({}, site.payload)
  const found = await itemRecords(req, site.unit.id, fiscalYear, code, { depth: 1, locale: site.locale })
  return (found?.collections ?? [])
    .filter(({ docs }) => docs.length)
    .map(({ collection, docs }) => {
      const config = site.payload.collections[collection as 'laws'].config
      const titleKey = config.admin?.useAsTitle ?? 'id'
      const label = config.labels.plural as { th: string; en: string } | string
      return {
        collection,
        label: typeof label === 'string' ? label : site.pick(label),
        records: docs.map((doc) => {
          const title = doc[titleKey]
          const date = dateKeys.map((key) => doc[key]).find((value): value is string => typeof value === 'string') ?? null
          return { id: doc.id as number, title: typeof title === 'string' && title ? title : String(doc.id), date, files: filesOf(doc) }
        }),
      }
    })
}
