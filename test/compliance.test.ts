/**
 * The readiness engine on crafted data: window edges, declarations, months not yet due, current
 * records, both languages; HQ subtrees; and the exported sheets read back with SheetJS/papaparse.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Papa from 'papaparse'
import { createLocalReq, type Payload } from 'payload'

import { COMPANIONS_QUEUE } from '../src/companions/jobs'
import { monthValue } from '../src/companions/periods'
import { unitDashboard } from '../src/compliance/dashboard'
import { readiness, type ItemResult, type ReadinessUnit } from '../src/compliance/readiness'
import { itapRows, statusLabels } from '../src/compliance/sheets'
import { reviewableUnits } from '../src/compliance/units'
import { loadFrameworks, offeredYears } from '../src/frameworks/inForce'
import { pdfDocument, pngImage, upload, xlsxWorkbook } from './helpers/files'
import {
  closePayload,
  login,
  rejection,
  rest,
  testPayload,
  unitBySlug,
  userByEmail,
} from './helpers/payload'
import { workbook, XLSX } from './helpers/readBack'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload
let unit: ReadinessUnit
let photo: number

const FY = 2568
/** Mid-January 2025: October–December 2024 are due, January–March 2025 are not yet. */
const midJanuary = new Date('2025-01-15T05:00:00Z')
const afterWindow = new Date('2025-04-02T05:00:00Z')

const runJobs = async () => {
  for (let round = 0; round < 5; round++)
    await payload.jobs.run({ queue: COMPANIONS_QUEUE, limit: 100 })
}

const evaluate = async (today: Date, code: string): Promise<ItemResult> => {
  const [result] = await readiness(payload, { units: [unit], fiscalYear: FY, today })
  return result!.items.find((item) => item.code === code)!
}

const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

const reasons = (item: ItemResult, key?: string) =>
  item.elements
    .filter((element) => !key || element.key === key)
    .flatMap((element) => element.reasons.map((reason) => reason.th))

beforeAll(async () => {
  payload = await testPayload()
  const scratch = await scratchStation(payload, 'readiness')
  unit = {
    id: scratch.unit.id,
    name: scratch.unit.name,
    slug: scratch.unit.slug,
    unitType: 'police-station',
    parent: null,
    site: `http://localhost:3000/u/${scratch.unit.slug}`,
  }
  photo = (
    await payload.create({
      collection: 'media',
      data: { alt: 'ภาพกิจกรรม', tenant: unit.id },
      file: upload(await pngImage(), 'activity.png', 'image/png'),
    })
  ).id
})
afterAll(closePayload)

describe('monthly items', () => {
  const report = (month: number, year: number) => ({
    tenant: unit.id,
    month: monthValue({ year, month }),
    summary: richText('ผลการปฏิบัติงานประจำเดือน'),
    activities: [
      {
        title: 'ตั้งจุดตรวจ',
        details: 'ตั้งจุดตรวจร่วมกับฝ่ายปกครอง',
        startDate: monthValue({ year, month }),
        endDate: monthValue({ year, month }),
        section: 'งานป้องกันปราบปราม',
        photos: [photo],
      },
    ],
    _status: 'published' as const,
  })

  it('O7: every due month needs a published report with PDF and DOCX; later months are not yet due', async () => {
    await payload.create({ collection: 'monthly-reports', data: report(10, 2024) as never })
    await payload.create({ collection: 'monthly-reports', data: report(11, 2024) as never })
    // Before the worker has made the files, the months exist and their files are being made, not
    // missing.
    let item = await evaluate(midJanuary, 'O7')
    expect(item.status).toBe('fail')
    expect(reasons(item, 'every-month')).toEqual(
      expect.arrayContaining([
        'เดือนตุลาคม 2567: กำลังสร้างไฟล์ PDF, DOCX',
        'เดือนพฤศจิกายน 2567: กำลังสร้างไฟล์ PDF, DOCX',
        expect.stringContaining('เดือนธันวาคม 2567: ยังไม่มีรายงาน'),
      ]),
    )
    await runJobs()
    item = await evaluate(midJanuary, 'O7')
    expect(reasons(item, 'every-month')).toEqual([
      expect.stringContaining('เดือนธันวาคม 2567: ยังไม่มีรายงาน'),
    ])
    expect(item.elements.find((element) => element.key === 'every-month')!.fix).toBe(
      '/admin/collections/monthly-reports/create',
    )

    await payload.create({ collection: 'monthly-reports', data: report(12, 2024) as never })
    // Nothing missing but December's files, which are queued: "generating", neither passed nor
    // failed.
    item = await evaluate(midJanuary, 'O7')
    expect(item.status).toBe('generating')
    expect(reasons(item, 'every-month')).toEqual(['เดือนธันวาคม 2567: กำลังสร้างไฟล์ PDF, DOCX'])
    await runJobs()
    item = await evaluate(midJanuary, 'O7')
    // January to March are after today: not failures, the item is on track.
    expect(item.status).toBe('pending')
    expect(reasons(item, 'every-month')).toEqual(['เดือนที่เหลือยังไม่ถึงกำหนด'])
    // Once the window has passed, the missing months fail.
    item = await evaluate(afterWindow, 'O7')
    expect(item.status).toBe('fail')
    expect(reasons(item, 'every-month')).toHaveLength(3)
  })

  it('O15: a month declared "no procurement" counts, a missing one fails, and the generated files are required', async () => {
    await payload.create({
      collection: 'procurement-summaries',
      data: {
        tenant: unit.id,
        month: monthValue({ year: 2024, month: 10 }),
        noneDeclared: true,
        _status: 'published',
      } as never,
    })
    await payload.create({
      collection: 'procurement-summaries',
      data: {
        tenant: unit.id,
        month: monthValue({ year: 2024, month: 12 }),
        noneDeclared: true,
        _status: 'published',
      } as never,
    })
    await runJobs()
    let item = await evaluate(midJanuary, 'O15')
    expect(item.status).toBe('fail')
    expect(reasons(item, 'every-month')).toEqual([
      'เดือนพฤศจิกายน 2567: ยังไม่มีสรุปผลจัดซื้อจัดจ้างรายเดือน สขร.1 หรือการระบุว่าไม่มี',
    ])
    // A draft does not count.
    const november = await payload.create({
      collection: 'procurement-summaries',
      data: {
        tenant: unit.id,
        month: monthValue({ year: 2024, month: 11 }),
        noneDeclared: true,
        _status: 'draft',
      } as never,
    })
    expect((await evaluate(midJanuary, 'O15')).status).toBe('fail')
    await payload.update({
      collection: 'procurement-summaries',
      id: november.id,
      data: { _status: 'published' } as never,
    })
    await runJobs()
    item = await evaluate(midJanuary, 'O15')
    expect(item.status).toBe('pending')
  })
})

describe('records in the fiscal year', () => {
  const news = (date: string, title: string) =>
    payload.create({
      collection: 'news',
      data: {
        tenant: unit.id,
        title,
        date,
        body: richText(title),
        cover: photo,
        tags: ['head-participation'],
        _status: 'published',
      } as never,
    })

  it('O19: at least three head-participation news in the fiscal year; 30 September belongs to the year before', async () => {
    await news('2024-09-30T12:00:00.000Z', 'ผกก. นำประชุมคุณธรรม (ปีก่อน)')
    await news('2024-10-01T12:00:00.000Z', 'ผกก. นำกิจกรรมต่อต้านการทุจริต')
    let item = await evaluate(midJanuary, 'O19')
    expect(item.status).toBe('fail')
    expect(reasons(item, 'min-three-news')).toEqual([
      'เผยแพร่ข่าวประชาสัมพันธ์แล้ว 1 รายการ ต้องมีอย่างน้อย 3 รายการ',
    ])
    await news('2024-11-11T12:00:00.000Z', 'ผกก. มอบนโยบาย No Gift')
    await news('2024-12-12T12:00:00.000Z', 'ผกก. นำกิจกรรมจิตอาสา')
    item = await evaluate(midJanuary, 'O19')
    expect(item.status).toBe('pass')
  })

  it('O1: every current executive has a photo and a direct phone; former ones do not count; the manpower has an as-of date', async () => {
    const base = {
      tenant: unit.id,
      rank: 'pol-col',
      lastName: 'ทดสอบ',
      position: 'ผู้กำกับการ',
      _status: 'published' as const,
    }
    await payload.create({
      collection: 'executives',
      data: { ...base, firstName: 'ครบถ้วน', photo, directPhone: '081-234-5678' } as never,
    })
    const noPhoto = await payload.create({
      collection: 'executives',
      data: { ...base, firstName: 'ไม่มีรูป', directPhone: '081-234-5679' } as never,
      draft: true,
    })
    // Publishing is refused without the photo (the publish check), so the gap shows as a draft
    // only…
    expect(
      (
        await rejection(
          payload.update({
            collection: 'executives',
            id: noPhoto.id,
            data: { _status: 'published' } as never,
          }),
        )
      ).status,
    ).toBe(400)
    let item = await evaluate(midJanuary, 'O1')
    expect(reasons(item, 'executive-photo')).toEqual([])
    expect(reasons(item, 'manpower-as-of')).toEqual(['ยังไม่มีการเผยแพร่: โครงสร้างและอัตรากำลัง'])

    // …but an executive published before the element was required (data from an earlier year) is
    // found.
    await payload.db.updateOne({
      collection: 'executives',
      id: noPhoto.id,
      data: { _status: 'published' },
      req: await createLocalReq({}, payload),
    })
    item = await evaluate(midJanuary, 'O1')
    expect(reasons(item, 'executive-photo')).toEqual(['ผู้บริหาร 1 รายการยังไม่มีรูปถ่าย'])
    expect(item.elements.find((element) => element.key === 'executive-photo')!.fix).toBe(
      `/admin/collections/executives/${noPhoto.id}`,
    )
    // Once the term has ended, the executive is no longer current.
    await payload.db.updateOne({
      collection: 'executives',
      id: noPhoto.id,
      data: { termStart: '2020-01-01T12:00:00.000Z', termEnd: '2024-12-31T12:00:00.000Z' },
      req: await createLocalReq({}, payload),
    })
    item = await evaluate(midJanuary, 'O1')
    expect(reasons(item, 'executive-photo')).toEqual([])
  })

  it('O5: every contact field of the unit', async () => {
    let item = await evaluate(midJanuary, 'O5')
    expect(item.status).toBe('fail')
    expect(reasons(item)).toEqual(
      expect.arrayContaining([
        'ยังไม่ได้กรอกที่อยู่',
        'ยังไม่ได้กรอกอีเมล',
        'ยังไม่ได้กรอกลิงก์แผนที่',
      ]),
    )
    expect(item.elements.find((element) => element.key === 'address')!.fix).toBe(
      `/admin/collections/units/${unit.id}`,
    )
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: {
        contact: {
          address: '1 ถนนทดสอบ อำเภอเมือง',
          phones: [{ label: 'ร้อยเวร', number: '077-811-111' }],
          email: 'readiness@police.go.th',
          map: { url: 'https://maps.example.org/?q=1' },
        },
      } as never,
    })
    item = await evaluate(midJanuary, 'O5')
    expect(item.status).toBe('pass')
  })

  it('O18: the anti-bribery policy in Thai and English with every section', async () => {
    await payload.update({
      collection: 'units',
      id: unit.id,
      locale: 'th',
      data: { head: { rank: 'พ.ต.อ.', name: 'ทดสอบ', position: 'ผู้กำกับการ' } } as never,
    })
    expect(reasons(await evaluate(midJanuary, 'O18'), 'policy-english')).toEqual([
      'ยังไม่มีการเผยแพร่: ประกาศ นโยบาย และมาตรการ',
    ])
    const sections = (lang: string) =>
      Object.fromEntries(
        [
          'objective',
          'scope',
          'definitions',
          'violationMeasures',
          'monitoring',
          'complaintChannel',
          'whistleblowerProtection',
        ].map((name) => [name, `${lang} ${name}`]),
      )
    const policy = await payload.create({
      collection: 'policies',
      locale: 'th',
      data: {
        tenant: unit.id,
        type: 'anti-bribery',
        fiscalYear: FY,
        title: 'นโยบายต่อต้านการรับสินบน',
        body: richText('สถานีตำรวจไม่รับสินบนทุกรูปแบบ'),
        sections: sections('ไทย'),
        signerName: 'พ.ต.อ. ทดสอบ',
        signerPosition: 'ผู้กำกับการ',
        announcedOn: '2024-10-15T12:00:00.000Z',
        infographic: photo,
        attachments: [],
      } as never,
      draft: true,
    })
    // Thai only, forced past the publish check as data from before it existed would be.
    await payload.db.updateOne({
      collection: 'policies',
      id: policy.id,
      data: { _status: 'published' },
      req: await createLocalReq({}, payload),
    })
    let item = await evaluate(midJanuary, 'O18')
    expect(reasons(item, 'policy-english')).toEqual([
      'ประกาศ นโยบาย และมาตรการ 1 รายการยังไม่มีชื่อเรื่อง',
      'ประกาศ นโยบาย และมาตรการ 1 รายการยังไม่มีเนื้อหาประกาศ/เอกสาร',
    ])
    expect(reasons(item, 'policy-thai')).toEqual([])
    expect(reasons(item, 'objective')).toEqual([
      'ประกาศ นโยบาย และมาตรการ 1 รายการยังไม่มีวัตถุประสงค์ (ภาษาอังกฤษ)',
    ])
    // Publishing the English version passes the publish check, and the item is complete.
    await payload.update({
      collection: 'policies',
      id: policy.id,
      locale: 'en',
      data: {
        title: 'Anti-bribery policy',
        body: richText('The station accepts no bribes.'),
        sections: sections('English'),
        _status: 'published',
      } as never,
    })
    item = await evaluate(midJanuary, 'O18')
    expect(
      item.elements.filter((element) => element.status !== 'pass').map((element) => element.key),
    ).toEqual([])
    // A new head: the policy signed by the former one is flagged, and is not published again as it
    // is.
    await payload.update({
      collection: 'units',
      id: unit.id,
      locale: 'th',
      data: { head: { rank: 'พ.ต.อ.', name: 'สมศักดิ์ ใหม่', position: 'ผู้กำกับการ' } } as never,
    })
    item = await evaluate(midJanuary, 'O18')
    expect(reasons(item, 'signed-by-current-head')).toEqual([
      'ประกาศ นโยบาย และมาตรการ 1 รายการ: ชื่อผู้ลงนามไม่ใช่หัวหน้าหน่วยงานคนปัจจุบัน',
    ])
    const { status, messages } = await rejection(
      payload.update({
        collection: 'policies',
        id: policy.id,
        locale: 'th',
        data: { title: 'นโยบายต่อต้านการรับสินบน (ทบทวน)', _status: 'published' } as never,
      }),
    )
    expect(status).toBe(400)
    expect(messages.join('\n')).toContain(
      'ชื่อผู้ลงนาม: ต้องเป็นหัวหน้าหน่วยงานคนปัจจุบัน (สมศักดิ์ ใหม่)',
    )
    // Spacing as typed does not matter, to the publish check or to readiness.
    await payload.update({
      collection: 'policies',
      id: policy.id,
      locale: 'th',
      data: { signerName: 'พ.ต.อ.สมศักดิ์  ใหม่', _status: 'published' } as never,
    })
    expect(reasons(await evaluate(midJanuary, 'O18'), 'signed-by-current-head')).toEqual([])
  })
})

describe('framework checks are validated data', () => {
  it('refuses a check naming an unknown field, in Thai and English', async () => {
    const { docs } = await payload.find({
      collection: 'oit-frameworks',
      where: { fiscalYear: { equals: FY }, unitType: { equals: 'police-station' } },
      limit: 1,
    })
    const items = structuredClone(docs[0]!.items) as { requiredElements: { check?: unknown }[] }[]
    items[0]!.requiredElements[0]!.check = {
      type: 'records',
      collection: 'executives',
      fields: ['shoeSize'],
    }
    const { status, messages } = await rejection(
      payload.update({ collection: 'oit-frameworks', id: docs[0]!.id, data: { items } as never }),
    )
    expect(status).toBe(400)
    expect(messages).toContain(
      'วิธีตรวจอัตโนมัติ: ชุดข้อมูล "executives" ไม่มีฟิลด์ "shoeSize" / Automatic check: collection "executives" has no field "shoeSize"',
    )
  })
})

describe('evidence rules', () => {
  const judgeUnit = async (slug: string) => {
    const found = await unitBySlug(payload, slug)
    const [result] = await readiness(payload, {
      units: [
        {
          id: found.id,
          name: found.name,
          slug,
          unitType: found.unitType,
          parent: null,
          site: 'http://localhost:3000/u/scratch',
        },
      ],
      fiscalYear: FY,
    })
    return result!
  }
  const statusOf = (result: Awaited<ReturnType<typeof judgeUnit>>, code: string, key?: string) => {
    const item = result.items.find((candidate) => candidate.code === code)!
    return key ? item.elements.find((element) => element.key === key)!.status : item.status
  }

  it('kapoe: an HR disclosure is no evidence of ethics, assets or measures, and 3 of 6 heads is not every line of work', async () => {
    const kapoe = await judgeUnit('kapoe')
    for (const code of ['O22', 'O23', 'O24']) expect(statusOf(kapoe, code)).toBe('fail')
    expect(statusOf(kapoe, 'O1', 'executives-current')).toBe('fail')
    const reasons = kapoe.items
      .find((item) => item.code === 'O1')!
      .elements.find((element) => element.key === 'executives-current')!
      .reasons.map((reason) => reason.th)
    expect(reasons).toEqual([
      expect.stringContaining('ยังไม่ครอบคลุม: งานอำนวยการ, งานจราจร, งานสืบสวน'),
    ])
  })

  it('an element without a rule is to be checked by hand, never passed', async () => {
    const station = (await loadFrameworks(payload, { unitType: 'police-station' })).find(
      (framework) => framework.fiscalYear === FY,
    )!
    const items = station.items.map((item) =>
      item.code === 'O2'
        ? {
            ...item,
            requiredElements: item.requiredElements.map((element) =>
              element.key === 'unit-authority' ? { ...element, check: null } : element,
            ),
          }
        : item,
    )
    const found = await unitBySlug(payload, 'mueang-ranong')
    const [result] = await readiness(payload, {
      units: [
        {
          id: found.id,
          name: found.name,
          slug: 'mueang-ranong',
          unitType: 'police-station',
          parent: null,
          site: 'http://localhost:3000/u/scratch',
        },
      ],
      fiscalYear: FY,
      frameworks: new Map([['police-station', { ...station, items }]]),
    })
    const element = result!.items
      .find((item) => item.code === 'O2')!
      .elements.find((candidate) => candidate.key === 'unit-authority')!
    expect(element.status).toBe('manual')
    expect(statusLabels.manual.th).toBe('ต้องตรวจด้วยตนเอง')
    expect(result!.items.find((item) => item.code === 'O2')!.status).not.toBe('pass')
  })

  it('refuses a row filter or coverage naming a field the list does not have', async () => {
    const { docs } = await payload.find({
      collection: 'oit-frameworks',
      where: { fiscalYear: { equals: FY }, unitType: { equals: 'police-station' } },
      limit: 1,
    })
    const items = structuredClone(docs[0]!.items) as { requiredElements: { check?: unknown }[] }[]
    items[0]!.requiredElements[0]!.check = {
      type: 'records',
      collection: 'risk-reports',
      rows: 'results',
      cover: { field: 'colour', values: ['red'] },
    }
    const { status, messages } = await rejection(
      payload.update({ collection: 'oit-frameworks', id: docs[0]!.id, data: { items } as never }),
    )
    expect(status).toBe(400)
    expect(messages).toContain(
      'วิธีตรวจอัตโนมัติ: ชุดข้อมูล "risk-reports" ไม่มีฟิลด์ "colour" ในรายการ "results" / Automatic check: collection "risk-reports" has no field "colour" in list "results"',
    )
  })
})

describe('HQ scope, dashboard and sheets', () => {
  it('an HQ reviewer sees only its subtree; unit staff only their unit', async () => {
    const reviewer = await userByEmail(payload, 'hq@demo.local')
    const units = await reviewableUnits(
      await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload),
    )
    expect(units.map((candidate) => candidate.slug).sort()).toEqual([
      'kapoe',
      'mueang-ranong',
      'ranong-immigration',
    ])
    const editor = await userByEmail(payload, 'editor.b@demo.local')
    expect(
      (
        await reviewableUnits(
          await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload),
        )
      ).map((candidate) => candidate.slug),
    ).toEqual(['kapoe'])

    const token = await login('hq@demo.local')
    const own = await unitBySlug(payload, 'mueang-ranong')
    expect(
      (await rest('GET', `/readiness/itap?unit=${unit.id}&year=${FY}`, { token })).status,
    ).toBe(404)
    expect((await rest('GET', `/readiness/itap?unit=${own.id}&year=${FY}`, { token })).status).toBe(
      200,
    )
    expect(
      (
        await rest('GET', `/readiness/matrix?year=${FY}`, {
          token: await login('editor.a@demo.local'),
        })
      ).status,
    ).toBe(403)
    expect((await rest('GET', `/readiness/matrix?year=${FY}`)).status).toBe(403)
  })

  it('the number of queries does not grow with the number of units', async () => {
    const count = async (units: ReadinessUnit[]) => {
      let queries = 0
      await readiness(payload, { units, fiscalYear: FY, onQuery: () => queries++ })
      return queries
    }
    const all = await reviewableUnits(
      await createLocalReq(
        {
          user: {
            ...(await userByEmail(payload, 'admin@demo.local')),
            collection: 'users',
          } as never,
        },
        payload,
      ),
    )
    expect(all.length).toBeGreaterThan(3)
    expect(await count(all.filter((candidate) => candidate.unitType === 'police-station'))).toBe(
      await count([unit]),
    )
  })

  it('the ITAP sheet, as XLSX and CSV, matches the dashboard', async () => {
    const req = await createLocalReq(
      {
        user: {
          ...(await userByEmail(payload, 'head.a@demo.local')),
          collection: 'users',
        } as never,
      },
      payload,
    )
    const own = await unitBySlug(payload, 'mueang-ranong')
    const dashboard = (await unitDashboard(req, own.id, FY))!
    expect(dashboard.readiness.items).toHaveLength(25)
    const token = await login('head.a@demo.local')
    const binary = await fetchBinary(`/readiness/itap?unit=${own.id}&year=${FY}`, token)
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(
      workbook(binary).Sheets[`ITAP ${FY}`]!,
    )
    const csv = Papa.parse<Record<string, string>>(
      (
        await rest('GET', `/readiness/itap?unit=${own.id}&year=${FY}&format=csv`, { token })
      ).text.replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data
    const expected = dashboard.readiness.items.map((item) => ({
      code: item.code,
      title: item.title.th,
      url: `https://mueang-ranong.demo.local/oit/${FY}/${item.code.toLowerCase()}`,
      status: statusLabels[item.status].th,
    }))
    for (const read of [rows, csv]) {
      expect(
        read.map((row) => ({
          code: row['ข้อ (Code)'],
          title: row['ชื่อข้อ (Title)'],
          url: row['URL สำหรับกรอกใน ITAP'],
          status: row['สถานะ (Status)'],
        })),
      ).toEqual(expected)
    }
    expect(csv.map((row) => row['สิ่งที่ยังขาด (Missing)'])).toEqual(
      itapRows(dashboard.readiness).map((row) => row.missing),
    )
  })

  it('the HQ matrix export matches the readiness of every unit in the subtree, a sheet per unit type', async () => {
    const token = await login('hq@demo.local')
    const binary = await fetchBinary(`/readiness/matrix?year=${FY}`, token)
    const book = workbook(binary)
    const reviewer = await userByEmail(payload, 'hq@demo.local')
    const units = await reviewableUnits(
      await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload),
    )
    const results = await readiness(payload, { units, fiscalYear: FY })
    const types = [...new Set(results.map((result) => result.unit.unitType))]
    // The demo HQ has stations and an immigration unit, whose O-codes are different items.
    expect(types.length).toBeGreaterThan(1)
    expect(book.SheetNames).toHaveLength(types.length)
    for (const [sheetIndex, type] of types.entries()) {
      const ofType = results.filter((result) => result.unit.unitType === type)
      const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(
        book.Sheets[book.SheetNames[sheetIndex]!]!,
      )
      const unitRows = rows.slice(0, -1)
      expect(unitRows.map((row) => row['หน่วยงาน (Unit)'])).toEqual(
        ofType.map((result) => result.unit.name),
      )
      for (const [index, result] of ofType.entries()) {
        expect(unitRows[index]!['ผ่าน (Pass)']).toBe(result.counts.pass)
        for (const item of result.items)
          expect(unitRows[index]![item.code]).toBe(statusLabels[item.status].mark)
      }
      const totals = rows.at(-1)!
      expect(totals.O1).toBe(
        `${ofType.filter((result) => result.items.find((item) => item.code === 'O1')?.status === 'pass').length}/${ofType.length}`,
      )
    }
  })

  it('the dashboard lists the item owners, the observations and what is due next', async () => {
    const own = await unitBySlug(payload, 'mueang-ranong')
    const head = await userByEmail(payload, 'head.a@demo.local')
    const today = new Date('2025-01-10T05:00:00Z')
    const req = await createLocalReq({ user: { ...head, collection: 'users' } as never }, payload)
    const before = (await unitDashboard(req, own.id, FY, today))!
    const failing =
      before.readiness.items.find((item) => item.status !== 'pass') ?? before.readiness.items[0]!
    await payload.create({
      collection: 'oit-assignments',
      data: {
        tenant: own.id,
        fiscalYear: FY,
        item: failing.code,
        doer: 'ร.ต.อ. ผู้ทำ',
        controller: 'พ.ต.ท. ผู้คุม',
        checker: 'พ.ต.อ. ผู้ตรวจ',
        deadline: '2025-01-31T12:00:00.000Z',
      } as never,
    })
    await payload.create({
      collection: 'ita-action-plans',
      data: {
        tenant: own.id,
        fiscalYear: FY,
        indicator: '9',
        issue: 'ข้อมูล OIT ไม่ครบ',
        activity: 'ทบทวนข้อมูลทุกข้อ',
        deadline: '2025-02-15T12:00:00.000Z',
        status: 'planned',
      } as never,
    })
    const after = (await unitDashboard(req, own.id, FY, today))!
    expect(after.assignments.get(failing.code)).toMatchObject({
      doer: 'ร.ต.อ. ผู้ทำ',
      controller: 'พ.ต.ท. ผู้คุม',
      checker: 'พ.ต.อ. ผู้ตรวจ',
    })
    const due = after.dueNext.map((entry) => `${entry.kind} ${entry.what}`)
    expect(due).toEqual(
      expect.arrayContaining([
        'plan ทบทวนข้อมูลทุกข้อ',
        expect.stringMatching(new RegExp(`^item ${failing.code} `)),
        expect.stringContaining('phase ตอบแบบ OIT'),
      ]),
    )
    expect(after.dueNext.map((entry) => entry.date)).toEqual(
      [...after.dueNext.map((entry) => entry.date)].sort(),
    )
    // Another unit's staff get nothing.
    const other = await createLocalReq(
      {
        user: {
          ...(await userByEmail(payload, 'editor.b@demo.local')),
          collection: 'users',
        } as never,
      },
      payload,
    )
    expect(await unitDashboard(other, own.id, FY, today)).toBeNull()
  })
})

describe('a fiscal year without a framework of its own', () => {
  /**
   * FY2569: the seeded station frameworks are FY2567 and FY2568 (no test file creates a 2569 one).
   */
  const GAP = 2569
  const inGap = new Date('2025-12-01T05:00:00Z')
  const stationFramework = async (fiscalYear: number) =>
    (
      await payload.find({
        collection: 'oit-frameworks',
        where: { fiscalYear: { equals: fiscalYear }, unitType: { equals: 'police-station' } },
        limit: 1,
      })
    ).docs[0]!

  it('is judged by the latest earlier framework’s items, against its own months', async () => {
    const [result] = await readiness(payload, { units: [unit], fiscalYear: GAP, today: inGap })
    const framework = await stationFramework(2568)
    expect(result!.frameworkYear).toBe(2568)
    expect(
      result!.items.map((item) => ({
        code: item.code,
        title: item.title.th,
        elements: item.elements.map((element) => element.key),
      })),
    ).toEqual(
      framework.items.map((item) => ({
        code: item.code,
        title: item.title.th,
        elements: item.requiredElements!.map((element) => element.key),
      })),
    )
    // October and November 2025 (FY2569) are due; the unit's reports are of FY2568.
    const o7 = result!.items.find((item) => item.code === 'O7')!
    expect(reasons(o7, 'every-month')).toEqual([
      expect.stringMatching(/^เดือนตุลาคม 2568: ยังไม่มี/),
      expect.stringMatching(/^เดือนพฤศจิกายน 2568: ยังไม่มี/),
    ])

    const head = await userByEmail(payload, 'head.a@demo.local')
    const own = await unitBySlug(payload, 'mueang-ranong')
    const dashboard = (await unitDashboard(
      await createLocalReq({ user: head } as never, payload),
      own.id,
      GAP,
      inGap,
    ))!
    expect(dashboard.readiness.frameworkYear).toBe(2568)
    // The year links stay within the published years: FY2567 up to FY2569 (FY2570 once its
    // framework is cloned).
    expect(dashboard.offeredYears.slice(-3)).toEqual([GAP, 2568, 2567])
    expect(dashboard.offeredYears).not.toContain(2566)
  })

  it('the ITAP sheet lists a published gap year’s item pages, and refuses a year the site does not publish', async () => {
    const own = await unitBySlug(payload, 'mueang-ranong')
    const token = await login('head.a@demo.local')
    // The endpoint and the public site go by today's date, as this does.
    const published = offeredYears(await loadFrameworks(payload, { unitType: 'police-station' }))
    expect(published).toContain(GAP)
    const response = await rest('GET', `/readiness/itap?unit=${own.id}&year=${GAP}&format=csv`, {
      token,
    })
    expect(response.status).toBe(200)
    const rows = Papa.parse<Record<string, string>>(response.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.map((row) => row['URL สำหรับกรอกใน ITAP'])).toEqual(
      (await stationFramework(2568)).items.map(
        (item) => `https://mueang-ranong.demo.local/oit/${GAP}/${item.code.toLowerCase()}`,
      ),
    )

    for (const year of [Math.min(...published) - 1, Math.max(...published) + 1]) {
      for (const format of ['xlsx', 'csv']) {
        const refused = await rest(
          'GET',
          `/readiness/itap?unit=${own.id}&year=${year}&format=${format}`,
          { token },
        )
        expect(refused.status).toBe(404)
        expect(refused.body.errors[0].message).toMatch(
          new RegExp(
            `^เว็บไซต์หน่วยงานไม่มีหน้า OIT ของปีงบประมาณ พ.ศ. ${year} .* / the unit's website has no OIT pages for FY ${year} `,
          ),
        )
      }
    }
  })
})

/** A binary download through Payload's handlers (the JSON helper reads text). */
async function fetchBinary(path: string, token: string): Promise<Buffer> {
  const { handleEndpoints } = await import('payload')
  const config = (await import('../payload.config')).default
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      headers: { Authorization: `JWT ${token}` },
    }),
  })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

describe('official files', () => {
  it('an uploaded official PDF and Excel file of the year count for O12 as generated ones would, and a missing format still fails', async () => {
    const scratch = await scratchStation(payload, 'official-files')
    const tenant = scratch.unit.id
    const asUnit = {
      id: tenant,
      name: scratch.unit.name,
      slug: scratch.unit.slug,
      unitType: 'police-station',
      parent: null,
      site: `http://localhost:3000/u/${scratch.unit.slug}`,
    }
    const spendingPlan = async () =>
      (await readiness(payload, { units: [asUnit], fiscalYear: FY }))
        .at(0)!
        .items.find((item) => item.code === 'O12')!
        .elements.find((element) => element.key === 'spending-plan')!
    const document = async (data: Buffer, name: string, mimetype: string) =>
      (
        await payload.create({
          collection: 'documents',
          data: { title: name, tenant } as never,
          file: upload(data, name, mimetype),
        })
      ).id
    const pdf = await document(
      pdfDocument('signed budget report'),
      'budget-report-signed.pdf',
      'application/pdf',
    )
    const report = await payload.create({
      collection: 'budget-reports',
      data: {
        tenant,
        fiscalYear: FY,
        sources: [
          {
            source: 'งบดำเนินงาน',
            allocated: 100000,
            planQ1: 25000,
            planQ2: 25000,
            spentQ1: 20000,
            spentQ2: 24000,
          },
        ],
        problems: 'ไม่มี',
        reportedToHeadOn: '2025-04-05T12:00:00.000Z',
        reportedTo: 'ผกก.',
        officialFiles: [pdf],
        _status: 'published',
      } as never,
    })
    // Generation is queued (never run here): the PDF is there, the Excel group is not yet.
    expect((await spendingPlan()).reasons.map((reason) => reason.th)).toEqual([
      'กำลังสร้างไฟล์ของปีงบประมาณ 2568 (XLSX)',
    ])
    const xlsx = await document(
      await xlsxWorkbook(),
      'budget-report-signed.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    await payload.update({
      collection: 'budget-reports',
      id: report.id,
      data: { officialFiles: [pdf, xlsx] } as never,
    })
    expect((await spendingPlan()).status).toBe('pass')
  })
})

describe('first publication dates', () => {
  it('are kept from the first publish: later edits, regenerated files and a unit rename leave them', async () => {
    const scratch = await scratchStation(payload, 'first-published')
    const tenant = scratch.unit.id
    const report = (
      month: number,
      year: number,
      status: 'published' | 'draft',
      summary = 'ผลการปฏิบัติงานประจำเดือน',
    ) => ({
      tenant,
      month: monthValue({ year, month }),
      summary: richText(summary),
      activities: [
        {
          title: 'ตั้งจุดตรวจ',
          details: 'ตั้งจุดตรวจร่วมกับฝ่ายปกครอง',
          startDate: monthValue({ year, month }),
          endDate: monthValue({ year, month }),
          section: 'งานป้องกันปราบปราม',
          photos: [photo],
        },
      ],
      _status: status,
    })
    const ledger = async () => {
      const { docs } = await payload.find({
        collection: 'publication-dates',
        where: { and: [{ tenant: { equals: tenant } }, { fiscalYear: { equals: FY } }] },
        limit: 100,
        depth: 0,
        sort: 'firstPublishedAt',
      })
      return new Map(docs.map((doc) => [`${doc.item}/${doc.period}`, doc.firstPublishedAt]))
    }
    const october = await payload.create({
      collection: 'monthly-reports',
      data: report(10, 2024, 'published') as never,
    })
    const first = await ledger()
    expect([...first.keys()]).toEqual(['O7/2024-10'])

    await payload.update({
      collection: 'monthly-reports',
      id: october.id,
      data: report(10, 2024, 'published', 'แก้ไขสรุปผลการปฏิบัติงาน') as never,
    })
    const november = await payload.create({
      collection: 'monthly-reports',
      data: report(11, 2024, 'draft') as never,
    })
    // A draft makes nothing public.
    expect(await ledger()).toEqual(first)
    await payload.update({
      collection: 'monthly-reports',
      id: november.id,
      data: { _status: 'published' } as never,
    })
    const both = await ledger()
    expect([...both.keys()]).toEqual(['O7/2024-10', 'O7/2024-11'])
    expect(both.get('O7/2024-10')).toBe(first.get('O7/2024-10'))

    // Every file made, then made again for a new unit name: no date moves.
    await runJobs()
    await payload.update({
      collection: 'units',
      id: tenant,
      data: { name: `${scratch.unit.name} (ชื่อใหม่)` } as never,
    })
    await runJobs()
    const { totalDocs } = await payload.count({
      collection: 'companion-files',
      where: { and: [{ tenant: { equals: tenant } }, { item: { equals: 'O7' } }] },
    })
    expect(totalDocs).toBeGreaterThanOrEqual(4)
    expect(await ledger()).toEqual(both)

    // The readiness result and the ITAP sheet list them.
    const [result] = await readiness(payload, {
      units: [
        {
          id: tenant,
          name: scratch.unit.name,
          slug: scratch.unit.slug,
          unitType: 'police-station',
          parent: null,
          site: 'http://localhost:3000/u/scratch',
        },
      ],
      fiscalYear: FY,
    })
    const o7 = result!.items.find((item) => item.code === 'O7')!
    expect(o7.published).toEqual([
      { period: '2024-10', at: both.get('O7/2024-10') },
      { period: '2024-11', at: both.get('O7/2024-11') },
    ])
    expect(itapRows(result!).find((row) => row.code === 'O7')!.published).toMatch(
      /^เดือนตุลาคม พ\.ศ\. 2567: \d+ \S+ \d{4}; เดือนพฤศจิกายน พ\.ศ\. 2567: /,
    )
  })
})
