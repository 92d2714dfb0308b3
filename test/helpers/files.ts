import { Document, Packer, Paragraph } from 'docx'
import ExcelJS from 'exceljs'
import sharp from 'sharp'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const upload = (data: Buffer, name: string, mimetype: string): UploadFile => ({ data, name, mimetype, size: data.length })

export const pngImage = async (width = 1200, height = 800): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 60, b: 120 } } }).png().toBuffer()

/** A minimal but complete one-page PDF (header, objects, xref, trailer, %%EOF). */
export function pdfDocument(text = 'police-oit test'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const docxDocument = async (): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('คู่มือทดสอบ')] }] }))

export async function xlsxWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('ข้อมูล').addRow(['เดือน', 'จำนวน'])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A Windows executable's first bytes: "MZ", the DOS stub and a PE header. */
export function windowsExecutable(): Buffer {
  const data = Buffer.alloc(1024)
  data.write('MZ', 0, 'latin1')
  data.writeUInt32LE(0x80, 0x3c)
  data.write('PE\0\0', 0x80, 'latin1')
  data.writeUInt16LE(0x14c, 0x84)
  return data
}

export const svgWithScript = (): Buffer =>
  Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>')
