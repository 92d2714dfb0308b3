/** Months and days of the demo fiscal years, as the ISO strings Payload stores (noon UTC). */
import { englishMonthName, formatThaiMonth, windowMonths } from '../../../src/fiscal'

export type DemoMonth = {
  /** CE year and month (1–12). */
  year: number
  month: number
  /** Position in the window, October = 0. */
  index: number
  /** First day of the month, noon UTC: the `month` field's stored value. */
  iso: string
  th: string
  en: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A calendar day stored like the admin's day picker does (noon UTC). */
export const day = (year: number, month: number, date: number): string =>
  `${year}-${pad(month)}-${pad(date)}T12:00:00.000Z`

/** The first `count` months of a fiscal year (BE), October first. */
export const monthsOf = (fiscalYear: number, count = 6): DemoMonth[] =>
  windowMonths(fiscalYear, { months: count }).map(({ year, month, index }) => ({
    year,
    month,
    index,
    iso: day(year, month, 1),
    th: formatThaiMonth(year, month),
    en: `${englishMonthName(month)} ${year}`,
  }))

/** A day within a demo month. */
export const dayIn = (month: DemoMonth, date: number): string => day(month.year, month.month, date)

/** Deterministic variation for generated figures: a whole number in [min, max] from a seed. */
export const vary = (seed: number, min: number, max: number): number => {
  const x = Math.sin(seed * 12.9898 + 78.233) * 43758.5453
  return min + Math.floor((x - Math.floor(x)) * (max - min + 1))
}
