import type { Payload } from 'payload'

import type { FrameworkData } from '../frameworks/types'

/**
 * Inserts the official frameworks that are missing (by fiscal year and unit type). Existing ones
 * are
 * never overwritten: a super-admin may have corrected them. One query at start-up.
 */
export async function ensureFrameworks(
  payload: Payload,
  frameworks: FrameworkData[],
): Promise<number> {
  const { docs } = await payload.find({
    collection: 'oit-frameworks',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { fiscalYear: true, unitType: true },
  })
  const existing = new Set(docs.map((doc) => `${doc.fiscalYear}:${doc.unitType}`))
  const missing = frameworks.filter(
    (framework) => !existing.has(`${framework.fiscalYear}:${framework.unitType}`),
  )
  for (const framework of missing)
    await payload.create({ collection: 'oit-frameworks', data: framework })
  return missing.length
}
