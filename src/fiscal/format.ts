import { bangkokDateParts } from './bangkok'
import { toThaiDigits } from './digits'
import { toBuddhistYear } from './era'
import { type MonthNameStyle, thaiMonthName } from './months'

export type ThaiFormatOptions = {
  style?: MonthNameStyle
  thaiDigits?: boolean
  /** "พ.ศ." before the year, as official forms print it. */ era?: boolean
}

function yearText(beYear: number, style: MonthNameStyle): string {
  // Short official style uses the last two BE digits ("68"), zero-padded like Intl's 2-digit year.
  return style === 'short' ? String(beYear % 100).padStart(2, '0') : String(beYear)
}

function digits(text: string, thaiDigits: boolean | undefined): string {
  return thaiDigits ? toThaiDigits(text) : text
}

/** "15 มีนาคม 2568" / "15 มี.ค. 68", the date as seen in Bangkok. */
export function formatThaiDate(date: Date, options: ThaiFormatOptions = {}): string {
  const style = options.style ?? 'full'
  const { year, month, day } = bangkokDateParts(date)
  return digits(
    `${day} ${thaiMonthName(month, style)} ${yearText(toBuddhistYear(year), style)}`,
    options.thaiDigits,
  )
}

/** "มีนาคม 2568" / "มี.ค. 68" / "มีนาคม พ.ศ. 2568" (era) for a CE calendar month. */
export function formatThaiMonth(
  ceYear: number,
  month: number,
  options: ThaiFormatOptions = {},
): string {
  const style = options.style ?? 'full'
  return digits(
    `${thaiMonthName(month, style)} ${options.era ? 'พ.ศ. ' : ''}${yearText(toBuddhistYear(ceYear), style)}`,
    options.thaiDigits,
  )
}

/** "ปีงบประมาณ พ.ศ. 2568" */
export function formatFiscalYear(
  fiscalYearBE: number,
  options: { thaiDigits?: boolean } = {},
): string {
  if (!Number.isInteger(fiscalYearBE))
    throw new RangeError(`Fiscal year must be an integer, got ${String(fiscalYearBE)}`)
  return digits(`ปีงบประมาณ พ.ศ. ${fiscalYearBE}`, options.thaiDigits)
}
