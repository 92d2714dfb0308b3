const SOFT_HYPHEN = '\u00AD'
const THAI = /[\u0E00-\u0E7F]/
const THAI_AT_END = /[\u0E00-\u0E7F]$/
const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/**
 * Thai has no spaces between words, and pdfmake would break a line mid-word. Joining the words
 * with a soft hyphen gives it break opportunities: Sarabun has no U+200B glyph (it prints a box),
 * while a soft hyphen breaks without a visible mark (DOMAIN §10).
 */
export function breakableThai(text: string): string {
  if (!THAI.test(text)) return text
  let result = ''
  for (const { segment } of segmenter.segment(text)) {
    // Only between two Thai words: "(บาท)" must not break after its bracket.
    result += THAI_AT_END.test(result) && THAI.test(segment[0]!) ? SOFT_HYPHEN + segment : segment
  }
  return result
}

/** Text as a reader or a program sees it: without the soft hyphens added for line breaking. */
export const withoutBreakHints = (text: string): string => text.replaceAll(SOFT_HYPHEN, '')
