import { bangkokDateParts, bangkokMidnight } from './bangkok'
import { toBuddhistYear, toCommonEraYear } from './era'
import { assertMonth } from './months'

/** The fiscal year starts in October of the CE year before the one it is named after. */
export const FISCAL_YEAR_START_MONTH = 10

/** BE fiscal year containing the given CE calendar month. */
export function fiscalYearOfMonth(ceYear: number, month: number): number {
  assertMonth(month)
  return toBuddhistYear(month >= FISCAL_YEAR_START_MONTH ? ceYear + 1 : ceYear)
}

/** BE fiscal year of an instant, judged by the Bangkok calendar date rather than UTC. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = bangkokDateParts(date)
  return fiscalYearOfMonth(year, month)
}

export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now)
}

/** Half-open [start, end) so consecutive fiscal years tile time without gaps or overlap. */
export function fiscalYearRange(fiscalYearBE: number): { start: Date; end: Date } {
  const endCeYear = toCommonEraYear(fiscalYearBE)
  return {
    start: bangkokMidnight(endCeYear - 1, FISCAL_YEAR_START_MONTH, 1),
    end: bangkokMidnight(endCeYear, FISCAL_YEAR_START_MONTH, 1),
  }
}
