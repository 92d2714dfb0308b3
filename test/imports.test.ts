/**
 * สขร.1 rows from the clerk's own sheet: written here with SheetJS (a different library than the
 * exceljs that reads them), previewed (columns mapped, every problem by sheet line, nothing saved),
 * then saved by one confirmation, or refused whole when any line is wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'
import XLSX from 'xlsx'

import { monthValue } from '../src/companions/periods'
import { currentFiscalYear } from '../src/fiscal'
import { closePayload, login, rest, testPayload } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload
let station: Awaited<ReturnType<typeof scratchStation>>
let other: Awaited<ReturnType<typeof scratchStation>>
let editor: string

/** The สขร.1 form's columns as a clerk's sheet heads them. */
const header = [
  'ลำดับที่',
  'งานจัดซื้อหรือจัดจ้าง',
  'วงเงินที่จะซื้อหรือจ้าง (บาท)',
  'ราคากลาง (บาท)',
  'วิธีซื้อหรือจ้าง',
  'ชื่อผู้เสนอราคา',
  'ราคาที่เสนอ (บาท)',
  'ชื่อผู้ได้รับการคัดเลือก',
  'ราคาที่ตกลง (บาท)',
  'เหตุผลที่คัดเลือกโดยสรุป',
  'เลขที่สัญญา',
  'วันที่สัญญา',
  'หมายเหตุ',
]

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
  const sheet = XLSX.utils.aoa_to_sheet([
    ['แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567'],
    [],
    header,
    ...lines,
  ])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'สขร.1')
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))
}

const send = (
  mode: 'preview' | 'confirm',
  file: Buffer,
  name: string,
  target: { id?: number; doc?: Record<string, unknown> },
  token = editor,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), name)
  form.append('_payload', JSON.stringify({ mode, ...target }))
  return rest('POST', '/procurement-summaries/import-rows', { token, form })
}

const count = async () =>
  (
    await payload.count({
      collection: 'procurement-summaries',
      where: { tenant: { equals: station.unit.id } },
    })
  ).totalDocs
const october = () => ({
  doc: { tenant: station.unit.id, month: monthValue({ year: 2024, month: 10 }) },
})

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
    expect(preview.body.rows[0]).toEqual({
      line: 4,
      cells: expect.objectContaining({
        item: 'จัดซื้อวัสดุสำนักงาน ชุดที่ 1',
        method: 'เฉพาะเจาะจง',
      }),
    })
    expect(
      preview.body.mapping.filter((column: { column: number | null }) => column.column == null),
    ).toEqual([])
    expect(preview.body.ignored).toEqual(['หมายเหตุ'])
    expect(await count()).toBe(0)
  })

  it('imports the 50 rows as a draft on confirmation, each column where it belongs', async () => {
    const confirmed = await send('confirm', fifty, 'skr1-october.xlsx', october())
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.imported).toBe(50)
    id = confirmed.body.id
    const doc = (await payload.findByID({
      collection: 'procurement-summaries',
      id,
      draft: true,
      depth: 0,
    })) as any
    expect(doc._status).toBe('draft')
    expect(doc.rows).toHaveLength(50)
    expect(doc.rows[0]).toMatchObject({
      item: 'จัดซื้อวัสดุสำนักงาน ชุดที่ 1',
      budget: 10_100,
      referencePrice: 10_100,
      method: 'specific',
      bidders: [
        expect.objectContaining({ name: 'ร้านเครื่องเขียน 1', price: 10_000 }),
        expect.objectContaining({ name: 'ห้างหุ้นส่วน 1', price: 10_100 }),
      ],
      winner: { name: 'ร้านเครื่องเขียน 1', price: 10_000 },
      contract: { number: '1/2568' },
    })
    // "2/10/2567" is 2 October 2024, day first, Buddhist era.
    expect(new Date(doc.rows[0].contract.date).toISOString().slice(0, 10)).toBe('2024-10-02')
    expect(doc.rows[1].method).toBe('e-bidding')
    // Complete as imported: the editor can submit it for approval at once.
    await payload.update({
      collection: 'procurement-summaries',
      id,
      data: { approval: { state: 'submitted' } } as never,
      draft: true,
      user: station.editor,
      overrideAccess: false,
    })
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
      expect.stringMatching(
        /^แถวที่ 43: รายชื่อผู้เสนอราคาและราคาที่เสนอ: มีชื่อ 2 ราย แต่มีราคา 1 ราคา/,
      ),
    ])
    const before = (await payload.findByID({
      collection: 'procurement-summaries',
      id,
      draft: true,
      depth: 0,
    })) as any
    const confirmed = await send('confirm', bad, 'skr1-bad.xlsx', { id })
    expect(confirmed.status).toBe(400)
    expect(confirmed.body.problems).toHaveLength(3)
    const after = (await payload.findByID({
      collection: 'procurement-summaries',
      id,
      draft: true,
      depth: 0,
    })) as any
    expect(after.rows).toEqual(before.rows)
    expect(after.approval.state).toBe('submitted')
  })

  it('reads a CSV too, and names what a save would refuse (a second October) by its rule', async () => {
    const csv = Buffer.from(
      '\uFEFF' +
        [header.slice(0, 5).join(','), '1,จัดซื้อน้ำดื่ม,"1,200",1200,เฉพาะเจาะจง'].join('\r\n'),
      'utf8',
    )
    const preview = await send('preview', csv, 'skr1.csv', october())
    expect(preview.status).toBe(200)
    expect(preview.body.rows).toEqual([
      {
        line: 2,
        cells: {
          order: '1',
          item: 'จัดซื้อน้ำดื่ม',
          budget: '1,200',
          referencePrice: '1200',
          method: 'เฉพาะเจาะจง',
        },
      },
    ])
    // October already has its document: the dry run runs the one-per-month rule.
    expect(preview.body.problems.join('\n')).toMatch(/ประจำเดือน/)
    expect(await count()).toBe(1)
  })

  it("refuses another unit's document, an unreadable file and a sheet without the form's columns", async () => {
    const foreign = await payload.create({
      collection: 'procurement-summaries',
      data: { tenant: other.unit.id, month: monthValue({ year: 2024, month: 10 }) } as never,
      draft: true,
    })
    expect((await send('preview', fifty, 'x.xlsx', { id: foreign.id })).status).toBe(404)
    const garbage = await send(
      'preview',
      Buffer.from('PK\u0003\u0004 not really a workbook'),
      'broken.xlsx',
      october(),
    )
    expect(garbage.status).toBe(400)
    expect(garbage.text).toContain('อ่านไฟล์ไม่ได้')
    const unrelated = await send(
      'preview',
      Buffer.from('ชื่อ,ที่อยู่\nก,ข\n'),
      'people.csv',
      october(),
    )
    expect(unrelated.status).toBe(400)
    expect(unrelated.text).toContain('ไม่พบคอลัมน์ งานจัดซื้อหรือจัดจ้าง')
  })
})

describe('statistics rows from CSV', () => {
  const csv = (lines: string[][]) =>
    Buffer.from(
      '\uFEFF' + lines.map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n'),
      'utf8',
    )
  const to = (
    collection: string,
    mode: 'preview' | 'confirm',
    file: Buffer,
    doc: Record<string, unknown>,
  ) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)]), 'stats.csv')
    form.append('_payload', JSON.stringify({ mode, doc }))
    return rest('POST', `/${collection}/import-rows`, { token: editor, form })
  }
  const november = { tenant: 0, month: monthValue({ year: 2024, month: 11 }) }

  it("O11 crime statistics: offence groups named by their words become the framework's groups", async () => {
    const { docs } = await payload.find({
      collection: 'oit-frameworks',
      where: {
        and: [{ unitType: { equals: 'police-station' } }, { fiscalYear: { equals: 2568 } }],
      },
      depth: 0,
      limit: 1,
    })
    const groups = ((docs[0] as any).items as any[]).flatMap((item) => item.crimeGroups ?? []) as {
      key: string
      label: string
    }[]
    expect(groups.length).toBeGreaterThan(2)
    const lines = [
      ['กลุ่มคดี', 'รับแจ้ง (คดี)', 'จับ (คดี)', 'ผู้ต้องหา (คน)'],
      ...groups.map((group, index) => [
        group.label,
        `${index + 3}`,
        `${index + 2}`,
        `${index + 1}`,
      ]),
    ]
    const doc = { ...november, tenant: station.unit.id }
    const wrong = await to(
      'crime-statistics',
      'preview',
      csv([...lines.slice(0, 2), ['คดีที่ไม่มีในเกณฑ์', '1', '1', '1'], ...lines.slice(2)]),
      doc,
    )
    expect(wrong.body.problems).toEqual([
      expect.stringMatching(/^แถวที่ 3: กลุ่มคดี แถวที่ 2: ไม่มีกลุ่มคดี "คดีที่ไม่มีในเกณฑ์"/),
    ])
    const confirmed = await to('crime-statistics', 'confirm', csv(lines), doc)
    expect(confirmed.status).toBe(200)
    const saved = (await payload.findByID({
      collection: 'crime-statistics',
      id: confirmed.body.id,
      draft: true,
      depth: 0,
    })) as any
    expect(
      saved.rows.map((row: any) => [row.group, row.reported, row.arrested, row.suspects]),
    ).toEqual(groups.map((group, index) => [group.key, index + 3, index + 2, index + 1]))
  })

  it("O11: a new report's form opens with a row per offence group of the unit's framework in force", async () => {
    const { docs } = await payload.find({
      collection: 'oit-frameworks',
      where: {
        and: [
          { unitType: { equals: 'police-station' } },
          { fiscalYear: { less_than_equal: currentFiscalYear() } },
        ],
      },
      sort: '-fiscalYear',
      depth: 0,
      limit: 1,
    })
    const groups = ((docs[0] as any).items as any[]).flatMap((item) => item.crimeGroups ?? []) as {
      key: string
      label: string
    }[]
    const rows = payload.collections['crime-statistics'].config.flattenedFields.find(
      (field) => field.name === 'rows',
    ) as { defaultValue: (args: unknown) => Promise<unknown> }
    const req = await createLocalReq({ user: station.editor as never }, payload)
    req.headers = new Headers({ cookie: `payload-tenant=${station.unit.id}` })
    expect(await rows.defaultValue({ req, user: station.editor, locale: 'th' })).toEqual(
      groups.map(({ key, label }) => ({ group: key, label })),
    )
    // Saved without a number, the rows are the report's own framework's, whatever the form held.
    const saved = await payload.create({
      collection: 'crime-statistics',
      draft: true,
      data: {
        tenant: station.unit.id,
        month: monthValue({ year: 2026, month: 12 }),
        rows: [{ group: 'not-a-group', label: 'x' }],
      } as never,
    })
    expect((saved as any).rows.map((row: any) => row.group)).toEqual(groups.map(({ key }) => key))
  })

  it('O11 checkpoint statistics: arrests by offence', async () => {
    const confirmed = await to(
      'checkpoint-statistics',
      'confirm',
      csv([
        ['ข้อหา', 'จำนวน (ราย)'],
        ['เมาแล้วขับ', '12'],
        ['ยาเสพติด', '3'],
      ]),
      {
        ...november,
        tenant: station.unit.id,
        checkpoints: 20,
        officers: 8,
        vehiclesChecked: 400,
        personsChecked: 520,
      },
    )
    expect(confirmed.status).toBe(200)
    const saved = (await payload.findByID({
      collection: 'checkpoint-statistics',
      id: confirmed.body.id,
      draft: true,
      depth: 0,
    })) as any
    expect(saved.arrests.map((row: any) => [row.offence, row.count])).toEqual([
      ['เมาแล้วขับ', 12],
      ['ยาเสพติด', 3],
    ])
    expect(saved.checkpoints).toBe(20)
  })
})

/**
 * O15 rows from the Comptroller General's contract data as data.go.th publishes it: JSON in the
 * govspending `cgdcontract` shape (projects with their contracts) and a flat CSV, both written
 * here.
 */
describe('สขร.1 rows from the Comptroller General’s contract data (data.go.th)', () => {
  const DEPT = '0307020202'
  const project = (
    id: string,
    name: string,
    dept: string,
    method: string,
    money: number,
    build: number,
    contracts: { winner: string; price: number; no: string; date: string }[],
  ) => ({
    project_id: id,
    project_name: name,
    project_type_name: 'ซื้อ',
    dept_code: dept,
    dept_sub_name: dept === DEPT ? station.unit.name : 'สถานีตำรวจภูธรอื่น',
    purchase_method_name: method,
    project_money: money,
    price_build: build,
    sum_price_agree: contracts.reduce((sum, contract) => sum + contract.price, 0),
    budget_year: '2570',
    contract: contracts.map((contract) => ({
      winner_tin: '0105555000000',
      winner: contract.winner,
      contract_no: contract.no,
      contract_date: contract.date,
      price_agree: contract.price,
      status: 'อยู่ระหว่างดำเนินการ',
    })),
  })
  const data = () => ({
    result: [
      project('69109100001', 'ซื้อวัสดุสำนักงาน', DEPT, 'เฉพาะเจาะจง', 45_000, 45_000, [
        { winner: 'ร้านรุ่งเรืองพาณิชย์', price: 44_500, no: '1/2570', date: '2026-10-15' },
      ]),
      project(
        '69109100002',
        'จ้างปรับปรุงห้องควบคุมผู้ต้องหา',
        DEPT,
        'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
        980_000,
        975_000,
        [
          { winner: 'หจก.ก่อสร้างระนอง', price: 890_000, no: '2/2570', date: '2026-10-28' },
          { winner: 'บริษัท ไฟฟ้าอันดามัน จำกัด', price: 60_000, no: '3/2570', date: '2026-10-29' },
        ],
      ),
      project('69119100003', 'ซื้อน้ำมันเชื้อเพลิง', DEPT, 'เฉพาะเจาะจง', 30_000, 30_000, [
        { winner: 'หจก.ปั๊มน้ำมัน', price: 29_800, no: '4/2570', date: '2026-11-03' },
      ]),
      project('69109100004', 'ซื้อครุภัณฑ์', '0307999999', 'เฉพาะเจาะจง', 12_000, 12_000, [
        { winner: 'ร้านอื่น', price: 12_000, no: '9/2570', date: '2026-10-10' },
      ]),
    ],
  })
  const json = () => Buffer.from(JSON.stringify(data()), 'utf8')
  const month = (value: number, year = 2026) => ({
    doc: { tenant: station.unit.id, month: monthValue({ year, month: value }) },
  })

  beforeAll(async () => {
    await payload.update({
      collection: 'units',
      id: station.unit.id,
      data: { internal: { egpDeptsubId: DEPT } },
    })
  })

  it('previews the unit’s contracts of the month from JSON, one row per contract, and says what the data lacks', async () => {
    const preview = await send('preview', json(), 'cgdcontract.json', month(10))
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([])
    expect(preview.body.notes[0]).toContain(
      'ในไฟล์ 5 สัญญา ของหน่วยงานนี้ 4 สัญญา ลงนามในเดือนตุลาคม 2569 3 สัญญา',
    )
    expect(preview.body.notes[1]).toContain('ไม่มีรายชื่อผู้เสนอราคารายอื่นและเหตุผลที่คัดเลือก')
    expect(
      preview.body.rows.map((row: { cells: Record<string, string> }) => [
        row.cells.item,
        row.cells.winnerName,
        row.cells.contractNumber,
      ]),
    ).toEqual([
      ['ซื้อวัสดุสำนักงาน', 'ร้านรุ่งเรืองพาณิชย์', '1/2570'],
      ['จ้างปรับปรุงห้องควบคุมผู้ต้องหา', 'หจก.ก่อสร้างระนอง', '2/2570'],
      ['จ้างปรับปรุงห้องควบคุมผู้ต้องหา', 'บริษัท ไฟฟ้าอันดามัน จำกัด', '3/2570'],
    ])
  })

  it('saves them as the month’s draft: the specific method’s winner as its one bidder, the rest left to the clerk and named at publish', async () => {
    const confirmed = await send('confirm', json(), 'cgdcontract.json', month(10))
    expect(confirmed.status).toBe(200)
    const doc = (await payload.findByID({
      collection: 'procurement-summaries',
      id: confirmed.body.id,
      draft: true,
      depth: 0,
    })) as any
    expect(doc.rows).toHaveLength(3)
    expect(doc.rows[0]).toMatchObject({
      item: 'ซื้อวัสดุสำนักงาน',
      budget: 45_000,
      referencePrice: 45_000,
      method: 'specific',
      bidders: [expect.objectContaining({ name: 'ร้านรุ่งเรืองพาณิชย์', price: 44_500 })],
      winner: { name: 'ร้านรุ่งเรืองพาณิชย์', price: 44_500 },
      contract: { number: '1/2570' },
    })
    expect(new Date(doc.rows[0].contract.date).toISOString().slice(0, 10)).toBe('2026-10-15')
    expect(doc.rows[1]).toMatchObject({
      method: 'e-bidding',
      budget: 980_000,
      winner: { name: 'หจก.ก่อสร้างระนอง', price: 890_000 },
    })
    expect(doc.rows[1].bidders ?? []).toEqual([])
    const approver = await login(station.approver.email, 'test-password')
    const publish = await rest('PATCH', `/procurement-summaries/${doc.id}`, {
      token: approver,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(publish.text).toContain('แถวที่ 2: รายชื่อผู้เสนอราคาและราคาที่เสนอ')
  })

  it('reads the flat CSV download too (Buddhist-era dates), for another month', async () => {
    const columns = [
      'project_id',
      'project_name',
      'dept_code',
      'dept_sub_name',
      'purchase_method_name',
      'project_money',
      'price_build',
      'winner',
      'price_agree',
      'contract_no',
      'contract_date',
    ]
    const rows = data().result.flatMap((p) =>
      p.contract.map((c) => [
        p.project_id,
        p.project_name,
        p.dept_code,
        p.dept_sub_name,
        p.purchase_method_name,
        p.project_money,
        p.price_build,
        c.winner,
        c.price_agree,
        c.contract_no,
        c.contract_date.replace(
          /^(\d{4})-(\d{2})-(\d{2})$/,
          (_, y, m, d) => `${d}/${m}/${Number(y) + 543}`,
        ),
      ]),
    )
    const csv = Buffer.from(
      '\uFEFF' +
        [columns, ...rows].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n'),
      'utf8',
    )
    const preview = await send('preview', csv, 'cgdcontract.csv', month(11))
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([])
    expect(preview.body.rows).toEqual([
      expect.objectContaining({
        cells: expect.objectContaining({
          item: 'ซื้อน้ำมันเชื้อเพลิง',
          winnerPrice: '29800',
          contractDate: '03/11/2569',
        }),
      }),
    ])
  })

  it('names the unit’s code when the month has none of its contracts, saving nothing', async () => {
    const before = await count()
    const reply = await send('confirm', json(), 'cgdcontract.json', month(12))
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toContain(
      `ไม่พบสัญญาของหน่วยงานนี้ (รหัส e-GP ${DEPT}) ที่ลงนามในเดือนธันวาคม 2569`,
    )
    expect(await count()).toBe(before)
  })

  it('without an e-GP code, matches the unit by its full name', async () => {
    await payload.update({
      collection: 'units',
      id: station.unit.id,
      data: { internal: { egpDeptsubId: null } },
    })
    const preview = await send('preview', json(), 'cgdcontract.json', month(10, 2026))
    expect(preview.body.notes[0]).toContain('ของหน่วยงานนี้ 4 สัญญา')
  })

  it('refuses to read for a unit the editor is not in', async () => {
    const reply = await send('preview', json(), 'cgdcontract.json', {
      doc: { tenant: other.unit.id, month: monthValue({ year: 2026, month: 10 }) },
    })
    expect(reply.status).toBe(403)
  })
})
