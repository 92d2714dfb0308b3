import type { PayloadRequest } from 'payload'

import type { CompanionFormat } from '../frameworks/types'
import { newestByKey, revisionsOf } from './files'
import { mimeTypes } from './target'

export type StoredFile = {
  key: string
  format: CompanionFormat
  /** Filename wanted on disk (Payload adds a suffix when taken). */
  name: string
  render: () => Promise<Buffer>
}

type Meta = { unit: number; fiscalYear: number | null; item: string; period: string }

/**
 * Stores the files whose content changed: every stale file is rendered before anything is stored
 * (a failure leaves the previous files as they were), and content already stored under a key is
 * only marked newest again, so a retried or concurrent run never duplicates a file.
 */
export async function storeChanged(
  req: PayloadRequest,
  meta: Meta,
  hash: string,
  files: StoredFile[],
): Promise<number> {
  const { payload } = req
  const revisions = await revisionsOf(
    payload,
    { key: { in: files.map((file) => file.key) } },
    { req },
  )
  const newest = newestByKey(revisions)
  const stale = files.filter(
    (file) => newest.get(file.key)?.contentHash !== hash || newest.get(file.key)?.withdrawn,
  )
  const rendered = await Promise.all(
    stale.map(async (file) => ({ file, data: await file.render() })),
  )
  let created = 0
  for (const { file, data } of rendered) {
    const revision = `${file.key}#${hash}`
    const generatedAt = new Date().toISOString()
    const stored = revisions.find((candidate) => candidate.revision === revision)
    if (stored) {
      await payload.update({
        collection: 'companion-files',
        id: stored.id,
        data: { generatedAt, withdrawn: false },
        overrideAccess: true,
        req,
      })
      continue
    }
    // Not on the job's request: Payload keeps an upload's file on `req`, which jobs running side by
    // side share.
    await payload.create({
      collection: 'companion-files',
      data: {
        tenant: meta.unit,
        key: file.key,
        fiscalYear: meta.fiscalYear,
        item: meta.item,
        period: meta.period,
        format: file.format,
        contentHash: hash,
        revision,
        generatedAt,
        withdrawn: false,
      },
      file: { data, mimetype: mimeTypes[file.format], name: file.name, size: data.length },
      overrideAccess: true,
    })
    created++
  }
  return created
}

/** Marks every file under these keys withdrawn: its data is no longer published. */
export const withdraw = (req: PayloadRequest, keys: string[]) =>
  req.payload.update({
    collection: 'companion-files',
    where: { key: { in: keys }, withdrawn: { equals: false } },
    data: { withdrawn: true },
    overrideAccess: true,
    req,
  })
