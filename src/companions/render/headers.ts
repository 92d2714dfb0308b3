import { formatCell } from '../cells'
import type { Column, Table } from '../report'

export type HeaderCell = { text: string; colSpan: number; rowSpan: number } | null

/**
 * Column headers as one row, or two when columns are grouped (e.g. สขร.1's "bidders and prices"
 * over name and price): grouped columns share a spanning top cell, the others span both rows.
 * `null` marks a cell covered by a span.
 */
export function columnHeaderRows(columns: Column[]): HeaderCell[][] {
  if (!columns.some((column) => column.group))
    return [columns.map((column) => ({ text: column.header, colSpan: 1, rowSpan: 1 }))]
  const top: HeaderCell[] = []
  const bottom: HeaderCell[] = []
  columns.forEach((column, index) => {
    if (!column.group) {
      top.push({ text: column.header, colSpan: 1, rowSpan: 2 })
      bottom.push(null)
      return
    }
    const startsGroup = columns[index - 1]?.group !== column.group
    if (startsGroup) {
      let span = 1
      while (columns[index + span]?.group === column.group) span++
      top.push({ text: column.group, colSpan: span, rowSpan: 1 })
    } else top.push(null)
    bottom.push({ text: column.header, colSpan: 1, rowSpan: 1 })
  })
  return [top, bottom]
}

/**
 * The header a program reads in a one-row header (XLSX, CSV): "group – column" for grouped columns.
 */
export const flatHeader = (column: Column): string =>
  column.group ? `${column.group} – ${column.header}` : column.header

/**
 * The printed totals row: its label over the columns before the first total, then each later
 * column's total.
 */
export function totalsRow(
  table: Table,
): { label: string; span: number; cells: { column: Column; text: string }[] } | null {
  const { totals } = table
  if (!totals || !table.rows.length) return null
  const span = Math.max(
    table.columns.findIndex((column) => column.key in totals.values),
    1,
  )
  return {
    label: totals.label,
    span,
    cells: table.columns.slice(span).map((column) => ({
      column,
      text: formatCell(totals.values[column.key], column.kind).join('\n'),
    })),
  }
}
