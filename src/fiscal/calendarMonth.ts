import { bangkokDateParts } from './bangkok'

/**
 * The calendar month an instant falls in (judged in Bangkok), stored as noon UTC on its first day:
 * the convention Payload's admin date picker uses, so the same calendar day shows in every time zone.
 */
export function calendarMonthStart(date: Date): Date {
  const { year, month } = bangkokDateParts(date)
  const start = new Date(0)
  start.setUTCFullYear(year, month - 1, 1)
  start.setUTCHours(12)
  return start
}

/** Noon UTC of the instant's Bangkok calendar day, like a day picked in the admin. */
export function calendarDay(date: Date): Date {
  const { year, month, day } = bangkokDateParts(date)
  const noon = new Date(0)
  noon.setUTCFullYear(year, month - 1, day)
  noon.setUTCHours(12)
  return noon
}
