import type { Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { oitSlugOf, slugOf } from '../options'
import type { Approval } from './fields'

export type WaitingDraft = {
  collection: string
  id: number
  unit: number
  title: string
  fiscalYear: number | null
  submittedAt: string | null
  submittedBy: number | null
  /** The whole draft, for the items it feeds (`itemsFedBy`). */
  doc: Record<string, unknown>
}

/** What a document is called in lists and e-mails: its title field, else its number. */
export const documentTitle = (
  config: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
): string => {
  const title =
    config.admin.useAsTitle && config.admin.useAsTitle !== 'id'
      ? doc[config.admin.useAsTitle]
      : null
  return typeof title === 'string' && title.trim() ? title.trim() : `#${String(doc.id)}`
}

/**
 * Collections whose drafts go through approval (every unit-scoped collection with drafts), by the
 * plugin's names.
 */
export const approvalCollections = (payload: Payload): string[] =>
  Object.values(payload.collections)
    .filter(({ config }) => config.flattenedFields.some((field) => field.name === 'approval'))
    .map(({ config }) => oitSlugOf(config))

/**
 * A unit's drafts of a collection submitted for approval and not yet decided, whatever their year:
 * the latest version of each document, whole (the items it feeds depend on its fields), oldest
 * first.
 * Readiness over many units reads only their keys (`awaitingFacts`).
 */
export async function waitingDrafts(
  payload: Payload,
  collection: string,
  { unit, req }: { unit: number; req?: PayloadRequest },
): Promise<WaitingDraft[]> {
  const config = payload.collections[slugOf(payload, collection) as 'news'].config
  const where: Where = {
    and: [{ 'approval.state': { equals: 'submitted' } }, { tenant: { equals: unit } }],
  }
  const { docs } = await payload.find({
    collection: slugOf(payload, collection) as 'news',
    draft: true,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'updatedAt',
    req,
  })
  return (docs as unknown as Record<string, unknown>[]).map((doc) => {
    const approval = (doc.approval ?? {}) as Approval
    return {
      collection,
      id: doc.id as number,
      unit: tenantIDOf(doc.tenant) as number,
      title: documentTitle(config, doc),
      fiscalYear: typeof doc.fiscalYear === 'number' ? doc.fiscalYear : null,
      submittedAt: approval.submittedAt ?? null,
      submittedBy: tenantIDOf(approval.submittedBy) as number | null,
      doc,
    }
  })
}
