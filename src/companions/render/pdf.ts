import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'

import { formatFiscalYear } from '../../fiscal'
import { formatCell, isNumeric } from '../cells'
import { sarabun } from '../fonts'
import { printedBlocks, type Block, type Report, type Table } from '../report'
import { breakableThai } from '../thaiText'
import { columnHeaderRows, totalsRow } from './headers'
import { pdfmake } from './pdfmake'

const A4 = { width: 595.28, height: 841.89 }
/** Page margins in points: 2 cm at the sides, room for the running header and footer. */
export const pdfMargins = { left: 56.7, right: 56.7, top: 70, bottom: 56.7 }

const thai = (text: string): string => breakableThai(text)

function tableContent(table: Table): Content {
  const headerRows = columnHeaderRows(table.columns)
  const header: TableCell[][] = headerRows.map((row) =>
    row.map(
      (cell): TableCell =>
        cell
          ? { text: thai(cell.text), colSpan: cell.colSpan, rowSpan: cell.rowSpan, style: 'th' }
          : {},
    ),
  )
  const body: TableCell[][] = [
    ...header,
    ...table.rows.map((row) =>
      table.columns.map(
        (column): TableCell => ({
          text: thai(formatCell(row[column.key], column.kind).join('\n')),
          alignment: isNumeric(column.kind) ? 'right' : 'left',
        }),
      ),
    ),
  ]
  if (!table.rows.length) {
    body.push([
      { text: thai(table.empty), colSpan: table.columns.length, alignment: 'center', bold: true },
      ...table.columns.slice(1).map(() => ({})),
    ])
  }
  const totals = totalsRow(table)
  if (totals) {
    body.push([
      { text: thai(totals.label), colSpan: totals.span, bold: true, alignment: 'right' },
      ...table.columns.slice(1, totals.span).map(() => ({})),
      ...totals.cells.map(({ text }): TableCell => ({ text, bold: true, alignment: 'right' })),
    ])
  }
  const total = table.columns.reduce((sum, column) => sum + column.width, 0)
  return {
    table: {
      headerRows: headerRows.length,
      dontBreakRows: true,
      widths: table.columns.map((column) => `${((column.width / total) * 100).toFixed(2)}%`),
      body,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 3,
      paddingRight: () => 3,
    },
    style: 'table',
    margin: [0, 4, 0, 10],
  }
}

function blockContent(block: Block, textWidth: number): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: thai(block.text),
        style: 'h2',
        pageBreak: block.newPage ? 'before' : undefined,
      }
    case 'paragraph':
      return { text: thai(block.text), margin: [0, 0, 0, 6] }
    case 'facts':
      return {
        table: {
          widths: ['35%', '65%'],
          body: block.facts.map(([label, value]) => [
            { text: thai(label), bold: true },
            thai(value),
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8],
      }
    case 'table':
      return tableContent(block.table)
    case 'photos': {
      // Two photos per row, each scaled to fit half the text width.
      const half = (textWidth - 10) / 2
      const cells: Content[] = block.photos.map((photo) => ({
        stack: [
          {
            image: `data:image/jpeg;base64,${photo.data.toString('base64')}`,
            fit: [half, half * 0.75],
          },
          ...(photo.caption ? [{ text: thai(photo.caption), style: 'caption' }] : []),
        ],
        unbreakable: true,
      }))
      const rows: Content[] = []
      for (let i = 0; i < cells.length; i += 2)
        rows.push({
          columns: [cells[i]!, cells[i + 1] ?? { text: '' }],
          columnGap: 10,
          margin: [0, 0, 0, 8],
        })
      return { stack: rows }
    }
  }
}

/** The report as an A4 PDF: Sarabun embedded, Thai broken by word, running header, page numbers. */
export async function renderPdf(report: Report): Promise<Buffer> {
  const page = report.orientation === 'landscape' ? { width: A4.height, height: A4.width } : A4
  const textWidth = page.width - pdfMargins.left - pdfMargins.right
  const running = `${report.unitName} · ${formatFiscalYear(report.fiscalYear)}`
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: report.orientation,
    pageMargins: [pdfMargins.left, pdfMargins.top, pdfMargins.right, pdfMargins.bottom],
    info: {
      title: report.title,
      author: report.unitName,
      subject: report.periodLabel,
      creator: 'police-oit',
    },
    header: () => ({
      text: thai(running),
      style: 'running',
      margin: [pdfMargins.left, 28, pdfMargins.right, 0],
    }),
    footer: (current, count) => ({
      text: `หน้า ${current} / ${count}`,
      style: 'running',
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
    content: [
      ...(report.formCode
        ? [{ text: report.formCode, alignment: 'right' as const, bold: true }]
        : []),
      { text: thai(report.title), style: 'h1' },
      { text: thai(report.unitName), style: 'subtitle' },
      { text: thai(report.periodLabel), style: 'subtitle', margin: [0, 0, 0, 10] },
      ...printedBlocks(report).map((block) => blockContent(block, textWidth)),
    ],
    defaultStyle: { font: sarabun.family, fontSize: 11, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 15, bold: true, alignment: 'center' },
      h2: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      subtitle: { fontSize: 12, alignment: 'center' },
      running: { fontSize: 9, color: '#444444' },
      table: { fontSize: 10 },
      th: { bold: true, alignment: 'center', fillColor: '#eeeeee' },
      caption: { fontSize: 9, italics: true, margin: [0, 2, 0, 0] },
    },
  }
  return pdfmake.createPdf(definition).getBuffer()
}
