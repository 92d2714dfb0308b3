import { bangkokDateParts } from './bangkok'

/**
 * Noon UTC of a CE calendar day: the convention of Payload's day pickers, the same day in every
 * time zone.
 */
function noonUTC(year: number, month: number, day: number): Date {
  const noon = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not remap years 0–99 to 1900–1999.
  noon.setUTCFullYear(year, month - 1, day)
  noon.setUTCHours(12)
  return noon
}

/** A CE calendar day as noon UTC: how day fields store it. */
export const dayStart = (year: number, month: number, day: number): Date =>
  noonUTC(year, month, day)

/** A CE calendar month as noon UTC on its first day: how month fields store it. */
export const monthStart = (year: number, month: number): Date => noonUTC(year, month, 1)

/** The calendar month an instant falls in (judged in Bangkok), as noon UTC on its first day. */
export function calendarMonthStart(date: Date): Date {
  const { year, month } = bangkokDateParts(date)
  return monthStart(year, month)
}

/** The instant's Bangkok calendar day, as noon UTC, like a day picked in the admin. */
export function calendarDay(date: Date): Date {
  const { year, month, day } = bangkokDateParts(date)
  return noonUTC(year, month, day)
}
