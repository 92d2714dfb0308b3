import type { Payload } from 'payload'

import { frameworks } from './data/frameworks'

/**
 * Inserts the official frameworks that are missing (by fiscal year and unit type). Existing ones are
 * never overwritten: a super-admin may have corrected them.
 */
export async function ensureFrameworks(payload: Payload): Promise<number> {
  let created = 0
  for (const framework of frameworks) {
    const { totalDocs } = await payload.count({
      collection: 'oit-frameworks',
      where: { fiscalYear: { equals: framework.fiscalYear }, unitType: { equals: framework.unitType } },
    })
    if (totalDocs) continue
    await payload.create({ collection: 'oit-frameworks', data: framework })
    created++
  }
  return created
}
