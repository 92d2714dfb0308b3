/**
 * The document model every companion file is rendered from: one model, three renderers (PDF, DOCX,
 * XLSX) and the open-data exports, so every O-item gets the same layout rules.
 */

/**
 * How a column's values are typed and formatted (typed cells in XLSX, aligned numbers in print).
 */
export type CellKind = 'text' | 'integer' | 'money' | 'decimal' | 'percent' | 'date'

export type CellValue = string | number | Date | null

/** A cell holds one value, or several shown one per line (e.g. the bidders of one procurement). */
export type Cell = CellValue | CellValue[]

export type Column = {
  key: string
  header: string
  kind: CellKind
  /** Relative width; the renderers share the text width out in proportion. */
  width: number
  /** Header of a group of adjacent columns (two-row header in print, prefixed in XLSX). */
  group?: string
}

export type Row = Record<string, Cell>

export type Table = {
  /** Stable ASCII name, used in the open-data file names. */
  id: string
  /** Worksheet name (≤ 31 characters). */
  sheet: string
  /** For programs only (workbook, CSV, JSON), e.g. one row per bidder: not printed. */
  dataOnly?: boolean
  columns: Column[]
  rows: Row[]
  /** Sums under the table in print, and on the facts sheet of the workbook. */
  totals?: { label: string; values: Row }
  /** Shown instead of the rows when there are none, e.g. "ไม่มีการจัดซื้อจัดจ้าง". */
  empty: string
  /** In a roll-up, the month the table belongs to (a column of the year's open data). */
  period?: string
}

export type Photo = { data: Buffer; width: number; height: number; caption?: string }

export type Block =
  | { kind: 'heading'; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: [label: string, value: string][] }
  | { kind: 'table'; table: Table }
  | { kind: 'photos'; photos: Photo[] }

export type Report = {
  /** First title line, e.g. "แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม พ.ศ. 2567". */
  title: string
  /** Printed top right, e.g. "สขร.1". */
  formCode?: string
  unitName: string
  fiscalYear: number
  /** e.g. "เดือนตุลาคม พ.ศ. 2567" or "ปีงบประมาณ พ.ศ. 2568". */
  periodLabel: string
  orientation: 'portrait' | 'landscape'
  blocks: Block[]
}

export const tablesOf = (report: Report): Table[] =>
  report.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []))

/** What print shows: every block but the tables meant for programs only. */
export const printedBlocks = (report: Report): Block[] =>
  report.blocks.filter((block) => block.kind !== 'table' || !block.table.dataOnly)
