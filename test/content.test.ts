import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { richText } from '../src/content/richText'
import { pdfDocument, pngImage, upload } from './helpers/files'
import { closePayload, rejection, testPayload } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

type Staff = Awaited<ReturnType<typeof scratchStation>>['approver']
type Data = Record<string, unknown>
type Doc = Data & { id: number | string }

let payload: Payload
let unit: number
let approver: Staff
let editor: Staff
const ids = { media: 0, document: 0, lawCategory: 0 }

const text = (value: string) => richText([value])
const month = (ceYear: number, m: number) => new Date(Date.UTC(ceYear, m - 1, 1, 12)).toISOString()
const day = (ceYear: number, m: number, d: number) =>
  new Date(Date.UTC(ceYear, m - 1, d, 12)).toISOString()
const lines = ['administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry']

/**
 * One case per content collection: an incomplete draft (saved), a value that fails validation
 * (refused with a Thai message naming the field), what a publish of the draft must list as missing,
 * and the data that completes it for publishing.
 */
type Case = {
  collection: string
  draft: () => Data
  invalid?: { data: () => Data; path: string; says: string }
  missing: string[]
  complete: (draft: Doc) => Data
  /** Checks on the published document (computed fields). */
  published?: (doc: Doc) => void
}

const cases: Case[] = [
  {
    collection: 'executives',
    draft: () => ({ firstName: 'สมชาย' }),
    invalid: {
      data: () => ({ firstName: 'สมชาย', directPhone: '12ab' }),
      path: 'directPhone',
      says: 'เบอร์โทรศัพท์ติดต่อโดยตรง: เบอร์โทรศัพท์ไม่ถูกต้อง',
    },
    missing: ['ยศ', 'นามสกุล', 'ตำแหน่ง', 'รูปถ่าย', 'เบอร์โทรศัพท์ติดต่อโดยตรง'],
    complete: () => ({
      rank: 'pol-col-f',
      lastName: 'ใจดี',
      position: 'ผู้กำกับการ',
      photo: ids.media,
      directPhone: '081-234-5678',
    }),
    published: (doc) => expect(doc.fullName).toBe('สมชาย ใจดี'),
  },
  {
    collection: 'org-structures',
    draft: () => ({ asOf: day(2025, 1, 1) }),
    invalid: {
      data: () => ({
        asOf: day(2025, 1, 1),
        manpower: [{ positionGroup: 'สัญญาบัตร', allotted: -1 }],
      }),
      path: 'manpower.0.allotted',
      says: 'อัตราตามกรอบ: ต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป',
    },
    missing: ['แผนผังโครงสร้าง', 'อัตรากำลัง'],
    complete: () => ({
      orgChart: { relationTo: 'media', value: ids.media },
      manpower: [{ positionGroup: 'สัญญาบัตร', allotted: 20, actual: 18 }],
    }),
    published: (doc) => expect(doc.fiscalYear).toBe(2568),
  },
  {
    collection: 'authorities',
    draft: () => ({ preparedMonth: month(2024, 12) }),
    invalid: {
      data: () => ({
        preparedMonth: month(2024, 12),
        area: [{ subdistrict: 'เขานิเวศน์', population: -5 }],
      }),
      path: 'area.0.population',
      says: 'จำนวนประชากร (คน): ต้องเป็นตัวเลข',
    },
    missing: ['อำนาจหน้าที่ของหน่วยงาน', 'อำนาจหน้าที่ของแต่ละสายงาน', 'พื้นที่รับผิดชอบ'],
    complete: () => ({
      mission: text('รักษาความสงบเรียบร้อยในพื้นที่'),
      lines: [{ lineOfWork: 'administration', mission: text('อำนวยการ') }],
      area: [{ district: 'เมืองระนอง', subdistrict: 'เขานิเวศน์', population: 25_000 }],
    }),
  },
  {
    collection: 'laws',
    draft: () => ({
      title: 'พระราชบัญญัติจราจรทางบก พ.ศ. 2522',
      category: ids.lawCategory,
      kind: 'act',
      year: 2522,
    }),
    invalid: {
      data: () => ({ title: 'ก', category: ids.lawCategory, link: 'ratchakitcha' }),
      path: 'link',
      says: 'ลิงก์: ลิงก์ต้องขึ้นต้นด้วย https://',
    },
    missing: ['ไฟล์หรือลิงก์ไปยังตัวกฎหมาย'],
    complete: () => ({ link: 'https://www.ratchakitcha.soc.go.th/' }),
  },
  {
    collection: 'committee-members',
    draft: () => ({ name: 'นายสมศักดิ์ รักถิ่น' }),
    invalid: {
      data: () => ({ name: 'นายสมศักดิ์', termStart: day(2025, 1, 1), termEnd: day(2024, 1, 1) }),
      path: 'termEnd',
      says: 'ต้องไม่ก่อนวันที่เริ่มวาระ',
    },
    missing: ['รูปถ่าย', 'ตำแหน่งในคณะกรรมการ', 'อาชีพ'],
    complete: () => ({ photo: ids.media, committeePosition: 'chair', occupation: 'ค้าขาย' }),
  },
  {
    collection: 'committee-reports',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: { data: () => ({ fiscalYear: 68 }), path: 'fiscalYear', says: 'ต้องเป็นปี พ.ศ.' },
    missing: ['บทบาทและอำนาจหน้าที่ของ กต.ตร.', 'ผลการดำเนินงานในรอบ 6 เดือน'],
    complete: () => ({
      role: text('ตรวจสอบและติดตามการบริหารงานตำรวจ'),
      results: text('ประชุม 3 ครั้ง'),
    }),
  },
  {
    collection: 'news',
    draft: () => ({
      title: 'ผกก. นำกำลังพลประกาศเจตนารมณ์ต่อต้านการทุจริต',
      date: day(2024, 11, 5),
      tags: ['head-participation'],
    }),
    invalid: {
      data: () => ({
        title: 'ข่าว',
        date: day(2024, 11, 5),
        socialLinks: [{ platform: 'facebook', url: 'facebook/page' }],
      }),
      path: 'socialLinks.0.url',
      says: 'ลิงก์: ลิงก์ต้องขึ้นต้นด้วย',
    },
    missing: ['เนื้อหาข่าว', 'ภาพหน้าปก'],
    complete: () => ({ body: text('ประกาศเจตนารมณ์ไม่รับสินบน'), cover: ids.media }),
  },
  {
    collection: 'monthly-reports',
    draft: () => ({ month: month(2024, 10) }),
    invalid: {
      data: () => ({
        month: month(2024, 11),
        activities: [
          { title: 'ตั้งจุดตรวจ', startDate: day(2024, 11, 10), endDate: day(2024, 11, 1) },
        ],
      }),
      path: 'activities.0.endDate',
      says: 'ต้องไม่ก่อนวันที่เริ่ม',
    },
    missing: ['สรุปการปฏิบัติงานประจำเดือน', 'โครงการ/กิจกรรม'],
    complete: () => ({
      summary: text('ปฏิบัติงานตามแผน'),
      activities: [
        {
          title: 'ตั้งจุดตรวจ',
          details: 'ตั้งจุดตรวจร่วม',
          startDate: day(2024, 10, 1),
          endDate: day(2024, 10, 31),
          section: 'งานป้องกันปราบปราม',
          photos: [ids.media],
        },
      ],
    }),
  },
  {
    collection: 'manuals',
    draft: () => ({ title: 'คู่มือการปฏิบัติงานจราจร', audience: 'staff' }),
    missing: ['ไฟล์คู่มือ', 'สายงาน', 'คำอธิบาย'],
    complete: () => ({
      file: ids.document,
      lineOfWork: 'traffic',
      description: 'ขั้นตอนการตั้งจุดตรวจ',
    }),
  },
  {
    collection: 'e-services',
    draft: () => ({ name: 'ระบบนัดหมายออนไลน์', kind: 'other' }),
    invalid: {
      data: () => ({ name: 'ระบบ', url: 'ftp://example.go.th' }),
      path: 'url',
      says: 'ลิงก์ของบริการ: ลิงก์ต้องขึ้นต้นด้วย',
    },
    missing: ['ลิงก์ของบริการ'],
    complete: () => ({ url: 'https://booking.example.go.th/' }),
  },
  {
    collection: 'crime-statistics',
    draft: () => ({ month: month(2024, 10) }),
    invalid: {
      data: () => ({ month: month(2024, 11), rows: [{ group: 'traffic-offences', reported: 1 }] }),
      path: 'rows.0.group',
      says: 'ไม่มีกลุ่มคดี "traffic-offences"',
    },
    missing: ['รับแจ้ง (คดี)', 'จับ (คดี)', 'ผู้ต้องหา (คน)'],
    complete: (draft) => ({
      rows: (draft.rows as Data[]).map((row, i) => ({
        ...row,
        reported: 10 + i,
        arrested: 5 + i,
        suspects: 6 + i,
      })),
    }),
    published: (doc) =>
      expect((doc.rows as Data[]).map((row) => row.group)).toEqual([
        'life-body-sex',
        'property',
        'special-offences',
        'state-victim',
      ]),
  },
  {
    collection: 'checkpoint-statistics',
    draft: () => ({ month: month(2024, 10) }),
    invalid: {
      data: () => ({ month: month(2024, 11), checkpoints: -1 }),
      path: 'checkpoints',
      says: 'จำนวนครั้งที่ตั้งจุดตรวจ/จุดสกัด: ต้องเป็นตัวเลข',
    },
    missing: [
      'จำนวนครั้งที่ตั้งจุดตรวจ/จุดสกัด',
      'จำนวนเจ้าหน้าที่',
      'ยานพาหนะที่ตรวจ',
      'บุคคลที่ตรวจ',
    ],
    complete: () => ({
      checkpoints: 12,
      officers: 48,
      vehiclesChecked: 930,
      personsChecked: 1210,
      arrests: [{ offence: 'เมาแล้วขับ', count: 7 }],
    }),
  },
  {
    collection: 'budget-reports',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: {
      data: () => ({
        fiscalYear: 2568,
        sources: [{ source: 'งบดำเนินงาน', allocated: 100, planQ1: 60, planQ2: 60 }],
      }),
      path: 'sources.0.planQ4',
      says: 'แผนรายไตรมาสรวม 120 บาท เกินวงเงินที่ได้รับ 100 บาท',
    },
    missing: [
      'แผนการใช้จ่ายตามแหล่งงบประมาณ',
      'ปัญหา อุปสรรค',
      'วันที่รายงานหัวหน้าหน่วยงาน',
      'รายงานต่อ (ชื่อ/ตำแหน่ง)',
    ],
    complete: () => ({
      sources: [
        {
          source: 'งบดำเนินงาน',
          allocated: 100_000,
          planQ1: 25_000,
          planQ2: 25_000,
          planQ3: 25_000,
          planQ4: 25_000,
          spentQ1: 20_000,
          spentQ2: 22_000,
        },
      ],
      problems: 'งบประมาณล่าช้า',
      reportedToHeadOn: day(2025, 4, 5),
      reportedTo: 'ผกก.สภ.เมืองระนอง',
    }),
    published: (doc) =>
      expect((doc.sources as Data[])[0]).toMatchObject({
        planFirstHalf: 50_000,
        spentFirstHalf: 42_000,
        percentOfPlan: 84,
      }),
  },
  {
    collection: 'investigation-fund-reports',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: {
      data: () => ({
        fiscalYear: 2568,
        allocated: 50_000,
        spending: [
          { period: 'q1', amount: 1 },
          { period: 'm11', amount: 1 },
        ],
      }),
      path: 'spending.1.period',
      says: 'ช่วงเวลาซ้อนกับแถวที่ 1',
    },
    missing: ['เงินกองทุนที่ได้รับจัดสรร (บาท)', 'การใช้จ่ายเงินกองทุน'],
    complete: () => ({
      allocated: 50_000,
      spending: [
        { period: 'q1', cases: 3, amount: 10_000 },
        { period: 'q2', cases: 1, amount: 5_000 },
      ],
    }),
    published: (doc) => expect(doc).toMatchObject({ totalSpent: 15_000, balance: 35_000 }),
  },
  {
    collection: 'procurement-announcements',
    draft: () => ({ date: day(2024, 11, 10) }),
    invalid: {
      data: () => ({ date: day(2024, 11, 10), noneDeclared: true, kind: 'plan' }),
      path: 'noneDeclared',
      says: 'ให้เลือกอย่างใดอย่างหนึ่ง',
    },
    missing: ['ชื่อประกาศ', 'ประเภทประกาศ', 'ไฟล์ประกาศ (ฉบับลงนาม)', 'ผู้ลงนาม'],
    complete: () => ({
      title: 'ประกาศผู้ชนะการเสนอราคาซื้อวัสดุสำนักงาน',
      kind: 'result',
      file: ids.document,
      signer: 'พ.ต.อ. ทดสอบ ผกก.',
    }),
    published: (doc) => expect(doc.month).toBe(month(2024, 11)),
  },
  {
    collection: 'procurement-summaries',
    draft: () => ({ month: month(2024, 10) }),
    invalid: {
      data: () => ({ month: month(2024, 11), noneDeclared: true, rows: [{ item: 'จ้างซ่อมรถ' }] }),
      path: 'noneDeclared',
      says: 'ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง" แต่มีรายการจัดซื้อจัดจ้างอยู่',
    },
    missing: ['รายการจัดซื้อจัดจ้าง หรือการระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"'],
    complete: () => ({
      rows: [
        {
          item: 'ซื้อวัสดุสำนักงาน',
          budget: 10_000,
          referencePrice: 10_000,
          method: 'specific',
          bidders: [
            { name: 'ร้านระนองภัณฑ์', price: 10_500 },
            { name: 'หจก.อันดามัน', price: 11_000 },
          ],
          winner: { name: 'ร้านระนองภัณฑ์', price: 10_500 },
          reason: 'เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาต่ำสุด',
          contract: { number: 'บส 12/2568', date: day(2024, 10, 20) },
        },
      ],
    }),
    published: (doc) => {
      expect(doc.hasOverBudget).toBe(true)
      expect((doc.rows as Data[])[0]!.overBudget).toBe(true)
    },
  },
  {
    collection: 'complaint-statistics',
    draft: () => ({ month: month(2024, 10) }),
    invalid: {
      data: () => ({ month: month(2024, 11), noneDeclared: true, received: 2 }),
      path: 'noneDeclared',
      says: 'แต่มีจำนวนเรื่องมากกว่า 0',
    },
    missing: ['จำนวนเรื่องที่ได้รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ'],
    complete: () => ({ received: 2, completed: 1, inProgress: 1 }),
  },
  {
    collection: 'risk-assessments',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: {
      data: () => ({
        fiscalYear: 2568,
        rows: [{ lineOfWork: 'traffic', likelihood: 6, impact: 1 }],
      }),
      path: 'rows.0.likelihood',
      says: 'โอกาส (1–5): ต้องเป็นจำนวนเต็ม 1 ถึง 5',
    },
    missing: ['เกณฑ์การประเมินความเสี่ยง', 'ทะเบียนความเสี่ยง'],
    complete: () => ({
      criteria: 'โอกาส 1–5 และผลกระทบ 1–5 ตามคู่มือ',
      rows: lines.map((lineOfWork, i) => ({
        lineOfWork,
        process: `กระบวนงาน ${i + 1}`,
        riskIssue: 'เรียกรับเงิน',
        likelihood: 3,
        impact: 4,
        mitigation: 'หมุนเวียนเจ้าหน้าที่',
      })),
    }),
    published: (doc) => expect((doc.rows as Data[])[0]).toMatchObject({ score: 12, level: 'สูง' }),
  },
  {
    collection: 'risk-reports',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: { data: () => ({ fiscalYear: 25680 }), path: 'fiscalYear', says: 'ต้องเป็นปี พ.ศ.' },
    missing: ['ผลการดำเนินการแยกตามสายงาน'],
    complete: () => ({
      results: lines.map((lineOfWork) => ({
        lineOfWork,
        measure: 'กล้องติดตัว',
        result: 'ติดกล้องครบทุกนาย',
        photos: [ids.media],
      })),
    }),
  },
  {
    collection: 'measure-reports',
    draft: () => ({ fiscalYear: 2568 }),
    invalid: {
      data: () => ({ fiscalYear: 2568, evidence: [{ slot: 'pr-point', date: day(3025, 1, 1) }] }),
      path: 'evidence.0.date',
      says: 'อยู่นอกช่วงที่เป็นไปได้',
    },
    missing: [
      'ผลการดำเนินการตามมาตรการ',
      'ป้าย No Gift Policy',
      'การประชุมติดตามโดยหัวหน้าหน่วยงาน',
    ],
    complete: () => ({
      results: text('ดำเนินการครบทุกมาตรการ'),
      evidence: [
        'pr-point',
        'service-signs',
        'pledge-sign',
        'no-gift-sign',
        'manual-download-sign',
        'facilities',
        'oit-assignment',
        'head-follow-up',
      ].map((slot) => ({
        slot,
        caption: `ภาพ ${slot}`,
        date: day(2025, 2, 1),
        photos: [ids.media],
      })),
    }),
  },
  {
    collection: 'disclosures',
    draft: () => ({ title: 'หลักเกณฑ์การประเมินผล', itemCode: 'O16', fiscalYear: 2568 }),
    invalid: {
      data: () => ({ title: 'x', itemCode: 'O99', fiscalYear: 2568 }),
      path: 'itemCode',
      says: 'ไม่มีข้อ O99 ในเกณฑ์',
    },
    missing: ['เนื้อหาหรือไฟล์แนบ'],
    complete: () => ({ attachments: [ids.document] }),
  },
]

const as = (user: Staff) => ({ user, overrideAccess: false as const })

/**
 * The local API without per-collection typing: the cases below are data-driven over collections.
 */
type LooseAPI = { [op in 'create' | 'update']: (args: Record<string, unknown>) => Promise<Doc> }
const api = () => payload as unknown as LooseAPI

beforeAll(async () => {
  payload = await testPayload()
  const station = await scratchStation(payload, 'content-tests')
  unit = station.unit.id
  approver = station.approver
  editor = station.editor
  ids.media = (
    await payload.create({
      collection: 'media',
      data: { tenant: unit, alt: 'ภาพทดสอบ' },
      file: upload(await pngImage(), 'photo.png', 'image/png'),
      ...as(editor),
    })
  ).id
  ids.document = (
    await payload.create({
      collection: 'documents',
      data: { tenant: unit, title: 'เอกสารทดสอบ' },
      file: upload(pdfDocument(), 'doc.pdf', 'application/pdf'),
      ...as(editor),
    })
  ).id
  const category = await payload.create({
    collection: 'law-categories',
    data: { name: 'กฎหมายจราจร (ทดสอบ)', slug: 'test-traffic-law', kind: 'law' },
  })
  ids.lawCategory = category.id
})
afterAll(closePayload)

describe.each(cases)('$collection', (spec) => {
  const collection = spec.collection
  let draft: Doc

  it('saves an incomplete draft', async () => {
    draft = (await api().create({
      collection,
      data: { tenant: unit, ...spec.draft() },
      draft: true,
      ...as(editor),
    })) as unknown as Doc
    expect(draft._status).toBe('draft')
  })

  if (spec.invalid) {
    const invalid = spec.invalid
    it(`refuses an invalid value with a Thai and English message naming the field (${invalid.path})`, async () => {
      const refused = await rejection(
        api().create({
          collection,
          data: { tenant: unit, ...invalid.data() },
          draft: true,
          ...as(editor),
        }),
      )
      expect(refused.status).toBe(400)
      expect(refused.fields[invalid.path]).toContain(invalid.says)
      expect(refused.fields[invalid.path]).toMatch(/ \/ [A-Z]/)
    })
  }

  it('refuses to publish the draft and lists every missing element', async () => {
    const refused = await rejection(
      api().update({ collection, id: draft.id, data: { _status: 'published' }, ...as(approver) }),
    )
    expect(refused.status).toBe(400)
    for (const field of spec.missing) expect(refused.messages.join('\n')).toContain(field)
    for (const message of refused.messages) expect(message).toMatch(/ยังไม่ได้กรอก .* missing$/)
  })

  it('publishes once complete, for the public to read', async () => {
    const published = (await api().update({
      collection,
      id: draft.id,
      data: { ...spec.complete(draft), _status: 'published' },
      ...as(approver),
    })) as unknown as Doc
    expect(published._status).toBe('published')
    spec.published?.(published)
    const { docs } = await payload.find({
      collection: collection as 'news',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
  })
})

describe('policies: the O18 anti-bribery policy', () => {
  const sections = [
    'objective',
    'scope',
    'definitions',
    'violationMeasures',
    'monitoring',
    'complaintChannel',
    'whistleblowerProtection',
  ]
  const filledSections = (language: string) =>
    Object.fromEntries(sections.map((name) => [name, `${language} ${name}`]))
  let id: number | string

  it('publishes only with every section in Thai and in English, the signer, the date and the infographic', async () => {
    id = (
      await api().create({
        collection: 'policies',
        data: {
          tenant: unit,
          type: 'anti-bribery',
          title: 'ประกาศนโยบายต่อต้านการรับสินบน',
          fiscalYear: 2568,
        },
        draft: true,
        ...as(editor),
      })
    ).id
    const empty = await rejection(
      api().update({ collection: 'policies', id, data: { _status: 'published' }, ...as(approver) }),
    )
    for (const field of [
      'วัตถุประสงค์ (ภาษาไทย)',
      'วัตถุประสงค์ (ภาษาอังกฤษ)',
      'เนื้อหาประกาศ/เอกสาร (ภาษาอังกฤษ)',
      'วันที่ประกาศ',
      'ชื่อผู้ลงนาม',
      'อินโฟกราฟิก',
    ]) {
      expect(empty.messages.join('\n')).toContain(field)
    }

    const thai = {
      body: text('สถานีตำรวจไม่รับสินบนทุกรูปแบบ'),
      sections: filledSections('ไทย'),
      announcedOn: day(2024, 10, 15),
      signerName: 'พ.ต.อ. ทดสอบ',
      signerPosition: 'ผกก.',
      infographic: ids.media,
    }
    const thaiOnly = await rejection(
      api().update({
        collection: 'policies',
        id,
        locale: 'th',
        data: { ...thai, _status: 'published' },
        ...as(approver),
      }),
    )
    expect(thaiOnly.messages.join('\n')).toContain('(ภาษาอังกฤษ)')
    expect(thaiOnly.messages.join('\n')).not.toContain('(ภาษาไทย)')

    await api().update({
      collection: 'policies',
      id,
      locale: 'th',
      data: thai,
      draft: true,
      ...as(editor),
    })
    await api().update({
      collection: 'policies',
      id,
      locale: 'en',
      data: {
        title: 'Anti-Bribery Policy',
        body: text('The station accepts no bribes.'),
        sections: filledSections('English'),
      },
      draft: true,
      ...as(editor),
    })
    const published = await api().update({
      collection: 'policies',
      id,
      data: { _status: 'published' },
      ...as(approver),
    })
    expect(published._status).toBe('published')
    const english = await payload.findByID({
      collection: 'policies',
      id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.sections?.objective).toBe('English objective')
  })

  it('an HR criteria document needs a body or attachments, not the O18 sections', async () => {
    const draft = await api().create({
      collection: 'policies',
      data: { tenant: unit, type: 'hr-criteria', title: 'หลักเกณฑ์การย้าย', fiscalYear: 2568 },
      draft: true,
      ...as(editor),
    })
    const refused = await rejection(
      api().update({
        collection: 'policies',
        id: draft.id,
        data: { _status: 'published' },
        ...as(approver),
      }),
    )
    expect(refused.messages).toHaveLength(1)
    expect(refused.messages[0]).toContain('เนื้อหาหรือไฟล์แนบ')
    const published = await api().update({
      collection: 'policies',
      id: draft.id,
      data: { attachments: [ids.document], _status: 'published' },
      ...as(approver),
    })
    expect(published._status).toBe('published')
  })
})

describe('English versions', () => {
  it('an English title alone publishes: what English lacks, readers see in Thai', async () => {
    const news = await api().create({
      collection: 'news',
      data: {
        tenant: unit,
        title: 'ข่าวผลการปฏิบัติงาน',
        date: day(2024, 12, 1),
        body: text('เนื้อหาภาษาไทย'),
        _status: 'published',
      },
      ...as(approver),
    })
    const english = await api().update({
      collection: 'news',
      id: news.id,
      locale: 'en',
      data: { title: 'Performance news', _status: 'published' },
      ...as(approver),
    })
    expect(english._status).toBe('published')
  })
})

describe('monthly declarations and coverage', () => {
  it('a month declared "ไม่มีการจัดซื้อจัดจ้าง" publishes without rows', async () => {
    const doc = await api().create({
      collection: 'procurement-summaries',
      data: { tenant: unit, month: month(2024, 12), noneDeclared: true, _status: 'published' },
      ...as(approver),
    })
    expect(doc._status).toBe('published')
  })

  it('one สขร.1 per unit and month: a second one is refused, naming the month', async () => {
    const refused = await rejection(
      api().create({
        collection: 'procurement-summaries',
        data: { tenant: unit, month: month(2024, 12) },
        draft: true,
        ...as(editor),
      }),
    )
    expect(refused.fields.month).toContain('ธันวาคม 2567')
  })

  it('a risk register must cover every line of work of a station', async () => {
    const draft = await api().create({
      collection: 'risk-assessments',
      data: { tenant: unit, fiscalYear: 2569, criteria: 'เกณฑ์' },
      draft: true,
      ...as(editor),
    })
    const rows = lines.slice(0, 4).map((lineOfWork) => ({
      lineOfWork,
      process: 'งาน',
      riskIssue: 'สินบน',
      likelihood: 1,
      impact: 2,
      mitigation: 'กำกับ',
    }))
    const refused = await rejection(
      api().update({
        collection: 'risk-assessments',
        id: draft.id,
        data: { rows, _status: 'published' },
        ...as(approver),
      }),
    )
    expect(refused.messages).toHaveLength(1)
    expect(refused.messages[0]).toContain('ทะเบียนความเสี่ยง: งานสอบสวน')
  })

  it('publishing asks what the element rule asks: a rule edited in the framework changes it', async () => {
    const rule = (fields: string[]) =>
      JSON.stringify({ type: 'records', collection: 'executives', fields, currentUntil: 'termEnd' })
    const setRule = (fields: string[]) =>
      payload.db.drizzle.execute(
        `update oit_frameworks_items_required_elements set "check" = '${rule(fields)}'::jsonb where key = 'executive-position'` as never,
      )
    const complete = {
      tenant: unit,
      rank: 'pol-lt-col',
      firstName: 'สมหญิง',
      lastName: 'รักงาน',
      position: 'รองผู้กำกับการ',
      photo: ids.media,
      directPhone: '081-234-5679',
    }
    await setRule(['position', 'lineOfWork'])
    try {
      const refused = await rejection(
        api().create({
          collection: 'executives',
          data: { ...complete, _status: 'published' },
          ...as(approver),
        }),
      )
      expect(refused.messages).toHaveLength(1)
      expect(refused.messages[0]).toContain('ตำแหน่งของผู้บริหารแต่ละคน — สายงาน: ยังไม่ได้กรอก')
    } finally {
      await setRule(['position'])
    }
    const published = await api().create({
      collection: 'executives',
      data: { ...complete, _status: 'published' },
      ...as(approver),
    })
    expect(published._status).toBe('published')
  })

  it('an editor cannot publish even complete content', async () => {
    const refused = await rejection(
      api().create({
        collection: 'procurement-summaries',
        data: { tenant: unit, month: month(2025, 1), noneDeclared: true, _status: 'published' },
        ...as(editor),
      }),
    )
    expect(refused.status).toBe(403)
  })
})

describe('laws are searchable by Thai words', () => {
  it('finds a law by a word inside its Thai title, and every word of the query must match', async () => {
    const { thaiSearchWhere } = await import('../src/search/thaiSearch')
    const find = async (query: string) =>
      (
        await payload.find({
          collection: 'laws',
          where: { and: [{ tenant: { equals: unit } }, thaiSearchWhere(query)!] },
          draft: true,
          ...as(editor),
        })
      ).docs.map((doc) => doc.title)
    expect(await find('จราจร')).toContain('พระราชบัญญัติจราจรทางบก พ.ศ. 2522')
    expect(await find('จราจรทางบก')).toContain('พระราชบัญญัติจราจรทางบก พ.ศ. 2522')
    expect(await find('กฎหมายจราจร')).toContain('พระราชบัญญัติจราจรทางบก พ.ศ. 2522')
    expect(await find('ยาเสพติด')).toHaveLength(0)
  })
})
