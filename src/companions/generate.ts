import type { Payload, PayloadRequest } from 'payload'

import { companionFormats, type CompanionFormat } from '../frameworks/types'
import { buildReport } from './build'
import { reportHash } from './hash'
import { renderers } from './render'
import { fileKey, mimeTypes, targetKey, type CompanionTarget } from './target'

export type GenerationResult = { state: 'done' | 'withdrawn'; created: number }

/** Records the outcome on the target's status (its own write, so a failed job's rollback keeps it). */
export async function recordStatus(payload: Payload, target: CompanionTarget, state: 'done' | 'failed' | 'withdrawn', reason: string | null, contentHash?: string): Promise<void> {
  const key = targetKey(target)
  const data = { target: key, tenant: target.unit, state, reason, ...(contentHash ? { contentHash } : {}) }
  const { docs } = await payload.find({ collection: 'companion-statuses', where: { target: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) await payload.update({ collection: 'companion-statuses', id: docs[0].id, data, overrideAccess: true })
  else await payload.create({ collection: 'companion-statuses', data, overrideAccess: true })
}

/**
 * Builds the target's report from published data and stores each format whose content changed.
 * Every format is rendered before anything is stored, so a failure leaves the previous files as
 * they were. Content already stored (same key and hash) is only marked newest again: a retried or
 * concurrent run never duplicates a file.
 */
export async function generateCompanions(req: PayloadRequest, target: CompanionTarget): Promise<GenerationResult> {
  const { payload } = req
  const built = await buildReport(req, target)
  const keys = (formats: readonly CompanionFormat[]) => formats.map((format) => fileKey(target, format))
  if (!built) {
    await payload.update({ collection: 'companion-files', where: { key: { in: keys(companionFormats) }, withdrawn: { equals: false } }, data: { withdrawn: true }, overrideAccess: true, req })
    return { state: 'withdrawn', created: 0 }
  }
  const formats = built.item.companions ?? []
  const hash = reportHash(built.report)
  const stale: CompanionFormat[] = []
  for (const [index, key] of keys(formats).entries()) {
    const { docs } = await payload.find({ collection: 'companion-files', where: { key: { equals: key } }, sort: '-generatedAt', limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]?.contentHash !== hash || docs[0].withdrawn) stale.push(formats[index]!)
  }
  const files = await Promise.all(stale.map(async (format) => ({ format, data: await renderers[format](built.report) })))
  let created = 0
  for (const { format, data } of files) {
    const key = fileKey(target, format)
    const revision = `${key}#${hash}`
    const generatedAt = new Date().toISOString()
    const { docs } = await payload.find({ collection: 'companion-files', where: { revision: { equals: revision } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]) {
      await payload.update({ collection: 'companion-files', id: docs[0].id, data: { generatedAt, withdrawn: false }, overrideAccess: true, req })
      continue
    }
    const name = `${built.unitSlug}-${target.fiscalYear}-${target.item}-${target.period}.${format}`
    // Not on the job's request: Payload keeps an upload's file on `req`, which jobs running side by side share.
    await payload.create({
      collection: 'companion-files',
      data: { tenant: target.unit, key, fiscalYear: target.fiscalYear, item: target.item, period: target.period, format, contentHash: hash, revision, generatedAt, withdrawn: false },
      file: { data, mimetype: mimeTypes[format], name, size: data.length },
      overrideAccess: true,
    })
    created++
  }
  return { state: 'done', created }
}
