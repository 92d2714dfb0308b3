import pdfmake from 'pdfmake'

import { sarabun } from '../fonts'

pdfmake.setFonts({ [sarabun.family]: { normal: sarabun.regular, bold: sarabun.bold, italics: sarabun.italic, bolditalics: sarabun.boldItalic } })
// Everything a document needs is in memory: no URL is fetched and only the font files are read.
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy((file) => Object.values(sarabun).includes(file))

/** pdfmake with Sarabun and no access to URLs or other files. */
export { pdfmake }
