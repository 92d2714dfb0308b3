import { toCommonEraYear } from './era'
import { FISCAL_YEAR_START_MONTH, fiscalYearOfMonth } from './fiscalYear'
import { assertMonth } from './months'

export type FiscalMonth = {
  fiscalYear: number
  /** CE year of this calendar month (differs from fiscalYear - 543 for Oct–Dec). */
  year: number
  /** 1–12 */
  month: number
  /** 0-based position within the fiscal year, Oct = 0 … Sep = 11. */
  index: number
}

export const DEFAULT_WINDOW = { startMonth: FISCAL_YEAR_START_MONTH, months: 6 } as const

/** Position of a calendar month within a fiscal year (Oct = 0 … Sep = 11). */
export function fiscalMonthIndex(month: number): number {
  assertMonth(month)
  return (month - FISCAL_YEAR_START_MONTH + 12) % 12
}

/** All 12 months of a fiscal year, October → September. */
export function fiscalMonths(fiscalYearBE: number): FiscalMonth[] {
  const endCeYear = toCommonEraYear(fiscalYearBE)
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((FISCAL_YEAR_START_MONTH - 1 + index) % 12) + 1
    const year = month >= FISCAL_YEAR_START_MONTH ? endCeYear - 1 : endCeYear
    return { fiscalYear: fiscalYearBE, year, month, index }
  })
}

/**
 * A contiguous run of months inside one fiscal year (default: the first six, Oct–Mar).
 * Windows may not wrap past September, because that would mix two fiscal years.
 */
export function windowMonths(
  fiscalYearBE: number,
  window: { startMonth?: number; months?: number } = {},
): FiscalMonth[] {
  const startMonth = window.startMonth ?? DEFAULT_WINDOW.startMonth
  const months = window.months ?? DEFAULT_WINDOW.months
  const startIndex = fiscalMonthIndex(startMonth)
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(
      `Window length must be a positive integer number of months, got ${String(months)}`,
    )
  }
  if (startIndex + months > 12) {
    throw new RangeError(
      `Window of ${months} month(s) starting at month ${startMonth} runs past September, the end of the fiscal year`,
    )
  }
  return fiscalMonths(fiscalYearBE).slice(startIndex, startIndex + months)
}

/** Predicate form: malformed input is simply "not in the fiscal year" rather than an error. */
export function isMonthInFiscalYear(fiscalYearBE: number, ceYear: number, month: number): boolean {
  if (!Number.isInteger(ceYear) || !Number.isInteger(month) || month < 1 || month > 12) return false
  return fiscalYearOfMonth(ceYear, month) === fiscalYearBE
}
