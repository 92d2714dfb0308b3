import { readdir } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { uploadsDir } from '../src/uploads/uploadsDir'
import { docxDocument, pdfDocument, pngImage, svgWithScript, upload, windowsExecutable, xlsxWorkbook } from './helpers/files'
import { closePayload, login, rejection, rest, testPayload, unitBySlug, userByEmail } from './helpers/payload'

let payload: Payload
let unit: number
let editor: Awaited<ReturnType<typeof userByEmail>>

const filesIn = async (slug: string) => (await readdir(uploadsDir(slug)).catch(() => [] as string[])).sort()

/** Runs a refused upload and checks nothing was left behind: no record, no file. */
async function refusedWithoutTrace(collection: 'media' | 'documents' | 'corruption-complaints', attempt: () => Promise<unknown>) {
  const records = (await payload.count({ collection, overrideAccess: true })).totalDocs
  const files = await filesIn(collection)
  const refused = await rejection(attempt())
  expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(records)
  expect(await filesIn(collection)).toEqual(files)
  return refused
}

const asEditor = () => ({ user: editor, overrideAccess: false as const })

beforeAll(async () => {
  payload = await testPayload()
  unit = (await unitBySlug(payload, 'mueang-ranong')).id as number
  editor = await userByEmail(payload, 'editor.a@demo.local')
})
afterAll(closePayload)

describe('media (images)', () => {
  it('accepts a photo and resizes it into web sizes', async () => {
    const doc = await payload.create({ collection: 'media', data: { tenant: unit, alt: 'ภาพหน้าสถานี' }, file: upload(await pngImage(2000, 1200), 'station.png', 'image/png'), ...asEditor() })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.hero?.width).toBe(1600)
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 320, height: 320 })
    const files = await filesIn('media')
    for (const size of ['thumbnail', 'card', 'hero']) {
      const name = doc.sizes?.[size as 'card']?.filename
      expect(files).toContain(name)
      expect((await sharp(`${uploadsDir('media')}/${name}`).metadata()).format).toBe('webp')
    }
  })

  it('refuses an executable renamed to .png, saying what it really is', async () => {
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({ collection: 'media', data: { tenant: unit, alt: 'x' }, file: upload(windowsExecutable(), 'photo.png', 'image/png'), ...asEditor() }),
    )
    expect(refused.status).toBe(400)
    expect(refused.fields.file).toContain('ไฟล์: เนื้อไฟล์เป็นโปรแกรม')
    expect(refused.fields.file).toContain('File: the content is an executable program')
  })

  it('refuses an SVG carrying a script', async () => {
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({ collection: 'media', data: { tenant: unit, alt: 'x' }, file: upload(svgWithScript(), 'logo.png', 'image/png'), ...asEditor() }),
    )
    expect(refused.fields.file).toContain('SVG')
  })

  it('refuses an image over 10 MB', async () => {
    const big = Buffer.concat([await pngImage(), Buffer.alloc(11 * 1024 * 1024)])
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({ collection: 'media', data: { tenant: unit, alt: 'x' }, file: upload(big, 'big.png', 'image/png'), ...asEditor() }),
    )
    expect(refused.fields.file).toContain('เกินกำหนด 10 MB')
  })

  it('refuses a PDF in the image collection', async () => {
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({ collection: 'media', data: { tenant: unit, alt: 'x' }, file: upload(pdfDocument(), 'scan.jpg', 'image/jpeg'), ...asEditor() }),
    )
    expect(refused.fields.file).toContain('รับเฉพาะ รูปภาพ JPG, PNG หรือ WebP')
  })
})

describe('documents (PDF, Word, Excel)', () => {
  it.each([
    ['PDF', pdfDocument, 'application/pdf', 'pdf'],
    ['DOCX', docxDocument, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['XLSX', xlsxWorkbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ])('accepts %s, named after what it really is', async (_kind, make, mime, ext) => {
    const doc = await payload.create({ collection: 'documents', data: { tenant: unit, title: `เอกสาร ${ext}` }, file: upload(await make(), 'upload.bin', 'application/octet-stream'), ...asEditor() })
    expect(doc.mimeType).toBe(mime)
    expect(doc.filename).toMatch(new RegExp(`\\.${ext}$`))
  })

  it('refuses a truncated PDF', async () => {
    const pdf = pdfDocument()
    const refused = await refusedWithoutTrace('documents', () =>
      payload.create({ collection: 'documents', data: { tenant: unit, title: 'x' }, file: upload(pdf.subarray(0, pdf.length - 40), 'cut.pdf', 'application/pdf'), ...asEditor() }),
    )
    expect(refused.fields.file).toContain('ไฟล์ PDF ไม่สมบูรณ์')
  })

  it('refuses a truncated XLSX', async () => {
    const xlsx = await xlsxWorkbook()
    const refused = await refusedWithoutTrace('documents', () =>
      payload.create({ collection: 'documents', data: { tenant: unit, title: 'x' }, file: upload(xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'cut.xlsx', 'application/octet-stream'), ...asEditor() }),
    )
    expect(refused.fields.file).toMatch(/ไม่สมบูรณ์|รับเฉพาะ/)
  })

  it('refuses an executable renamed to .pdf, over HTTP too, with the message in the response', async () => {
    const token = await login('editor.a@demo.local')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(windowsExecutable())], { type: 'application/pdf' }), 'manual.pdf')
    form.append('_payload', JSON.stringify({ tenant: unit, title: 'คู่มือ' }))
    const records = (await payload.count({ collection: 'documents' })).totalDocs
    const response = await rest('POST', '/documents', { token, form })
    expect(response.status).toBe(400)
    expect(response.text).toContain('เนื้อไฟล์เป็นโปรแกรม')
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(records)
  })

  it('a failed replacement keeps the stored file and record as they were', async () => {
    const doc = await payload.create({ collection: 'documents', data: { tenant: unit, title: 'ฉบับเดิม' }, file: upload(pdfDocument('original'), 'keep.pdf', 'application/pdf'), ...asEditor() })
    await rejection(payload.update({ collection: 'documents', id: doc.id, data: { title: 'ฉบับใหม่' }, file: upload(windowsExecutable(), 'keep.pdf', 'application/pdf'), ...asEditor() }))
    const after = await payload.findByID({ collection: 'documents', id: doc.id })
    expect(after).toMatchObject({ title: 'ฉบับเดิม', filename: doc.filename, filesize: doc.filesize })
    expect(await filesIn('documents')).toContain(doc.filename)
  })
})

describe('corruption-complaint evidence', () => {
  it('an anonymous report may carry one PDF or image, stored privately', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdfDocument('evidence'))], { type: 'application/pdf' }), 'evidence.pdf')
    form.append('_payload', JSON.stringify({ tenant: unit, subject: 'หลักฐานการเรียกรับเงิน', details: 'แนบภาพหน้าจอการโอนเงินให้เจ้าหน้าที่' }))
    const sent = await rest('POST', '/corruption-complaints', { form, headers: { 'x-real-ip': '192.0.2.10' } })
    expect(sent.status).toBe(201)
    const url = sent.body.doc.url as string
    expect((await rest('GET', url.replace(/^\/api/, ''))).status).toBe(403)
    const head = await login('head.a@demo.local')
    expect((await rest('GET', url.replace(/^\/api/, ''), { token: head })).status).toBe(200)
  })

  it('a hostile attachment is refused and no report is stored', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(svgWithScript())], { type: 'image/png' }), 'proof.png')
    form.append('_payload', JSON.stringify({ tenant: unit, subject: 'เรื่องร้องเรียน', details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร' }))
    const records = (await payload.count({ collection: 'corruption-complaints' })).totalDocs
    const sent = await rest('POST', '/corruption-complaints', { form, headers: { 'x-real-ip': '192.0.2.11' } })
    expect(sent.status).toBe(400)
    expect((await payload.count({ collection: 'corruption-complaints' })).totalDocs).toBe(records)
  })
})
