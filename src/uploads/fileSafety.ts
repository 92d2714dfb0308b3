import sharp from 'sharp'

import type { FileKind } from './kinds'

type Problem = { th: string; en: string }

/**
 * Images larger than this are refused: decoding them would take gigabytes in the server and in the
 * reader's browser.
 */
export const MAX_IMAGE_PIXELS = 50_000_000
export const MAX_IMAGE_SIDE = 12_000
/** A DOCX/XLSX that unpacks beyond this, or more than this many times its size, is a ZIP bomb. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
export const MAX_UNPACK_RATIO = 100

/**
 * Web-page markup in a file that is meant to be a document or an image makes it a polyglot a
 * browser might run.
 */
const HTML_MARKERS = /<(?:script|html|!doctype\s+html|iframe|body|svg|object|embed)[\s>/]/i

/** PDF features that run code or open other things when the file is opened. */
const PDF_ACTIVE = /\/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA|SubmitForm|ImportData)\b/

type ZipEntry = { name: string; packed: number; unpacked: number }

/**
 * The entries of a ZIP file from its central directory (sizes as declared; zip64 counts as
 * oversized).
 */
function zipEntries(data: Buffer): ZipEntry[] | null {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > data.length) return null
  const count = data.readUInt16LE(end + 10)
  let offset = data.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return null
    const packed = data.readUInt32LE(offset + 20)
    const unpacked = data.readUInt32LE(offset + 24)
    const nameLength = data.readUInt16LE(offset + 28)
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    entries.push({
      name,
      packed,
      unpacked: unpacked === 0xffffffff ? Number.POSITIVE_INFINITY : unpacked,
    })
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32)
  }
  return entries
}

function officeProblem(data: Buffer, label: string): Problem | null {
  const entries = zipEntries(data)
  if (!entries)
    return {
      th: `ไฟล์ ${label} เสียหาย (อ่านสารบัญไม่ได้)`,
      en: `the ${label} file is damaged (its directory cannot be read)`,
    }
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpacked, 0)
  if (unpacked > MAX_UNPACKED_BYTES || unpacked > MAX_UNPACK_RATIO * data.length)
    return {
      th: `ไฟล์ ${label} ขยายตัวผิดปกติเมื่อเปิด (ZIP bomb) จึงไม่รับ`,
      en: `the ${label} file expands abnormally when opened (a ZIP bomb)`,
    }
  if (
    entries.some(
      ({ name }) =>
        /vbaProject\.bin$|\/activeX\/|\.bin$/i.test(name) && !/printerSettings/i.test(name),
    )
  )
    return {
      th: `ไฟล์ ${label} มีมาโครหรือโปรแกรมฝังอยู่ ให้บันทึกใหม่เป็นไฟล์ธรรมดา (ไม่มีมาโคร)`,
      en: `the ${label} file carries macros or embedded programs; save it again as a plain file without macros`,
    }
  return null
}

async function imageProblem(data: Buffer): Promise<Problem | null> {
  try {
    const { width = 0, height = 0 } = await sharp(data, { limitInputPixels: false }).metadata()
    if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
      return {
        th: `ภาพใหญ่เกินไป (${width}×${height} พิกเซล) ให้ย่อไม่เกิน ${MAX_IMAGE_PIXELS / 1e6} ล้านพิกเซล`,
        en: `the image is too large (${width}×${height} pixels); shrink it to at most ${MAX_IMAGE_PIXELS / 1e6} megapixels`,
      }
    return null
  } catch {
    return { th: 'ภาพเสียหาย เปิดอ่านไม่ได้', en: 'the image is damaged and cannot be read' }
  }
}

/**
 * What makes an otherwise well-formed file unsafe to serve to the public and to a head's browser:
 * web-page markup hidden inside it, code in a PDF, macros or a ZIP bomb in DOCX/XLSX, an image
 * too large to decode.
 */
export async function unsafeContent(
  data: Buffer,
  kind: FileKind,
  label: string,
): Promise<Problem | null> {
  const text = data.toString('latin1')
  if (HTML_MARKERS.test(text))
    return {
      th: 'ไฟล์มีโค้ดหน้าเว็บ (HTML/สคริปต์) แฝงอยู่ จึงไม่รับ',
      en: 'the file hides web-page code (HTML or script)',
    }
  if (kind === 'pdf' && PDF_ACTIVE.test(text))
    return {
      th: 'ไฟล์ PDF มีสคริปต์ การเปิดโปรแกรม หรือไฟล์แนบฝังอยู่ ให้พิมพ์เป็น PDF ใหม่ (Print to PDF)',
      en: 'the PDF carries scripts, launch actions or attachments; print it to a new PDF',
    }
  if (kind === 'docx' || kind === 'xlsx') return officeProblem(data, label)
  if (kind === 'image') return imageProblem(data)
  return null
}
