import { fromThaiDigits } from './digits'

/**
 * Plausible BE fiscal years. The range deliberately excludes CE years (e.g. 2025), so a
 * CE year typed by mistake is rejected instead of being read as a fiscal year 543 years off.
 */
export const MIN_FISCAL_YEAR = 2500
export const MAX_FISCAL_YEAR = 2700

// Optional "FY" / "ปีงบประมาณ" label, optional "พ.ศ.", then exactly four digits.
const FISCAL_YEAR_PATTERN = /^(?:(?:FY|ปีงบประมาณ)\s*)?(?:พ\.ศ\.\s*)?(\d{4})$/i

function inRange(year: number): number | null {
  return Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR ? year : null
}

/** Strict parser for user/URL input: a BE fiscal year 2500–2700, or null. */
export function parseFiscalYear(value: unknown): number | null {
  if (typeof value === 'number') return inRange(value)
  if (typeof value !== 'string') return null
  const match = FISCAL_YEAR_PATTERN.exec(fromThaiDigits(value.trim()))
  return match ? inRange(Number(match[1])) : null
}
