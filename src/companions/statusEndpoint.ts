import type { Endpoint, PayloadRequest } from 'payload'

import { companionFormats } from '../frameworks/types'
import { newestByKey, revisionsOf } from './files'
import { periodHeading } from './periods'
import { companionSources } from './sources'
import { fileKey, stablePath, targetKey } from './target'
import { targetsOf } from './queue'

/** The generation state of a target: waiting in the queue, or the last run's outcome. */
async function stateOf(req: PayloadRequest, key: string) {
  const pending = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: key } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  const { docs } = await req.payload.find({
    collection: 'companion-statuses',
    where: { target: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (pending.totalDocs)
    return { state: 'pending', reason: docs[0]?.state === 'failed' ? docs[0].reason : null }
  return { state: docs[0]?.state ?? 'pending', reason: docs[0]?.reason ?? null }
}

/**
 * `GET /api/companions/status?collection=…&id=…`: the files generated from a document the user may
 * read, their stable links and the state of their generation (shown on the document in the admin).
 */
export const companionStatusEndpoint: Endpoint = {
  path: '/companions/status',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.searchParams.get('collection') ?? '')
    const id = req.searchParams.get('id')
    if (!req.user)
      return Response.json({ error: 'ต้องเข้าสู่ระบบ / Sign in first' }, { status: 401 })
    if (!companionSources[collection] || !id) return Response.json({ targets: [] })
    // Read as the user: a document of another unit is not found.
    const doc = await req.payload.findByID({
      collection: collection as 'procurement-summaries',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    if (!doc) return Response.json({ error: 'ไม่พบเอกสาร / Not found' }, { status: 404 })
    const unit = await req.payload.findByID({
      collection: 'units',
      id: (doc as { tenant: number }).tenant,
      depth: 0,
      overrideAccess: true,
      req,
      select: { slug: true },
    })
    const targets = await targetsOf(req, collection, doc as unknown as Record<string, unknown>)
    return Response.json({
      targets: await Promise.all(
        targets.map(async (target) => {
          const key = targetKey(target)
          const newest = newestByKey(
            await revisionsOf(
              req.payload,
              { key: { in: companionFormats.map((format) => fileKey(target, format)) } },
              { req },
            ),
          )
          const latest = companionFormats.flatMap((format) => {
            const file = newest.get(fileKey(target, format))
            return file
              ? [
                  {
                    format,
                    url: stablePath(unit.slug, target, format),
                    generatedAt: file.generatedAt,
                    withdrawn: Boolean(file.withdrawn),
                  },
                ]
              : []
          })
          return {
            item: target.item,
            period: target.period,
            label: periodHeading(target.period, target.fiscalYear),
            ...(await stateOf(req, key)),
            files: latest,
          }
        }),
      ),
    })
  },
}
