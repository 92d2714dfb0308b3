import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { oitSlugOf } from '../options'
import { frameworkFor, itemsFedBy } from '../requirements/frameworkFor'
import { COMPANIONS_QUEUE, GENERATE_TASK, SIGNS_TASK } from './jobs'
import { FISCAL_YEAR, periodOfMonth } from './periods'
import { companionSources } from './sources'
import { targetKey, type CompanionTarget } from './target'

type Doc = Record<string, unknown>

/**
 * The targets whose files a document's data goes into: its period and, for monthly data, the year's
 * roll-up.
 */
export async function targetsOf(
  req: PayloadRequest,
  collection: string,
  doc: Doc | undefined,
): Promise<CompanionTarget[]> {
  const source = companionSources[collection]
  const unit = tenantIDOf(doc?.tenant)
  const fiscalYear = doc?.fiscalYear
  if (!source || unit == null || typeof fiscalYear !== 'number') return []
  const framework = await frameworkFor(req, unit, fiscalYear)
  const period = source.monthly ? periodOfMonth(doc?.month) : FISCAL_YEAR
  if (!period) return []
  return itemsFedBy(framework, collection)
    .filter((item) => item.companions?.length)
    .flatMap((item) =>
      (source.monthly ? [period, FISCAL_YEAR] : [period]).map((p) => ({
        unit: Number(unit),
        fiscalYear,
        item: item.code,
        period: p,
      })),
    )
}

/**
 * Queues generation in the save's own transaction: the job exists exactly when the save does, and
 * it runs later in a worker, never on the request.
 */
async function queueTargets(
  req: PayloadRequest,
  collection: string,
  docs: (Doc | undefined)[],
): Promise<void> {
  const targets = new Map<string, CompanionTarget>()
  for (const doc of docs)
    for (const target of await targetsOf(req, collection, doc))
      targets.set(targetKey(target), target)
  for (const target of targets.values())
    await req.payload.jobs.queue({
      task: GENERATE_TASK,
      input: target,
      queue: COMPANIONS_QUEUE,
      req,
    })
}

export const queueCompanionsOnChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  await queueTargets(req, oitSlugOf(collection), [doc, previousDoc])
  return doc
}

export const queueCompanionsOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await queueTargets(req, oitSlugOf(collection), [doc])
}

/**
 * A unit's signs are printed from its name, head, contacts and EIT link: any change may alter them.
 * Every generated file also carries the unit's name: a rename regenerates what was generated
 * before.
 */
export const queueOnUnitChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  await req.payload.jobs.queue({
    task: SIGNS_TASK,
    input: { unit: doc.id },
    queue: COMPANIONS_QUEUE,
    req,
  })
  if (operation !== 'update' || doc.name === previousDoc?.name) return doc
  const { docs } = await req.payload.find({
    collection: 'companion-statuses',
    where: { tenant: { equals: doc.id } },
    limit: 10_000,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const { target } of docs) {
    const [unit, fiscalYear, item, period] = target.split('/')
    // Item targets only ("<unit>/<year>/<item>/<period>"); the signs were queued above.
    if (period === undefined) continue
    await req.payload.jobs.queue({
      task: GENERATE_TASK,
      input: { unit: Number(unit), fiscalYear: Number(fiscalYear), item: item!, period },
      queue: COMPANIONS_QUEUE,
      req,
    })
  }
  return doc
}
