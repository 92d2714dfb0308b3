import type { Payload, PayloadRequest, Where } from 'payload'

import type { CompanionFile } from '../payload-types'

/** Every stored revision of the files matching `where`, newest first. */
export const revisionsOf = async (
  payload: Payload,
  where: Where,
  options: { req?: PayloadRequest; overrideAccess?: boolean } = {},
): Promise<CompanionFile[]> =>
  (
    await payload.find({
      collection: 'companion-files',
      where,
      sort: '-generatedAt',
      pagination: false,
      depth: 0,
      overrideAccess: options.overrideAccess ?? true,
      req: options.req,
    })
  ).docs

/**
 * The newest revision of each key (withdrawn ones included: the caller decides what that means).
 */
export function newestByKey(revisions: CompanionFile[]): Map<string, CompanionFile> {
  const newest = new Map<string, CompanionFile>()
  for (const revision of revisions)
    if (!newest.has(revision.key)) newest.set(revision.key, revision)
  return newest
}
