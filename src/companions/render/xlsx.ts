import ExcelJS from 'exceljs'

import { formatValue, cellValues } from '../cells'
import type { CellKind, Cell, Report, Table } from '../report'
import { tablesOf } from '../report'
import { flatHeader } from './headers'

/**
 * Excel number formats; dates show day, Thai month and Buddhist-era year (calendar 07, locale
 * 041E).
 */
const numberFormats: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  money: '#,##0.00',
  decimal: '#,##0.00',
  percent: '0.00',
  date: '[$-107041E]d mmm yyyy',
}

/** Rows above each table: title, unit, period (or the "none" note); the header row comes next. */
export const TITLE_ROWS = 3
export const HEADER_ROW = TITLE_ROWS + 1
export const FACTS_SHEET = 'ข้อมูลเอกสาร'

/** Excel forbids []:*?/\ in sheet names and allows 31 characters; names must be unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'ตาราง'
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  taken.add(name)
  return name
}

/** One typed value per cell; several values (e.g. bidders) become lines of text in one cell. */
function cellValue(cell: Cell | undefined, kind: CellKind): ExcelJS.CellValue {
  const values = cellValues(cell)
  if (values.length === 1) return values[0] ?? null
  return values.map((value) => formatValue(value, kind)).join('\n')
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  table: Table,
  name: string,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] })
  sheet.getCell(1, 1).value = report.title
  sheet.getCell(1, 1).font = { bold: true, size: 14 }
  if (report.formCode) {
    sheet.getCell(1, table.columns.length).value = report.formCode
    sheet.getCell(1, table.columns.length).font = { bold: true }
  }
  sheet.getCell(2, 1).value = report.unitName
  sheet.getCell(3, 1).value = table.rows.length
    ? report.periodLabel
    : `${report.periodLabel}: ${table.empty}`

  const header = sheet.getRow(HEADER_ROW)
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    cell.value = flatHeader(column)
    cell.font = { bold: true }
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } }
    const sheetColumn = sheet.getColumn(index + 1)
    sheetColumn.width = Math.max(10, Math.min(60, column.width * 2.5))
  })
  table.rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(HEADER_ROW + 1 + r)
    table.columns.forEach((column, c) => {
      const cell = sheetRow.getCell(c + 1)
      cell.value = cellValue(row[column.key], column.kind)
      const format = numberFormats[column.kind]
      if (format) cell.numFmt = format
      cell.alignment = { wrapText: true, vertical: 'top' }
    })
  })
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + table.rows.length, column: table.columns.length },
  }
}

/** Document data as a two-column table: what the report is, its totals and notes. */
function addFactsSheet(workbook: ExcelJS.Workbook, report: Report, names: string[]): void {
  const sheet = workbook.addWorksheet(FACTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: 'รายการ', key: 'label', width: 50 },
    { header: 'ค่า', key: 'value', width: 60 },
  ]
  sheet.getRow(1).font = { bold: true }
  const rows: [string, ExcelJS.CellValue, string?][] = [
    ['ชื่อเอกสาร', report.title],
    ...(report.formCode ? [['แบบ', report.formCode] as [string, string]] : []),
    ['หน่วยงาน', report.unitName],
    ['ปีงบประมาณ (พ.ศ.)', report.fiscalYear, '0'],
    ['ช่วงเวลา', report.periodLabel],
  ]
  report.blocks.forEach((block) => {
    if (block.kind === 'facts') for (const [label, value] of block.facts) rows.push([label, value])
  })
  tablesOf(report).forEach((table, index) => {
    if (!table.rows.length) rows.push([`${names[index]}: หมายเหตุ`, table.empty])
    for (const column of table.columns) {
      const total = table.rows.length ? table.totals?.values[column.key] : undefined
      if (typeof total === 'number')
        rows.push([
          `${names[index]}: ${table.totals!.label} ${flatHeader(column)}`,
          total,
          numberFormats[column.kind],
        ])
    }
  })
  rows.forEach(([label, value, format]) => {
    const row = sheet.addRow({ label, value })
    if (format) row.getCell(2).numFmt = format
    row.alignment = { wrapText: true, vertical: 'top' }
  })
}

/**
 * The report as a workbook a program can read: one table per sheet, typed cells, frozen header row.
 */
export async function renderXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'police-oit'
  workbook.title = report.title
  workbook.subject = report.periodLabel
  workbook.company = report.unitName
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const taken = new Set([FACTS_SHEET])
  const tables = tablesOf(report)
  const names = tables.map((table) => sheetName(table.sheet, taken))
  tables.forEach((table, index) => addTableSheet(workbook, report, table, names[index]!))
  addFactsSheet(workbook, report, names)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
