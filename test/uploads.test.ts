import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { generateCompanions } from '../src/companions/generate'
import { serveCompanion } from '../src/companions/serve'
import { fileKey } from '../src/companions/target'
import { CLIENT_ADDRESS_HEADER } from '../src/utilities/clientAddress'
import {
  docxDocument,
  pdfDocument,
  pngImage,
  svgWithScript,
  upload,
  windowsExecutable,
  xlsxWorkbook,
} from './helpers/files'
import {
  closePayload,
  login,
  rejection,
  rest,
  testPayload,
  unitBySlug,
  userByEmail,
} from './helpers/payload'

let payload: Payload
let unit: number
let editor: Awaited<ReturnType<typeof userByEmail>>

const uploadsDir = (slug: 'media' | 'documents' | 'corruption-complaints') =>
  payload.collections[slug].config.upload.staticDir as string
const filesIn = async (slug: 'media' | 'documents' | 'corruption-complaints') =>
  (await readdir(uploadsDir(slug)).catch(() => [] as string[])).sort()

/** Runs a refused upload and checks nothing was left behind: no record, no file. */
async function refusedWithoutTrace(
  collection: 'media' | 'documents' | 'corruption-complaints',
  attempt: () => Promise<unknown>,
) {
  const records = (await payload.count({ collection, overrideAccess: true })).totalDocs
  const files = await filesIn(collection)
  const refused = await rejection(attempt())
  expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(records)
  expect(await filesIn(collection)).toEqual(files)
  return refused
}

const asEditor = () => ({ user: editor, overrideAccess: false as const })

const LONG_CACHE = 'public, max-age=31536000, immutable'
/** The hash a stored name carries: the first 10 hex digits of the content's SHA-256. */
const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 10)
/** A stored file's REST path (its URL without `/api`). */
const apiPath = (url: string | null | undefined) => url!.replace(/^\/api/, '')

beforeAll(async () => {
  payload = await testPayload()
  unit = (await unitBySlug(payload, 'mueang-ranong')).id
  editor = await userByEmail(payload, 'editor.a@demo.local')
})
afterAll(closePayload)

describe('media (images)', () => {
  it('accepts a photo and resizes it into web sizes', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { tenant: unit, alt: 'ภาพหน้าสถานี' },
      file: upload(await pngImage(2000, 1200), 'station.png', 'image/png'),
      ...asEditor(),
    })
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
      payload.create({
        collection: 'media',
        data: { tenant: unit, alt: 'x' },
        file: upload(windowsExecutable(), 'photo.png', 'image/png'),
        ...asEditor(),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.fields.file).toContain('ไฟล์: เนื้อไฟล์เป็นโปรแกรม')
    expect(refused.fields.file).toContain('File: the content is an executable program')
  })

  it('refuses an SVG carrying a script', async () => {
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({
        collection: 'media',
        data: { tenant: unit, alt: 'x' },
        file: upload(svgWithScript(), 'logo.png', 'image/png'),
        ...asEditor(),
      }),
    )
    expect(refused.fields.file).toContain('SVG')
  })

  it('refuses an image over 10 MB', async () => {
    const big = Buffer.concat([await pngImage(), Buffer.alloc(11 * 1024 * 1024)])
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({
        collection: 'media',
        data: { tenant: unit, alt: 'x' },
        file: upload(big, 'big.png', 'image/png'),
        ...asEditor(),
      }),
    )
    expect(refused.fields.file).toContain('เกินกำหนด 10 MB')
  })

  it('refuses a PDF in the image collection', async () => {
    const refused = await refusedWithoutTrace('media', () =>
      payload.create({
        collection: 'media',
        data: { tenant: unit, alt: 'x' },
        file: upload(pdfDocument(), 'scan.jpg', 'image/jpeg'),
        ...asEditor(),
      }),
    )
    expect(refused.fields.file).toContain('รับเฉพาะ รูปภาพ JPG, PNG หรือ WebP')
  })
})

describe('documents (PDF, Word, Excel)', () => {
  it.each([
    ['PDF', pdfDocument, 'application/pdf', 'pdf'],
    [
      'DOCX',
      docxDocument,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      'XLSX',
      xlsxWorkbook,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    ],
  ])('accepts %s, named after what it really is', async (_kind, make, mime, ext) => {
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: `เอกสาร ${ext}` },
      file: upload(await make(), 'upload.bin', 'application/octet-stream'),
      ...asEditor(),
    })
    expect(doc.mimeType).toBe(mime)
    expect(doc.filename).toMatch(new RegExp(`\\.${ext}$`))
  })

  it('refuses a truncated PDF', async () => {
    const pdf = pdfDocument()
    const refused = await refusedWithoutTrace('documents', () =>
      payload.create({
        collection: 'documents',
        data: { tenant: unit, title: 'x' },
        file: upload(pdf.subarray(0, pdf.length - 40), 'cut.pdf', 'application/pdf'),
        ...asEditor(),
      }),
    )
    expect(refused.fields.file).toContain('ไฟล์ PDF ไม่สมบูรณ์')
  })

  it('refuses a truncated XLSX', async () => {
    const xlsx = await xlsxWorkbook()
    const refused = await refusedWithoutTrace('documents', () =>
      payload.create({
        collection: 'documents',
        data: { tenant: unit, title: 'x' },
        file: upload(
          xlsx.subarray(0, Math.floor(xlsx.length / 2)),
          'cut.xlsx',
          'application/octet-stream',
        ),
        ...asEditor(),
      }),
    )
    expect(refused.fields.file).toMatch(/ไม่สมบูรณ์|รับเฉพาะ/)
  })

  it('refuses an executable renamed to .pdf, over HTTP too, with the message in the response', async () => {
    const token = await login('editor.a@demo.local')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(windowsExecutable())], { type: 'application/pdf' }),
      'manual.pdf',
    )
    form.append('_payload', JSON.stringify({ tenant: unit, title: 'คู่มือ' }))
    const records = (await payload.count({ collection: 'documents' })).totalDocs
    const response = await rest('POST', '/documents', { token, form })
    expect(response.status).toBe(400)
    expect(response.text).toContain('เนื้อไฟล์เป็นโปรแกรม')
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(records)
  })

  it('a failed replacement keeps the stored file and record as they were', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'ฉบับเดิม' },
      file: upload(pdfDocument('original'), 'keep.pdf', 'application/pdf'),
      ...asEditor(),
    })
    await rejection(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: { title: 'ฉบับใหม่' },
        file: upload(windowsExecutable(), 'keep.pdf', 'application/pdf'),
        ...asEditor(),
      }),
    )
    const after = await payload.findByID({ collection: 'documents', id: doc.id })
    expect(after).toMatchObject({
      title: 'ฉบับเดิม',
      filename: doc.filename,
      filesize: doc.filesize,
    })
    expect(await filesIn('documents')).toContain(doc.filename)
  })
})

describe('corruption-complaint evidence', () => {
  it('an anonymous report may carry one PDF or image, stored privately', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(pdfDocument('evidence'))], { type: 'application/pdf' }),
      'evidence.pdf',
    )
    form.append(
      '_payload',
      JSON.stringify({
        tenant: unit,
        subject: 'หลักฐานการเรียกรับเงิน',
        details: 'แนบภาพหน้าจอการโอนเงินให้เจ้าหน้าที่',
      }),
    )
    const sent = await rest('POST', '/corruption-complaints', {
      form,
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.10' },
    })
    expect(sent.status).toBe(201)
    const url = sent.body.doc.url as string
    expect((await rest('GET', apiPath(url))).status).toBe(403)
    const head = await login('head.a@demo.local')
    const read = await rest('GET', apiPath(url), { token: head })
    expect(read.status).toBe(200)
    // Confidential: no cache, the browser's included, keeps a copy.
    expect(read.headers.get('cache-control')).toBe('private, no-store')
  })

  it('a hostile attachment is refused and no report is stored', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(svgWithScript())], { type: 'image/png' }),
      'proof.png',
    )
    form.append(
      '_payload',
      JSON.stringify({
        tenant: unit,
        subject: 'เรื่องร้องเรียน',
        details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร',
      }),
    )
    const records = (await payload.count({ collection: 'corruption-complaints' })).totalDocs
    const sent = await rest('POST', '/corruption-complaints', {
      form,
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.11' },
    })
    expect(sent.status).toBe(400)
    expect((await payload.count({ collection: 'corruption-complaints' })).totalDocs).toBe(records)
  })
})

describe('stored names carry a content hash, so public files are cached for good', () => {
  it('a re-upload of different content to the same document gets a new URL, and the old file goes', async () => {
    const first = pdfDocument('order, first version')
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'คำสั่ง' },
      file: upload(first, 'order.pdf', 'application/pdf'),
      ...asEditor(),
    })
    expect(doc.filename).toBe(`order.${hashOf(first)}.pdf`)
    const second = pdfDocument('order, second version')
    const replaced = await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {},
      file: upload(second, 'order.pdf', 'application/pdf'),
      ...asEditor(),
    })
    expect(replaced.filename).toBe(`order.${hashOf(second)}.pdf`)
    expect(replaced.url).not.toBe(doc.url)
    expect(await filesIn('documents')).not.toContain(doc.filename)
    expect((await rest('GET', apiPath(replaced.url))).bytes.equals(second)).toBe(true)
  })

  it('the same content twice makes two files, each served on its own', async () => {
    const data = pdfDocument('one form, two records')
    const a = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'แบบฟอร์ม' },
      file: upload(data, 'form.pdf', 'application/pdf'),
      ...asEditor(),
    })
    // A downloaded copy uploaded again: its hash is replaced, not stacked.
    const b = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'แบบฟอร์ม (สำเนา)' },
      file: upload(data, a.filename!, 'application/pdf'),
      ...asEditor(),
    })
    expect(a.filename).toBe(`form.${hashOf(data)}.pdf`)
    expect(b.filename).toBe(`form.${hashOf(data)}-1.pdf`)
    await payload.delete({ collection: 'documents', id: a.id, overrideAccess: true })
    const served = await rest('GET', apiPath(b.url))
    expect(served.status).toBe(200)
    expect(served.bytes.equals(data)).toBe(true)
  })

  it('keeps Thai names, over HTTP too, and shortens a very long one without losing the hash', async () => {
    const data = pdfDocument('Thai file name')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(data)], { type: 'application/pdf' }),
      'คู่มือการให้บริการประชาชน.pdf',
    )
    form.append('_payload', JSON.stringify({ tenant: unit, title: 'คู่มือการให้บริการประชาชน' }))
    const sent = await rest('POST', '/documents', {
      token: await login('editor.a@demo.local'),
      form,
    })
    expect(sent.status).toBe(201)
    expect(sent.body.doc.filename).toBe(`คู่มือการให้บริการประชาชน.${hashOf(data)}.pdf`)
    const served = await rest('GET', apiPath(sent.body.doc.url))
    expect(served.status).toBe(200)
    expect(served.bytes.equals(data)).toBe(true)

    const long = 'ประกาศสถานีตำรวจภูธรเมืองระนองเรื่องการให้บริการประชาชน'.repeat(5)
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'ประกาศ' },
      file: upload(data, `${long}.pdf`, 'application/pdf'),
      ...asEditor(),
    })
    expect(doc.filename).toMatch(new RegExp(`^ประกาศสถานีตำรวจ\\S*\\.${hashOf(data)}\\.pdf$`))
    expect(Buffer.byteLength(doc.filename!)).toBeLessThan(200)
    expect(await filesIn('documents')).toContain(doc.filename)
  })

  it('serves documents, images and image sizes with a long cache lifetime, partial answers included', async () => {
    const data = pdfDocument('ranges')
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'ช่วงไบต์' },
      file: upload(data, 'ranges.pdf', 'application/pdf'),
      ...asEditor(),
    })
    const whole = await rest('GET', apiPath(doc.url))
    expect(whole.status).toBe(200)
    expect(whole.headers.get('cache-control')).toBe(LONG_CACHE)

    const part = await rest('GET', apiPath(doc.url), { headers: { range: 'bytes=0-4' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-4/${data.length}`)
    expect(part.text).toBe('%PDF-')
    expect(part.headers.get('cache-control')).toBe(LONG_CACHE)
    const refused = await rest('GET', apiPath(doc.url), {
      headers: { range: `bytes=${data.length + 10}-` },
    })
    expect(refused.status).toBe(416)
    expect(refused.headers.get('cache-control')).toBeNull()

    const photo = await payload.create({
      collection: 'media',
      data: { tenant: unit, alt: 'ภาพแคช' },
      file: upload(await pngImage(), 'cached.png', 'image/png'),
      ...asEditor(),
    })
    for (const url of [photo.url, photo.sizes?.thumbnail?.url, photo.sizes?.card?.url]) {
      const served = await rest('GET', apiPath(url))
      expect(served.status).toBe(200)
      expect(served.headers.get('cache-control')).toBe(LONG_CACHE)
    }
  })

  it('a new focal point gives the image and its sizes new names: the old ones are never redrawn in place', async () => {
    const photo = await payload.create({
      collection: 'media',
      data: { tenant: unit, alt: 'ภาพจุดโฟกัส' },
      file: upload(await pngImage(1600, 800), 'focus.png', 'image/png'),
      ...asEditor(),
    })
    const edited = await rest(
      'PATCH',
      `/media/${photo.id}?uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=50`,
      {
        token: await login('editor.a@demo.local'),
        body: { alt: 'ภาพจุดโฟกัส' },
      },
    )
    expect(edited.status).toBe(200)
    const after = edited.body.doc
    expect(after.focalX).toBe(10)
    expect(after.filename).toMatch(/^focus\.[0-9a-f]{10}\.png$/)
    expect(after.filename).not.toBe(photo.filename)
    expect(after.sizes.thumbnail.filename).not.toBe(photo.sizes?.thumbnail?.filename)
    const files = await filesIn('media')
    expect(files).toEqual(expect.arrayContaining([after.filename, after.sizes.thumbnail.filename]))
    expect(files).not.toContain(photo.filename)
    expect(files).not.toContain(photo.sizes?.thumbnail?.filename)
  })

  it('generated files are not: their stable URL always serves the newest one', async () => {
    const target = { unit, fiscalYear: 2568, item: 'O15', period: '2024-10' }
    await generateCompanions(await createLocalReq({}, payload), target)
    const stable = await serveCompanion(payload, {
      unit: 'mueang-ranong',
      fiscalYear: '2568',
      item: 'O15',
      file: '2024-10.pdf',
    })
    expect(stable.status).toBe(200)
    expect(stable.headers.get('cache-control')).toBe('no-cache')
    const { docs } = await payload.find({
      collection: 'companion-files',
      where: { key: { equals: fileKey(target, 'pdf') } },
      limit: 1,
      depth: 0,
    })
    const stored = await rest('GET', apiPath(docs[0]!.url))
    expect(stored.status).toBe(200)
    expect(stored.headers.get('cache-control') ?? '').not.toContain('immutable')
  })
})
