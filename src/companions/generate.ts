import type { Payload, PayloadRequest } from 'payload'

import { companionFormats } from '../frameworks/types'
import { buildReport } from './build'
import { reportHash } from './hash'
import { renderers } from './render'
import { storeChanged, withdraw } from './store'
import { fileKey, type CompanionTarget } from './target'

export type GenerationResult = { state: 'done' | 'withdrawn'; created: number }

/** Records the outcome for the admin (its own write, so a failed job's rollback keeps it). */
export async function recordStatus(
  payload: Payload,
  unit: number,
  key: string,
  state: 'done' | 'failed' | 'withdrawn',
  reason: string | null,
): Promise<void> {
  const data = { target: key, tenant: unit, state, reason }
  const { docs } = await payload.find({
    collection: 'companion-statuses',
    where: { target: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0])
    await payload.update({
      collection: 'companion-statuses',
      id: docs[0].id,
      data,
      overrideAccess: true,
    })
  else await payload.create({ collection: 'companion-statuses', data, overrideAccess: true })
}

/**
 * Builds the target's report from published data and stores each of the item's formats whose
 * content changed.
 */
export async function generateCompanions(
  req: PayloadRequest,
  target: CompanionTarget,
): Promise<GenerationResult> {
  const built = await buildReport(req, target)
  if (!built) {
    await withdraw(
      req,
      companionFormats.map((format) => fileKey(target, format)),
    )
    return { state: 'withdrawn', created: 0 }
  }
  const { report } = built
  const files = (built.item.companions ?? []).map((format) => ({
    key: fileKey(target, format),
    format,
    name: `${built.unitSlug}-${target.fiscalYear}-${target.item}-${target.period}.${format}`,
    render: () => renderers[format](report),
  }))
  const created = await storeChanged(req, target, reportHash(report), files)
  return { state: 'done', created }
}
