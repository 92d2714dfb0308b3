import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'

/**
 * One line of the uploaded sheet: its number as the spreadsheet shows it, and its cells as text.
 */
export type SheetLine = { line: number; cells: string[] }

/** A cell as the person sees it: rich text joined, formulas by their result, dates as ISO days. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
  }
  return String(value).trim()
}

const XLSX_MAGIC = 'PK'

/**
 * The first worksheet of an XLSX, or a CSV (UTF-8, with or without BOM), as lines of text cells.
 */
export async function readSheet(bytes: Buffer): Promise<SheetLine[]> {
  const book = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (bytes.subarray(0, 2).toString('latin1') === XLSX_MAGIC) {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    sheet = book.worksheets[0]
  } else {
    // Cells kept as typed: exceljs would turn "0307020202" into a number and guess dates
    // month-first.
    sheet = await book.csv.read(Readable.from([bytes.toString('utf8').replace(/^\uFEFF/, '')]), {
      map: (value: string) => (value === '' ? null : value),
    })
  }
  const lines: SheetLine[] = []
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    lines.push({ line, cells: Array.from(cells, (cell) => cell ?? '') })
  })
  return lines
}
