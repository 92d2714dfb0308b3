/**
 * Asia/Bangkok has been a fixed UTC+7 with no DST since 1920, so plain offset arithmetic
 * matches Intl for every date this system handles and keeps results independent of the
 * server's TZ and ICU build.
 */
export const BANGKOK_UTC_OFFSET_MS = 7 * 60 * 60 * 1000

export type DateParts = { year: number; month: number; day: number }

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('Invalid Date')
}

/** Calendar date (CE year, month 1–12, day) as a clock in Bangkok would show it. */
export function bangkokDateParts(date: Date): DateParts {
  assertValidDate(date)
  const shifted = new Date(date.getTime() + BANGKOK_UTC_OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  }
}

/** The UTC instant of 00:00 Bangkok time on the given CE date. */
export function bangkokMidnight(ceYear: number, month: number, day = 1): Date {
  const utc = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not remap years 0–99 to 1900–1999.
  utc.setUTCFullYear(ceYear, month - 1, day)
  return new Date(utc.getTime() - BANGKOK_UTC_OFFSET_MS)
}
