import { readFileSync } from 'node:fs'

import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type FileChild,
} from 'docx'

import { formatFiscalYear } from '../../fiscal'
import { formatCell, isNumeric } from '../cells'
import { sarabun } from '../fonts'
import { printedBlocks, type Block, type Report, type Table } from '../report'
import { columnHeaderRows, totalsRow } from './headers'

/** A4 in twentieths of a point; 2 cm margins. */
const A4 = { width: 11906, height: 16838 }
export const docxMargin = 1134

/** Table text is 10 pt (Word counts half-points), like the PDF. */
const TABLE_SIZE = 20
const cellMargins = { left: 57, right: 57, top: 29, bottom: 29 }

const paragraph = (
  text: string,
  options: {
    bold?: boolean
    size?: number
    align?: (typeof AlignmentType)[keyof typeof AlignmentType]
  } = {},
) =>
  new Paragraph({
    alignment: options.align,
    // A cell's lines are separate runs with breaks, so Word keeps them as lines of one paragraph.
    children: text
      .split('\n')
      .map(
        (line, index) =>
          new TextRun({ text: line, bold: options.bold, size: options.size, break: index ? 1 : 0 }),
      ),
  })

function tableOf(table: Table, textWidth: number): DocxTable {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0)
  const widths = table.columns.map((column) => Math.floor((column.width / total) * textWidth))
  /** A cell spanning `span` columns from column `from`, holding one paragraph of table text. */
  const cell = (
    text: string,
    from: number,
    span: number,
    options: {
      bold?: boolean
      align: (typeof AlignmentType)[keyof typeof AlignmentType]
      header?: boolean
      verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]
    },
  ) =>
    new TableCell({
      columnSpan: span > 1 ? span : undefined,
      verticalMerge: options.verticalMerge,
      width: {
        size: widths.slice(from, from + span).reduce((a, b) => a + b, 0),
        type: WidthType.DXA,
      },
      shading: options.header ? { fill: 'EEEEEE' } : undefined,
      margins: cellMargins,
      children: [paragraph(text, { bold: options.bold, size: TABLE_SIZE, align: options.align })],
    })
  const headerRows = columnHeaderRows(table.columns)
  // A cell covered by a row span is a "continue" cell in Word; one covered by a column span is
  // omitted.
  const header = headerRows.map(
    (row, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.flatMap((spec, c) => {
          if (spec)
            return [
              cell(spec.text, c, spec.colSpan, {
                bold: true,
                header: true,
                align: AlignmentType.CENTER,
                verticalMerge: spec.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
              }),
            ]
          const above = headerRows[r - 1]?.[c]
          return above && above.rowSpan > 1
            ? [
                cell('', c, 1, {
                  header: true,
                  align: AlignmentType.CENTER,
                  verticalMerge: VerticalMergeType.CONTINUE,
                }),
              ]
            : []
        }),
      }),
  )
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, c) =>
          cell(formatCell(row[column.key], column.kind).join('\n'), c, 1, {
            align: isNumeric(column.kind) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          }),
        ),
      }),
  )
  if (!table.rows.length)
    body.push(
      new TableRow({
        children: [
          cell(table.empty, 0, table.columns.length, { bold: true, align: AlignmentType.CENTER }),
        ],
      }),
    )
  const totals = totalsRow(table)
  if (totals) {
    body.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(totals.label, 0, totals.span, { bold: true, align: AlignmentType.RIGHT }),
          ...totals.cells.map(({ text }, i) =>
            cell(text, totals.span + i, 1, { bold: true, align: AlignmentType.RIGHT }),
          ),
        ],
      }),
    )
  }
  return new DocxTable({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [...header, ...body],
  })
}

function blockChildren(block: Block, textWidth: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          pageBreakBefore: block.newPage,
          spacing: { before: 200, after: 100 },
          children: [new TextRun({ text: block.text, bold: true, size: 28 })],
        }),
      ]
    case 'paragraph':
      return [paragraph(block.text)]
    case 'facts':
      return block.facts.map(
        ([label, value]) =>
          new Paragraph({
            children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
          }),
      )
    case 'table':
      return [tableOf(block.table, textWidth), new Paragraph('')]
    case 'photos': {
      // Two photos per line, each at most half the text width (EMU-free: docx takes pixels at 96
      // dpi).
      const maxWidth = Math.floor(((textWidth / 20) * 96) / 72 / 2) - 8
      return block.photos.map((photo) => {
        const scale = Math.min(1, maxWidth / photo.width)
        return new Paragraph({
          children: [
            new ImageRun({
              type: 'jpg',
              data: photo.data,
              transformation: {
                width: Math.round(photo.width * scale),
                height: Math.round(photo.height * scale),
              },
              altText: {
                name: photo.caption ?? 'photo',
                description: photo.caption ?? '',
                title: photo.caption ?? '',
              },
            }),
            ...(photo.caption
              ? [new TextRun({ text: photo.caption, break: 1, italics: true, size: 18 })]
              : []),
          ],
        })
      })
    }
  }
}

let fontFiles: { name: string; data: Buffer; bold: Buffer } | undefined
/**
 * Sarabun is embedded so Word and LibreOffice show the same Thai text without the font installed.
 */
const embeddedFont = () =>
  (fontFiles ??= {
    name: sarabun.family,
    data: readFileSync(sarabun.regular),
    bold: readFileSync(sarabun.bold),
  })

/**
 * The report as a Word document: real tables with repeated header rows, Sarabun embedded for Thai.
 */
export async function renderDocx(report: Report): Promise<Buffer> {
  const landscape = report.orientation === 'landscape'
  const textWidth = (landscape ? A4.height : A4.width) - 2 * docxMargin
  const font = {
    ascii: sarabun.family,
    hAnsi: sarabun.family,
    cs: sarabun.family,
    eastAsia: sarabun.family,
  }
  const running = `${report.unitName} · ${formatFiscalYear(report.fiscalYear)}`
  const document = new Document({
    creator: 'police-oit',
    title: report.title,
    subject: report.periodLabel,
    fonts: [embeddedFont()],
    styles: { default: { document: { run: { font, size: 22, sizeComplexScript: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: docxMargin,
              bottom: docxMargin,
              left: docxMargin,
              right: docxMargin,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: running, size: 18, color: '444444' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['หน้า ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(report.formCode
            ? [paragraph(report.formCode, { bold: true, align: AlignmentType.RIGHT })]
            : []),
          paragraph(report.title, { bold: true, size: 30, align: AlignmentType.CENTER }),
          paragraph(report.unitName, { size: 24, align: AlignmentType.CENTER }),
          paragraph(report.periodLabel, { size: 24, align: AlignmentType.CENTER }),
          new Paragraph(''),
          ...printedBlocks(report).flatMap((block) => blockChildren(block, textWidth)),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
