/**
 * "245000.5" → "245,000.5", as an amount is typed: digits grouped, at most two decimals kept,
 * nothing else.
 */
export function groupDigits(typed: string): string {
  const cleaned = typed.replace(/[^\d.]/g, '')
  const [whole = '', ...rest] = cleaned.split('.')
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(?:\d{3})+(?!\d))/g, ',')
  return rest.length ? `${grouped || '0'}.${rest.join('').slice(0, 2)}` : grouped
}
