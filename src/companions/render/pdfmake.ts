import pdfmake from 'pdfmake'
import RendererModule from 'pdfmake/js/Renderer.js'

import { sarabun } from '../fonts'

pdfmake.setFonts({
  [sarabun.family]: {
    normal: sarabun.regular,
    bold: sarabun.bold,
    italics: sarabun.italic,
    bolditalics: sarabun.boldItalic,
  },
})
// Everything a document needs is in memory: no URL is fetched and only the font files are read.
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy((file) => Object.values(sarabun).includes(file))

type Line = { inlines: { text: string }[] }
type Renderer = {
  pdfDocument: {
    markContent: (tag: string, options: { actual: string }) => void
    endMarkedContent: () => void
  }
  renderLine: (line: Line, x: number, y: number) => void
}

/**
 * Thai lines carry their text as `ActualText`. The font draws ำ as two glyphs (nikhahit and sara
 * aa)
 * and a PDF maps each glyph to one text once, so without it copying or searching gives "ำา" for ำ
 * and
 * may drop a later า (the glyph's first mapping wins). Readers that honour ActualText (pdftotext,
 * Acrobat, pdf.js) copy the line as it was written; the glyphs drawn are unchanged.
 */
const thai = /[\u0E00-\u0E7F]/
const Renderer = ((RendererModule as { default?: unknown }).default ?? RendererModule) as {
  prototype: Renderer
}
const renderLine = Renderer.prototype.renderLine
Renderer.prototype.renderLine = function (this: Renderer, line: Line, x: number, y: number) {
  // Without the soft hyphens and zero-width spaces that mark where Thai may break: a search finds
  // the words.
  const text = line.inlines
    .map((inline) => inline.text)
    .join('')
    .replace(/[\u00AD\u200B]/g, '')
  if (!thai.test(text)) return renderLine.call(this, line, x, y)
  this.pdfDocument.markContent('Span', { actual: text })
  renderLine.call(this, line, x, y)
  this.pdfDocument.endMarkedContent()
}

/** pdfmake with Sarabun and no access to URLs or other files. */
export { pdfmake }
