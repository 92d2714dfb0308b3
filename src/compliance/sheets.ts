import ExcelJS from 'exceljs'

import { periodLabel } from '../companions/periods'
import { formatThaiDate } from '../fiscal'
import { itemRoute } from '../routing/publicAddresses'
import { unitTypeLabels } from '../frameworks/types'
import type { Status, UnitReadiness } from './readiness'

export const statusLabels: Record<
  Status,
  { th: string; en: string; mark: string; colour: string }
> = {
  pass: { th: 'ผ่าน', en: 'Pass', mark: '✓', colour: 'FFC6EFCE' },
  pending: { th: 'ยังไม่ถึงกำหนด', en: 'Not yet due', mark: '…', colour: 'FFFFEB9C' },
  generating: { th: 'กำลังสร้างไฟล์', en: 'Generating files', mark: '⟳', colour: 'FFDDEBF7' },
  manual: { th: 'ต้องตรวจด้วยตนเอง', en: 'Check by hand', mark: '?', colour: 'FFEDEDED' },
  awaiting: { th: 'รออนุมัติ', en: 'Awaiting approval', mark: '⧗', colour: 'FFE4DFEC' },
  fail: { th: 'ยังไม่ครบ', en: 'Missing', mark: '✗', colour: 'FFFFC7CE' },
}

/**
 * The item's public page, the stable address a unit pastes into ITAP (its own domain when it has
 * one).
 */
export const itemUrl = (readiness: UnitReadiness, code: string): string =>
  `${readiness.unit.site}${itemRoute(readiness.fiscalYear, code)}`

export type ItapRow = {
  code: string
  title: string
  url: string
  status: string
  published: string
  missing: string
}

/**
 * One row per item: code, title, public URL, status, when each period was first published and what
 * is missing.
 */
export const itapRows = (readiness: UnitReadiness): ItapRow[] =>
  readiness.items.map((item) => ({
    code: item.code,
    title: item.title.th,
    url: itemUrl(readiness, item.code),
    status: statusLabels[item.status].th,
    published: item.published
      .map(
        ({ period, at }) =>
          `${periodLabel(period, readiness.fiscalYear)}: ${formatThaiDate(new Date(at))}`,
      )
      .join('; '),
    missing: [
      ...new Set(item.elements.flatMap((element) => element.reasons.map((reason) => reason.th))),
    ].join('; '),
  }))

const itapColumns = [
  { key: 'code', header: 'ข้อ (Code)', width: 8 },
  { key: 'title', header: 'ชื่อข้อ (Title)', width: 60 },
  { key: 'url', header: 'URL สำหรับกรอกใน ITAP', width: 60 },
  { key: 'status', header: 'สถานะ (Status)', width: 16 },
  { key: 'published', header: 'เผยแพร่ครั้งแรก (First published)', width: 50 },
  { key: 'missing', header: 'สิ่งที่ยังขาด (Missing)', width: 80 },
] as const

const headerStyle = (row: ExcelJS.Row) => {
  row.font = { bold: true }
  row.alignment = { vertical: 'middle', wrapText: true }
}

const fill = (colour: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: colour },
})

export async function itapWorkbook(readiness: UnitReadiness): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(`ITAP ${readiness.fiscalYear}`)
  sheet.columns = itapColumns.map((column) => ({ ...column }))
  headerStyle(sheet.getRow(1))
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  for (const row of itapRows(readiness)) {
    const added = sheet.addRow(row)
    added.getCell('url').value = { text: row.url, hyperlink: row.url }
    added.getCell('status').fill = fill(
      statusLabels[readiness.items.find((item) => item.code === row.code)!.status].colour,
    )
    added.alignment = { vertical: 'top', wrapText: true }
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

const csvCell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** UTF-8 with a byte-order mark so Excel shows the Thai text; CRLF lines as RFC 4180 asks. */
export const itapCsv = (readiness: UnitReadiness): string =>
  '\uFEFF' +
  [
    itapColumns.map((column) => column.header),
    ...itapRows(readiness).map((row) => itapColumns.map((column) => row[column.key])),
  ]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n') +
  '\r\n'

/** Item codes across units, in checklist order (O1, O2, … O25). */
export const matrixCodes = (readinesses: UnitReadiness[]): string[] =>
  [...new Set(readinesses.flatMap((readiness) => readiness.items.map((item) => item.code)))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  )

/** Per item code: how many units pass it, of those that have it. */
export const itemCounts = (readinesses: UnitReadiness[], codes: string[]) =>
  codes.map((code) => {
    const cells = readinesses.flatMap((readiness) =>
      readiness.items.filter((item) => item.code === code),
    )
    return {
      code,
      pass: cells.filter((item) => item.status === 'pass').length,
      total: cells.length,
    }
  })

/**
 * Readiness results by unit type, in order of first appearance: item codes mean different items for
 * each type.
 */
export const byUnitType = (readinesses: UnitReadiness[]): Map<string, UnitReadiness[]> => {
  const groups = new Map<string, UnitReadiness[]>()
  for (const readiness of readinesses)
    groups.set(readiness.unit.unitType, [...(groups.get(readiness.unit.unitType) ?? []), readiness])
  return groups
}

/**
 * The HQ matrix: a sheet per unit type, a row per unit, a column per item of that type, coloured,
 * with the counts of each.
 */
export async function matrixWorkbook(
  readinesses: UnitReadiness[],
  fiscalYear: number,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const [unitType, group] of byUnitType(readinesses)) {
    const codes = matrixCodes(group)
    const sheet = book.addWorksheet(
      `${unitTypeLabels[unitType as keyof typeof unitTypeLabels]?.th ?? unitType} ${fiscalYear}`.slice(
        0,
        31,
      ),
    )
    sheet.columns = [
      { key: 'unit', header: 'หน่วยงาน (Unit)', width: 30 },
      { key: 'pass', header: 'ผ่าน (Pass)', width: 10 },
      { key: 'total', header: 'ทั้งหมด (Items)', width: 10 },
      ...codes.map((code) => ({ key: code, header: code, width: 6 })),
    ]
    headerStyle(sheet.getRow(1))
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }]
    for (const readiness of group) {
      const row = sheet.addRow({
        unit: readiness.unit.name,
        pass: readiness.counts.pass,
        total: readiness.counts.total,
        ...Object.fromEntries(
          readiness.items.map((item) => [item.code, statusLabels[item.status].mark]),
        ),
      })
      for (const item of readiness.items) {
        const cell = row.getCell(item.code)
        cell.fill = fill(statusLabels[item.status].colour)
        cell.alignment = { horizontal: 'center' }
        cell.note = `${item.title.th}: ${statusLabels[item.status].th}`
      }
    }
    const totals = sheet.addRow({
      unit: 'จำนวนหน่วยที่ผ่าน (Units passing)',
      ...Object.fromEntries(
        itemCounts(group, codes).map(({ code, pass, total }) => [code, `${pass}/${total}`]),
      ),
    })
    totals.font = { bold: true }
  }
  if (!book.worksheets.length) book.addWorksheet(`ความพร้อม OIT ${fiscalYear}`)
  return Buffer.from(await book.xlsx.writeBuffer())
}
