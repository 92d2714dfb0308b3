import { Document, Packer, Paragraph } from 'docx'
import ExcelJS from 'exceljs'
import sharp from 'sharp'

import { pdf } from '../../seed/lib/pdf'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const upload = (data: Buffer, name: string, mimetype: string): UploadFile => ({
  data,
  name,
  mimetype,
  size: data.length,
})

export const pngImage = async (width = 1200, height = 800): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 60, b: 120 } } })
    .png()
    .toBuffer()

/** A small, complete PDF (the seed's writer, so tests and demo share one). */
export const pdfDocument = (text = 'police-oit test'): Buffer => pdf(text)

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
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
  )
