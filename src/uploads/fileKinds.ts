import { fileTypeFromBuffer } from 'file-type'

import { unsafeContent } from './fileSafety'
import { fileKinds, type FileKind } from './kinds'

export type Detected =
  | { ok: true; kind: FileKind; mime: string; ext: string }
  | { ok: false; problem: { th: string; en: string } }

const tail = (data: Buffer, bytes: number) =>
  data.subarray(Math.max(0, data.length - bytes)).toString('latin1')

/**
 * The end-of-central-directory record closes every complete ZIP (DOCX/XLSX): a cut file lacks it.
 */
const zipIsComplete = (data: Buffer) =>
  data.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Math.max(0, data.length - 65_557))

const looksLikeSvg = (data: Buffer) =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(
    data.subarray(0, 4096).toString('utf8'),
  )

const kindNames = (kinds: readonly FileKind[]) => ({
  th: kinds.map((kind) => fileKinds[kind].label.th).join(', '),
  en: kinds.map((kind) => fileKinds[kind].label.en).join(', '),
})

/**
 * Identifies the file by its content and checks it is whole; says plainly what is wrong otherwise.
 */
export async function detectFile(data: Buffer, accepted: readonly FileKind[]): Promise<Detected> {
  const wanted = kindNames(accepted)
  const notAccepted = (what: { th: string; en: string }) => ({
    ok: false as const,
    problem: {
      th: `เนื้อไฟล์เป็น${what.th} ระบบรับเฉพาะ ${wanted.th}`,
      en: `the content is ${what.en}; only ${wanted.en} accepted`,
    },
  })
  if (data.length === 0)
    return { ok: false, problem: { th: 'ไฟล์ว่างเปล่า', en: 'the file is empty' } }
  if (looksLikeSvg(data)) {
    return notAccepted({
      th: 'ภาพ SVG (อาจฝังสคริปต์ได้ จึงไม่รับ ให้แปลงเป็น PNG)',
      en: 'an SVG image (it can carry scripts; convert it to PNG)',
    })
  }
  const type = await fileTypeFromBuffer(data)
  if (!type) return notAccepted({ th: 'ชนิดที่ไม่รู้จัก', en: 'of an unknown type' })
  const kind = accepted.find((candidate) =>
    (fileKinds[candidate].mimes as readonly string[]).includes(type.mime),
  )
  if (!kind) {
    const executable = ['exe', 'elf', 'mach', 'dll', 'msi', 'apk', 'jar', 'class'].some((ext) =>
      type.ext.includes(ext),
    )
    return notAccepted(
      executable
        ? { th: 'โปรแกรม (ไฟล์ปฏิบัติการ)', en: 'an executable program' }
        : { th: ` ${type.ext.toUpperCase()}`, en: `a ${type.ext.toUpperCase()} file` },
    )
  }
  if (kind === 'pdf' && !tail(data, 1024).includes('%%EOF')) {
    return {
      ok: false,
      problem: {
        th: 'ไฟล์ PDF ไม่สมบูรณ์ (ถูกตัดหรือเสียหาย)',
        en: 'the PDF is incomplete (truncated or damaged)',
      },
    }
  }
  if ((kind === 'docx' || kind === 'xlsx') && !zipIsComplete(data)) {
    return {
      ok: false,
      problem: {
        th: `ไฟล์ ${fileKinds[kind].label.th} ไม่สมบูรณ์ (ถูกตัดหรือเสียหาย)`,
        en: `the ${fileKinds[kind].label.en} file is incomplete (truncated or damaged)`,
      },
    }
  }
  const unsafe = await unsafeContent(data, kind, fileKinds[kind].label.en)
  if (unsafe) return { ok: false, problem: unsafe }
  return { ok: true, kind, mime: type.mime, ext: type.ext }
}

export const formatMegabytes = (bytes: number): string =>
  `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
