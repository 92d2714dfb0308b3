import {
  bangkokDateParts,
  formatFiscalYear,
  formatThaiMonth,
  monthStart,
  windowMonths,
  type FiscalMonth,
} from '../fiscal'

/** The whole fiscal year: the document of a yearly item, or the roll-up of a monthly one. */
export const FISCAL_YEAR = 'fy'

/** A companion covers one month ("2024-10", CE like ISO dates) or the whole fiscal year. */
export type Period = string

export const monthPeriod = ({ year, month }: { year: number; month: number }): Period =>
  `${year}-${String(month).padStart(2, '0')}`

/** The month a stored `month` field (noon UTC on the 1st) stands for. */
export const periodOfMonth = (value: unknown): Period | null =>
  typeof value === 'string' || value instanceof Date
    ? monthPeriod(bangkokDateParts(new Date(value)))
    : null

export const parseMonthPeriod = (period: Period): { year: number; month: number } | null => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null
}

export const isPeriod = (period: string): boolean =>
  period === FISCAL_YEAR || parseMonthPeriod(period) !== null

/** "เดือนตุลาคม พ.ศ. 2567" or "ปีงบประมาณ พ.ศ. 2568". */
export function periodLabel(period: Period, fiscalYear: number): string {
  const month = parseMonthPeriod(period)
  return month
    ? `เดือน${formatThaiMonth(month.year, month.month, { era: true })}`
    : formatFiscalYear(fiscalYear)
}

/** A period in a list of files: the month, or "ทั้งปีงบประมาณ พ.ศ. 2568". */
export const periodHeading = (period: Period, fiscalYear: number): string =>
  period === FISCAL_YEAR ? `ทั้ง${formatFiscalYear(fiscalYear)}` : periodLabel(period, fiscalYear)

/** The stored `month` value of a period (the monthField convention). */
export const monthValue = ({ year, month }: { year: number; month: number }): string =>
  monthStart(year, month).toISOString()

export const windowPeriods = (
  fiscalYear: number,
  window: { startMonth: number; months: number },
): (FiscalMonth & { period: Period })[] =>
  windowMonths(fiscalYear, window).map((month) => ({ ...month, period: monthPeriod(month) }))
