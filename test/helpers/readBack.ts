/**
 * Generated files read back with other libraries than the ones that wrote them: pdf.js for PDF
 * (pdfmake wrote it), mammoth for DOCX (docx), SheetJS for XLSX (exceljs).
 */
import mammoth from 'mammoth'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import XLSX from 'xlsx'

/** The text of each page, soft hyphens (line-break hints) removed. */
export async function pdfPages(data: Buffer): Promise<string[]> {
  // pdf.js runs its worker in-process when it finds it here (Jest's VM modules cannot spawn it).
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(
    'pdfjs-dist/legacy/build/pdf.worker.mjs'
  )
  // drizzle-kit (Payload's dev schema push) adds an enumerable Array.prototype.random, which pdf.js
  // refuses.
  for (const key of Object.keys(Array.prototype))
    Object.defineProperty(Array.prototype, key, { enumerable: false })
  const pdf = await getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    // Sarabun draws SARA AM as two glyphs, which the PDF's text map reads back as "ำา".
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replaceAll('\u00AD', '')
        .replace(/ำ ?า/g, 'ำ'),
    )
  }
  await pdf.destroy()
  return pages
}

/** Text with all whitespace removed: PDF lines wrap anywhere between words. */
export const squeezed = (text: string): string => text.replace(/[\s\u00AD]+/g, '')

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .trim()

/** Each table of a DOCX as rows of cell texts (lines of a cell joined by "\n"). */
export async function docxTables(data: Buffer): Promise<string[][][]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: data })
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, table]) =>
    [...table!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
      [...row!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map(([, cell]) =>
        decode(cell!.replace(/<br \/>|<\/p><p>/g, '\n')),
      ),
    ),
  )
}

export const docxText = async (data: Buffer): Promise<string> =>
  (await mammoth.extractRawText({ buffer: data })).value

export const workbook = (data: Buffer) => XLSX.read(data, { cellDates: true, cellNF: true })

/** A sheet's rows from `headerRow` (1-based) on, as arrays of raw cell values. */
export const sheetRows = (book: XLSX.WorkBook, name: string, headerRow = 1): unknown[][] =>
  XLSX.utils.sheet_to_json(book.Sheets[name]!, {
    header: 1,
    range: headerRow - 1,
    raw: true,
    defval: null,
  })

export { XLSX }
