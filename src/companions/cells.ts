import { amountOf } from '../fields/amount'
import { formatThaiDate } from '../fiscal'
import type { Cell, CellKind, CellValue, Row } from './report'

const decimals: Partial<Record<CellKind, number>> = { money: 2, decimal: 2, percent: 2, integer: 0 }
// One formatter per precision: toLocaleString would build a new one for every cell.
const numberFormats = new Map<number, Intl.NumberFormat>()
const numberFormat = (digits: number) => {
  let format = numberFormats.get(digits)
  if (!format)
    numberFormats.set(
      digits,
      (format = new Intl.NumberFormat('th-TH', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })),
    )
  return format
}

/** A value as printed in a PDF or Word table: Thai-grouped numbers, short Buddhist-era dates. */
export function formatValue(value: CellValue, kind: CellKind): string {
  if (value == null) return ''
  if (value instanceof Date) return formatThaiDate(value, { style: 'short' })
  if (typeof value === 'number') {
    return numberFormat(decimals[kind] ?? 2).format(value)
  }
  return value
}

export const cellValues = (cell: Cell | undefined): CellValue[] =>
  Array.isArray(cell) ? cell : [cell ?? null]

/** The lines of a printed cell. */
export const formatCell = (cell: Cell | undefined, kind: CellKind): string[] =>
  cellValues(cell).map((value) => formatValue(value, kind))

export const isNumeric = (kind: CellKind): boolean => kind !== 'text' && kind !== 'date'

/** The sum of a column, to the satang (cells that are not numbers count as 0). */
export const columnTotal = (rows: Row[], key: string): number =>
  Math.round(rows.reduce((total, row) => total + amountOf(row[key]), 0) * 100) / 100
