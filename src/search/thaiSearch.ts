import type { Where } from 'payload'

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/** The words of a Thai (or mixed) text: Thai has no spaces, so words come from ICU's dictionary. */
export const thaiWords = (text: string): string[] =>
  [...segmenter.segment(text.toLowerCase())]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)

/** Normalised text to search in: lower case, words separated by single spaces. */
export const searchTextOf = (...parts: (string | null | undefined)[]): string =>
  thaiWords(parts.filter(Boolean).join(' ')).join(' ')

/**
 * Every word of the query must occur in `field` (a `searchTextOf` value); `null` for an empty
 * query.
 */
export const thaiSearchWhere = (query: string, field = 'searchText'): Where | null => {
  const words = [...new Set(thaiWords(query))]
  return words.length ? { and: words.map((word) => ({ [field]: { like: word } })) } : null
}
