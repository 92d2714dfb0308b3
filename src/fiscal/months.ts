export type MonthNameStyle = 'full' | 'short'

export function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be an integer from 1 to 12, got ${String(month)}`)
  }
}

const THAI_MONTHS_FULL = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const

const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const

const ENGLISH_MONTHS_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const ENGLISH_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

// Fixed tables rather than Intl so names never drift with the server's ICU version.
export function thaiMonthName(month: number, style: MonthNameStyle = 'full'): string {
  assertMonth(month)
  return (style === 'short' ? THAI_MONTHS_SHORT : THAI_MONTHS_FULL)[month - 1]!
}

export function englishMonthName(month: number, style: MonthNameStyle = 'full'): string {
  assertMonth(month)
  return (style === 'short' ? ENGLISH_MONTHS_SHORT : ENGLISH_MONTHS_FULL)[month - 1]!
}
