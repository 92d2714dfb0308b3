import type { Payload } from 'payload'

import { createBilingual } from '../content/createBilingual'
import type { LawCategoryData } from './types'

/**
 * Inserts the shared O3 law categories that are missing (by slug). Existing ones are never
 * overwritten: a super-admin may have renamed or reordered them. One query at start-up.
 */
export async function ensureLawCategories(
  payload: Payload,
  lawCategories: LawCategoryData[],
): Promise<number> {
  const { docs } = await payload.find({
    collection: 'law-categories',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const existing = new Set(docs.map((doc) => doc.slug))
  const missing = lawCategories
    .map((category, index) => ({ category, order: index + 1 }))
    .filter(({ category }) => !existing.has(category.slug))
  for (const { category, order } of missing) {
    await createBilingual(payload, {
      collection: 'law-categories',
      th: {
        slug: category.slug,
        kind: category.kind,
        order,
        name: category.name.th,
        description: category.description?.th,
      },
      en: { name: category.name.en, description: category.description?.en },
    })
  }
  return missing.length
}
