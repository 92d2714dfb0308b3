import type { Payload } from 'payload'

import { lawCategories } from './data/lawCategories'

/**
 * Inserts the shared O3 law categories that are missing (by slug). Existing ones are never
 * overwritten: a super-admin may have renamed or reordered them.
 */
export async function ensureLawCategories(payload: Payload): Promise<number> {
  let created = 0
  for (const [index, category] of lawCategories.entries()) {
    const { totalDocs } = await payload.count({ collection: 'law-categories', where: { slug: { equals: category.slug } } })
    if (totalDocs) continue
    const doc = await payload.create({
      collection: 'law-categories',
      locale: 'th',
      data: { slug: category.slug, kind: category.kind, order: index + 1, name: category.name.th, description: category.description?.th },
    })
    await payload.update({
      collection: 'law-categories',
      id: doc.id,
      locale: 'en',
      data: { name: category.name.en, description: category.description?.en },
    })
    created++
  }
  return created
}
