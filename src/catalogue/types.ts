/** A shared O3 law category as the catalogue defines it (Thai and English). */
export type LawCategoryData = {
  slug: string
  kind: 'law' | 'guideline'
  name: { th: string; en: string }
  description?: { th: string; en: string }
}
