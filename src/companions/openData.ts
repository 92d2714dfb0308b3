import { formatValue, cellValues } from './cells'
import { flatHeader } from './render/headers'
import type { Cell, Column, Report, Table } from './report'
import { tablesOf } from './report'

const PERIOD_HEADER = 'ช่วงเวลา'

/** Tables of the same id (a roll-up's months) as one table, with the month as the first column. */
export function mergedTables(report: Report): Table[] {
  const byId = new Map<string, Table[]>()
  for (const table of tablesOf(report)) byId.set(table.id, [...(byId.get(table.id) ?? []), table])
  return [...byId.values()].map((tables) => {
    const first = tables[0]!
    if (tables.length === 1 && !first.period) return first
    const columns: Column[] = [
      { key: '_period', header: PERIOD_HEADER, kind: 'text', width: 10 },
      ...first.columns,
    ]
    return {
      ...first,
      columns,
      rows: tables.flatMap((table) =>
        table.rows.map((row) => ({ _period: table.period ?? '', ...row })),
      ),
    }
  })
}

/**
 * A cell of open data: numbers plain (no grouping), dates as ISO days, several values joined by ";
 * ".
 */
function plainValue(cell: Cell | undefined, column: Column): string | number | null {
  const values = cellValues(cell).map((value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : value,
  )
  if (values.length === 1) return values[0] ?? null
  return values
    .map((value) => (typeof value === 'number' ? String(value) : formatValue(value, column.kind)))
    .join('; ')
}

const csvField = (value: string | number | null): string => {
  const text = value == null ? '' : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel opens the Thai text correctly. */
export function tableCsv(table: Table): string {
  const lines = [table.columns.map((column) => csvField(flatHeader(column))).join(',')]
  for (const row of table.rows)
    lines.push(
      table.columns.map((column) => csvField(plainValue(row[column.key], column))).join(','),
    )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** The report's data for programs: what it is, and each table as records keyed by column. */
export function reportJson(report: Report, links: Record<string, string>) {
  return {
    title: report.title,
    formCode: report.formCode ?? null,
    unit: report.unitName,
    fiscalYear: report.fiscalYear,
    period: report.periodLabel,
    links,
    tables: mergedTables(report).map((table) => ({
      id: table.id,
      name: table.sheet,
      columns: table.columns.map((column) => ({
        key: column.key,
        header: flatHeader(column),
        type: column.kind,
      })),
      rows: table.rows.map((row) =>
        Object.fromEntries(
          table.columns.map((column) => [column.key, plainValue(row[column.key], column)]),
        ),
      ),
      ...(table.rows.length ? {} : { note: table.empty }),
    })),
  }
}
