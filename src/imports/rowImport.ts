import type { PayloadRequest } from 'payload'

import { fromThaiDigits } from '../fiscal/digits'
import type { SheetLine } from './sheet'

export type Text = { th: string; en: string }
export type Problem = { field: Text; problem: Text }

/** A column of an import: the headers it is known by, and how its text becomes (part of) a row. */
export type ImportColumn = {
  key: string
  label: Text
  headers: string[]
  required?: boolean
  read: (text: string, row: Record<string, unknown>) => Text | null
}

/**
 * Another publisher's file read as sheet lines for the document being imported into (`target`: its
 * saved or unsaved values), with notes for the preview, or a refusal; null when the file is not
 * theirs.
 */
export type ImportSource = {
  /**
   * The file as the clerk knows it, for the import box: "contract data from data.go.th (CSV/JSON)".
   */
  label: Text
  read: (
    bytes: Buffer,
    target: Record<string, unknown>,
    req: PayloadRequest,
  ) => Promise<{ lines: SheetLine[]; notes: Text[]; refusal?: Text } | null>
}

/**
 * What a collection's rows are imported from: the list they go to, the columns of the sheet, what
 * is checked across a row's columns once all are read (`finish`), and other files read as sheets.
 */
export type RowImportSpec = {
  rows: string
  label: Text
  columns: ImportColumn[]
  finish?: (row: Record<string, unknown>) => Problem[]
  sources?: ImportSource[]
}

/**
 * A sheet line read: its cells by our column keys as the file has them, the row they make, and what
 * is wrong.
 */
export type PlannedRow = {
  line: number
  cells: Record<string, string>
  row: Record<string, unknown>
  problems: Problem[]
}
export type ImportPlan = {
  /** Which sheet column each of ours was found in (1-based), or null. */
  mapping: { key: string; label: Text; column: number | null; header: string | null }[]
  ignored: string[]
  rows: PlannedRow[]
}

/** Headers compared without spaces, punctuation or case: "ราคากลาง (บาท)" is "ราคากลาง(บาท)". */
const normal = (text: string) =>
  fromThaiDigits(text)
    .toLowerCase()
    .replace(/[\s()（）.:*\-_/]/g, '')

/** A money amount as clerks type it: "45,000", "45,000.50", "๔๕,๐๐๐", "45000 บาท". */
export const readAmount = (text: string): number | null => {
  const cleaned = fromThaiDigits(text).replace(/บาท|,|\s/g, '')
  if (!/^\d+(?:\.\d{1,2})?$/.test(cleaned)) return null
  return Number(cleaned)
}

const notANumber: Text = {
  th: 'ต้องเป็นจำนวนเงิน เช่น 45,000',
  en: 'must be an amount such as 45,000',
}

/** A column of text, kept as typed. */
export const textColumn = (
  key: string,
  label: Text,
  headers: string[],
  set: (row: Record<string, unknown>, value: string) => void,
  required = false,
): ImportColumn => ({
  key,
  label,
  headers,
  required,
  read: (text, row) => {
    set(row, text)
    return null
  },
})

/** A column of amounts. */
export const amountColumn = (
  key: string,
  label: Text,
  headers: string[],
  set: (row: Record<string, unknown>, value: number) => void,
  required = false,
): ImportColumn => ({
  key,
  label,
  headers,
  required,
  read: (text, row) => {
    const value = readAmount(text)
    if (value == null) return notANumber
    set(row, value)
    return null
  },
})

/**
 * Finds the header lines (the first lines naming at least two known columns) and maps each column
 * once.
 */
function mapColumns(spec: RowImportSpec, lines: SheetLine[]) {
  const known = spec.columns.map((column) => ({ column, names: column.headers.map(normal) }))
  const headerLines: SheetLine[] = []
  for (const line of lines.slice(0, 20)) {
    const hits = line.cells.filter((cell) =>
      known.some(({ names }) => names.includes(normal(cell))),
    ).length
    if (hits >= 2) headerLines.push(line)
    else if (headerLines.length) break
  }
  const found = new Map<string, { index: number; header: string }>()
  const ignored: string[] = []
  for (const line of headerLines) {
    line.cells.forEach((cell, index) => {
      if (!cell) return
      const match = known.find(
        ({ column, names }) => names.includes(normal(cell)) && !found.has(column.key),
      )
      if (match) found.set(match.column.key, { index, header: cell })
      else if (!known.some(({ names }) => names.includes(normal(cell)))) ignored.push(cell)
    })
  }
  return {
    found,
    ignored: headerLines.length > 1 ? [] : ignored,
    dataFrom: headerLines.at(-1)?.line ?? 0,
  }
}

const requiredProblem: Text = { th: 'ยังไม่ได้กรอก', en: 'is empty' }

/**
 * Reads the sheet's rows into the collection's rows: columns found by their headers (ours, the
 * official form's, or the generated XLSX's), each cell read and checked; empty lines are skipped
 * and
 * a totals line ("รวม") ends the table. Nothing is saved here.
 */
export function planImport(spec: RowImportSpec, lines: SheetLine[]): ImportPlan {
  const { found, ignored, dataFrom } = mapColumns(spec, lines)
  const rows: PlannedRow[] = []
  for (const { line, cells } of lines.filter((candidate) => candidate.line > dataFrom)) {
    const texts = spec.columns.map(
      (column) =>
        [
          column,
          found.has(column.key) ? (cells[found.get(column.key)!.index] ?? '').trim() : '',
        ] as const,
    )
    if (texts.every(([, text]) => !text)) continue
    if (cells.some((cell) => /^(?:รวม|รวมทั้งสิ้น|total)$/i.test(cell.trim()))) break
    const row: Record<string, unknown> = {}
    const problems: Problem[] = []
    for (const [column, text] of texts) {
      if (!text) {
        if (column.required) problems.push({ field: column.label, problem: requiredProblem })
        continue
      }
      const problem = column.read(text, row)
      if (problem) problems.push({ field: column.label, problem })
    }
    problems.push(...(spec.finish?.(row) ?? []))
    rows.push({
      line,
      cells: Object.fromEntries(
        texts.filter(([, text]) => text).map(([column, text]) => [column.key, text]),
      ),
      row,
      problems,
    })
  }
  return {
    mapping: spec.columns.map((column) => ({
      key: column.key,
      label: column.label,
      column: found.has(column.key) ? found.get(column.key)!.index + 1 : null,
      header: found.get(column.key)?.header ?? null,
    })),
    ignored,
    rows,
  }
}

/** "แถวที่ 7: ราคากลาง (บาท): ต้องเป็นจำนวนเงิน … / Line 7: Reference price (baht): must be …" */
export const describeProblem = (line: number, { field, problem }: Problem): string =>
  `แถวที่ ${line}: ${field.th}: ${problem.th} / Line ${line}: ${field.en}: ${problem.en}`
