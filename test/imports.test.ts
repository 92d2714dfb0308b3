/**
 * สขร.1 rows from the clerk's own sheet: written here with SheetJS (a different library than the
 * exceljs that reads them), previewed (columns mapped, every problem by sheet line, nothing saved),
 * then saved by one confirmation, or refused whole when any line is wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import XLSX from 'xlsx'

import { monthValue } from '../src/companions/periods'
import { closePayload, login, rest, testPayload } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload
let station: Awaited<ReturnType<typeof scratchStation>>
let other: Awaited<ReturnType<typeof scratchStation>>
let editor: string

/** The สขร.1 form's columns as a clerk's sheet heads them. */
const header = ['ลำดับที่', 'งานจัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง (บาท)', 'ราคากลาง (บาท)', 'วิธีซื้อหรือจ้าง', 'ชื่อผู้เสนอราคา', 'ราคาที่เสนอ (บาท)', 'ชื่อผู้ได้รับการคัดเลือก', 'ราคาที่ตกลง (บาท)', 'เหตุผลที่คัดเลือกโดยสรุป', 'เลขที่สัญญา', 'วันที่สัญญา', 'หมายเหตุ']

const line = (n: number) => [
  n,
  `จัดซื้อวัสดุสำนักงาน ชุดที่ ${n}`,
  `${(10_000 + n * 100).toLocaleString('en-US')}`,
  10_000 + n * 100,
  n % 2 ? 'เฉพาะเจาะจง' : 'e-bidding',
  `ร้านเครื่องเขียน ${n}\nห้างหุ้นส่วน ${n}`,
  `${9_900 + n * 100}\n${10_000 + n * 100}`,
  `ร้านเครื่องเขียน ${n}`,
  9_900 + n * 100,
  'เป็นผู้มีคุณสมบัติถูกต้องและเสนอราคาต่ำสุด',
  `${n}/2568`,
  `${1 + (n % 28)}/10/2567`,
  '',
]

/** A sheet with the form's title above its table, as clerks keep it. */
const xlsx = (lines: unknown[][]) => {
  const sheet = XLSX.utils.aoa_to_sheet([['แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567'], [], header, ...lines])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'สขร.1')
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))
}

const send = (mode: 'preview' | 'confirm', file: Buffer, name: string, target: { id?: number; doc?: Record<string, unknown> }, token = editor) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), name)
  form.append('_payload', JSON.stringify({ mode, ...target }))
  return rest('POST', '/procurement-summaries/import-rows', { token, form })
}

const count = async () => (await payload.count({ collection: 'procurement-summaries', where: { tenant: { equals: station.unit.id } } })).totalDocs
const october = () => ({ doc: { tenant: station.unit.id, month: monthValue({ year: 2024, month: 10 }) } })

beforeAll(async () => {
  payload = await testPayload()
  station = await scratchStation(payload, 'imports')
  other = await scratchStation(payload, 'imports-other')
  editor = await login(station.editor.email, 'test-password')
})
afterAll(closePayload)

describe('สขร.1 rows from Excel', () => {
  const fifty = xlsx(Array.from({ length: 50 }, (_, index) => line(index + 1)))
  let id: number

  it('previews a 50-row sheet: columns found by their headers, every row read, nothing saved', async () => {
    const preview = await send('preview', fifty, 'skr1-october.xlsx', october())
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([])
    expect(preview.body.rows).toHaveLength(50)
    // The header is on the sheet's third line: the first row of data is line 4.
    expect(preview.body.rows[0]).toEqual({ line: 4, cells: expect.objectContaining({ item: 'จัดซื้อวัสดุสำนักงาน ชุดที่ 1', method: 'เฉพาะเจาะจง' }) })
    expect(preview.body.mapping.filter((column: { column: number | null }) => column.column == null)).toEqual([])
    expect(preview.body.ignored).toEqual(['หมายเหตุ'])
    expect(await count()).toBe(0)
  })

  it('imports the 50 rows as a draft on confirmation, each column where it belongs', async () => {
    const confirmed = await send('confirm', fifty, 'skr1-october.xlsx', october())
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.imported).toBe(50)
    id = confirmed.body.id
    const doc = (await payload.findByID({ collection: 'procurement-summaries', id, draft: true, depth: 0 })) as any
    expect(doc._status).toBe('draft')
    expect(doc.rows).toHaveLength(50)
    expect(doc.rows[0]).toMatchObject({
      item: 'จัดซื้อวัสดุสำนักงาน ชุดที่ 1',
      budget: 10_100,
      referencePrice: 10_100,
      method: 'specific',
      bidders: [expect.objectContaining({ name: 'ร้านเครื่องเขียน 1', price: 10_000 }), expect.objectContaining({ name: 'ห้างหุ้นส่วน 1', price: 10_100 })],
      winner: { name: 'ร้านเครื่องเขียน 1', price: 10_000 },
      contract: { number: '1/2568' },
    })
    // "2/10/2567" is 2 October 2024, day first, Buddhist era.
    expect(new Date(doc.rows[0].contract.date).toISOString().slice(0, 10)).toBe('2024-10-02')
    expect(doc.rows[1].method).toBe('e-bidding')
    // Complete as imported: the editor can submit it for approval at once.
    await payload.update({ collection: 'procurement-summaries', id, data: { approval: { state: 'submitted' } } as never, draft: true, user: station.editor, overrideAccess: false })
  })

  it('refuses a sheet with 3 bad lines whole, naming each line and field, and changes nothing', async () => {
    const lines = Array.from({ length: 50 }, (_, index) => line(index + 1))
    lines[4]![2] = 'สี่หมื่นบาท'
    lines[11]![4] = 'จ้างเหมา'
    lines[39]![6] = '39,000'
    const bad = xlsx(lines)
    const preview = await send('preview', bad, 'skr1-bad.xlsx', { id })
    expect(preview.status).toBe(200)
    expect(preview.body.replaced).toBe(50)
    expect(preview.body.problems).toEqual([
      'แถวที่ 8: วงเงินที่จะซื้อหรือจ้าง (บาท): ต้องเป็นจำนวนเงิน เช่น 45,000 / Line 8: Budget (baht): must be an amount such as 45,000',
      expect.stringMatching(/^แถวที่ 15: วิธีซื้อหรือจ้าง: ไม่รู้จักวิธี "จ้างเหมา"/),
      expect.stringMatching(/^แถวที่ 43: รายชื่อผู้เสนอราคาและราคาที่เสนอ: มีชื่อ 2 ราย แต่มีราคา 1 ราคา/),
    ])
    const before = (await payload.findByID({ collection: 'procurement-summaries', id, draft: true, depth: 0 })) as any
    const confirmed = await send('confirm', bad, 'skr1-bad.xlsx', { id })
    expect(confirmed.status).toBe(400)
    expect(confirmed.body.problems).toHaveLength(3)
    const after = (await payload.findByID({ collection: 'procurement-summaries', id, draft: true, depth: 0 })) as any
    expect(after.rows).toEqual(before.rows)
    expect(after.approval.state).toBe('submitted')
  })

  it('reads a CSV too, and names what a save would refuse (a second October) by its rule', async () => {
    const csv = Buffer.from('\uFEFF' + [header.slice(0, 5).join(','), '1,จัดซื้อน้ำดื่ม,"1,200",1200,เฉพาะเจาะจง'].join('\r\n'), 'utf8')
    const preview = await send('preview', csv, 'skr1.csv', october())
    expect(preview.status).toBe(200)
    expect(preview.body.rows).toEqual([{ line: 2, cells: { order: '1', item: 'จัดซื้อน้ำดื่ม', budget: '1,200', referencePrice: '1200', method: 'เฉพาะเจาะจง' } }])
    // October already has its document: the dry run runs the one-per-month rule.
    expect(preview.body.problems.join('\n')).toMatch(/ประจำเดือน/)
    expect(await count()).toBe(1)
  })

  it("refuses another unit's document, an unreadable file and a sheet without the form's columns", async () => {
    const foreign = await payload.create({ collection: 'procurement-summaries', data: { tenant: other.unit.id, month: monthValue({ year: 2024, month: 10 }) } as never, draft: true })
    expect((await send('preview', fifty, 'x.xlsx', { id: foreign.id })).status).toBe(404)
    const garbage = await send('preview', Buffer.from('PK\u0003\u0004 not really a workbook'), 'broken.xlsx', october())
    expect(garbage.status).toBe(400)
    expect(garbage.text).toContain('อ่านไฟล์ไม่ได้')
    const unrelated = await send('preview', Buffer.from('ชื่อ,ที่อยู่\nก,ข\n'), 'people.csv', october())
    expect(unrelated.status).toBe(400)
    expect(unrelated.text).toContain('ไม่พบคอลัมน์ งานจัดซื้อหรือจัดจ้าง')
  })
})

describe('statistics rows from CSV', () => {
  const csv = (lines: string[][]) => Buffer.from('\uFEFF' + lines.map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n'), 'utf8')
  const to = (collection: string, mode: 'preview' | 'confirm', file: Buffer, doc: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)]), 'stats.csv')
    form.append('_payload', JSON.stringify({ mode, doc }))
    return rest('POST', `/${collection}/import-rows`, { token: editor, form })
  }
  const november = { tenant: 0, month: monthValue({ year: 2024, month: 11 }) }

  it("O11 crime statistics: offence groups named by their words become the framework's groups", async () => {
    const { docs } = await payload.find({ collection: 'oit-frameworks', where: { and: [{ unitType: { equals: 'police-station' } }, { fiscalYear: { equals: 2568 } }] }, depth: 0, limit: 1 })
    const groups = ((docs[0] as any).items as any[]).flatMap((item) => item.crimeGroups ?? []) as { key: string; label: string }[]
    expect(groups.length).toBeGreaterThan(2)
    const lines = [['กลุ่มคดี', 'รับแจ้ง (คดี)', 'จับ (คดี)', 'ผู้ต้องหา (คน)'], ...groups.map((group, index) => [group.label, `${index + 3}`, `${index + 2}`, `${index + 1}`])]
    const doc = { ...november, tenant: station.unit.id }
    const wrong = await to('crime-statistics', 'preview', csv([...lines.slice(0, 2), ['คดีที่ไม่มีในเกณฑ์', '1', '1', '1'], ...lines.slice(2)]), doc)
    expect(wrong.body.problems).toEqual([expect.stringMatching(/^แถวที่ 3: กลุ่มคดี แถวที่ 2: ไม่มีกลุ่มคดี "คดีที่ไม่มีในเกณฑ์"/)])
    const confirmed = await to('crime-statistics', 'confirm', csv(lines), doc)
    expect(confirmed.status).toBe(200)
    const saved = (await payload.findByID({ collection: 'crime-statistics', id: confirmed.body.id, draft: true, depth: 0 })) as any
    expect(saved.rows.map((row: any) => [row.group, row.reported, row.arrested, row.suspects])).toEqual(groups.map((group, index) => [group.key, index + 3, index + 2, index + 1]))
  })

  it('O11 checkpoint statistics: arrests by offence', async () => {
    const confirmed = await to('checkpoint-statistics', 'confirm', csv([['ข้อหา', 'จำนวน (ราย)'], ['เมาแล้วขับ', '12'], ['ยาเสพติด', '3']]), { ...november, tenant: station.unit.id, checkpoints: 20, officers: 8, vehiclesChecked: 400, personsChecked: 520 })
    expect(confirmed.status).toBe(200)
    const saved = (await payload.findByID({ collection: 'checkpoint-statistics', id: confirmed.body.id, draft: true, depth: 0 })) as any
    expect(saved.arrests.map((row: any) => [row.offence, row.count])).toEqual([['เมาแล้วขับ', 12], ['ยาเสพติด', 3]])
    expect(saved.checkpoints).toBe(20)
  })
})
