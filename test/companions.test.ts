import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import jsQR from 'jsqr'
import Papa from 'papaparse'
import sharp from 'sharp'
import { createLocalReq, type Payload } from 'payload'

import { procurementColumns, procurementMethods } from '../src/collections/ProcurementSummaries'
import { NO_PROCUREMENT } from '../src/collections/ProcurementAnnouncements'
import { generateCompanions } from '../src/companions/generate'
import { FISCAL_YEAR, monthValue, windowPeriods } from '../src/companions/periods'
import { serveCompanion, serveSign } from '../src/companions/serve'
import { generateSigns, manualsUrl, signKey } from '../src/companions/signs'
import type { CompanionTarget } from '../src/companions/target'
import { formatThaiMonth } from '../src/fiscal'
import { closePayload, testPayload, unitBySlug } from './helpers/payload'
import { docxTables, docxText, pdfPages, sheetRows, squeezed, workbook } from './helpers/readBack'

let payload: Payload
let stationA: { id: number; slug: string; name: string }

const generate = async (target: CompanionTarget) =>
  generateCompanions(await createLocalReq({}, payload), target)

/** The bytes served at a stable URL. */
async function served(
  unitSlug: string,
  fiscalYear: number,
  item: string,
  file: string,
): Promise<{ status: number; body: Buffer; type: string | null }> {
  const response = await serveCompanion(payload, {
    unit: unitSlug,
    fiscalYear: String(fiscalYear),
    item,
    file,
  })
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type'),
  }
}

beforeAll(async () => {
  payload = await testPayload()
  const unit = await unitBySlug(payload, 'mueang-ranong')
  stationA = { id: unit.id, slug: unit.slug, name: unit.name }
})
afterAll(closePayload)

async function procurementMonth(unit: number, year: number, month: number) {
  const { docs } = await payload.find({
    collection: 'procurement-summaries',
    where: { tenant: { equals: unit }, month: { equals: monthValue({ year, month }) } },
    locale: 'th',
    depth: 0,
    limit: 1,
  })
  return docs[0]!
}

describe('สขร.1 (O15) companions', () => {
  const target = (period: string): CompanionTarget => ({
    unit: stationA.id,
    fiscalYear: 2568,
    item: 'O15',
    period,
  })
  beforeAll(async () => {
    await generate(target('2024-10'))
  })

  it('the XLSX holds every procurement of the month, cell by cell, typed, under the form headers', async () => {
    const source = await procurementMonth(stationA.id, 2024, 10)
    const rows = source.rows ?? []
    expect(rows.length).toBeGreaterThan(0)
    const { status, body, type } = await served(stationA.slug, 2568, 'O15', '2024-10.xlsx')
    expect(status).toBe(200)
    expect(type).toContain('spreadsheetml')
    const book = workbook(body)
    const [sheet] = book.SheetNames
    const [title] = sheetRows(book, sheet!, 1)
    expect(title![0]).toBe('แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม พ.ศ. 2567')
    expect(title).toContain('สขร.1')
    expect(sheetRows(book, sheet!, 2)[0]![0]).toBe(stationA.name)
    const [header, ...data] = sheetRows(book, sheet!, 4)
    // The nine columns of DOMAIN.md §4 in order; grouped ones carry their sub-column after " – ".
    const tops = [...new Set((header as string[]).map((text) => text.split(' – ')[0]))]
    expect(tops).toEqual(Object.values(procurementColumns).map((column) => column.th))
    expect(data).toHaveLength(rows.length)
    rows.forEach((row, index) => {
      const cells = data[index]!
      expect(cells[0]).toBe(index + 1)
      expect(cells[1]).toBe(row.item)
      expect(cells[2]).toBe(row.budget)
      expect(cells[3]).toBe(row.referencePrice)
      expect(cells[4]).toBe(procurementMethods[row.method as keyof typeof procurementMethods].th)
      expect(String(cells[5]).split('\n')).toEqual(row.bidders!.map((bidder) => bidder.name))
      expect(cells[7]).toBe(row.winner!.name)
      expect(cells[8]).toBe(row.winner!.price)
      expect(cells[9]).toBe(row.reason)
      expect(cells[10]).toBe(row.contract!.number)
      expect((cells[11] as Date).toISOString().slice(0, 10)).toBe(row.contract!.date!.slice(0, 10))
    })
    // Several bidders per row, again one per line with typed prices, for programs.
    const bidders = sheetRows(book, book.SheetNames[1]!, 4).slice(1)
    expect(bidders.map((cells) => [cells[2], cells[3]])).toEqual(
      rows.flatMap((row) => row.bidders!.map((bidder) => [bidder.name, bidder.price])),
    )
  })

  it('the DOCX has the form as a real table with the same rows and totals', async () => {
    const source = await procurementMonth(stationA.id, 2024, 10)
    const rows = source.rows ?? []
    const { body } = await served(stationA.slug, 2568, 'O15', '2024-10.docx')
    const text = await docxText(body)
    expect(text).toContain('แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม พ.ศ. 2567')
    expect(text).toContain('สขร.1')
    expect(text).toContain(stationA.name)
    const [table] = await docxTables(body)
    for (const column of Object.values(procurementColumns)) expect(table![0]).toContain(column.th)
    const data = table!.slice(2, 2 + rows.length)
    rows.forEach((row, index) => {
      expect(data[index]![1]).toBe(row.item)
      expect(data[index]![2]).toBe(
        row.budget!.toLocaleString('th-TH', { minimumFractionDigits: 2 }),
      )
      expect(data[index]![5]!.split('\n')).toEqual(row.bidders!.map((bidder) => bidder.name))
    })
    const total = rows.reduce((sum, row) => sum + row.budget!, 0)
    expect(table!.at(-1)).toContain(total.toLocaleString('th-TH', { minimumFractionDigits: 2 }))
  })

  it('the PDF prints the title, unit, form code, the nine headers and every row', async () => {
    const source = await procurementMonth(stationA.id, 2024, 10)
    const { body, type } = await served(stationA.slug, 2568, 'O15', '2024-10.pdf')
    expect(type).toBe('application/pdf')
    const text = squeezed((await pdfPages(body)).join(''))
    expect(text).toContain(
      squeezed('แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม พ.ศ. 2567'),
    )
    expect(text).toContain('สขร.1')
    expect(text).toContain(squeezed(stationA.name))
    expect(text).toContain(squeezed('ปีงบประมาณ พ.ศ. 2568'))
    for (const column of Object.values(procurementColumns))
      expect(text).toContain(squeezed(column.th))
    for (const row of source.rows ?? []) {
      expect(text).toContain(squeezed(row.item!))
      expect(text).toContain(squeezed(row.contract!.number!))
    }
  })

  it('a month declared without procurement says "ไม่มีการจัดซื้อจัดจ้าง" in every format', async () => {
    const source = await procurementMonth(stationA.id, 2024, 12)
    expect(source.noneDeclared).toBe(true)
    await generate(target('2024-12'))
    const pdf = squeezed(
      (await pdfPages((await served(stationA.slug, 2568, 'O15', '2024-12.pdf')).body)).join(''),
    )
    expect(pdf).toContain(squeezed(NO_PROCUREMENT))
    expect(
      await docxText((await served(stationA.slug, 2568, 'O15', '2024-12.docx')).body),
    ).toContain(NO_PROCUREMENT)
    const book = workbook((await served(stationA.slug, 2568, 'O15', '2024-12.xlsx')).body)
    expect(sheetRows(book, book.SheetNames[0]!, 3)[0]![0]).toContain(NO_PROCUREMENT)
    expect(sheetRows(book, book.SheetNames[0]!, 4)).toHaveLength(1)
  })

  it('the fiscal-year roll-up has one sheet per month of the window, each with that month’s rows', async () => {
    await generate(target(FISCAL_YEAR))
    const book = workbook((await served(stationA.slug, 2568, 'O15', 'fy.xlsx')).body)
    for (const month of windowPeriods(2568, { startMonth: 10, months: 6 })) {
      const name = `${formatThaiMonth(month.year, month.month, { style: 'short' })} สขร.1`
      expect(book.SheetNames).toContain(name)
      const source = await procurementMonth(stationA.id, month.year, month.month)
      expect(sheetRows(book, name, 4).length - 1).toBe(
        source.noneDeclared ? 0 : (source.rows ?? []).length,
      )
    }
    const pdf = await pdfPages((await served(stationA.slug, 2568, 'O15', 'fy.pdf')).body)
    expect(pdf.length).toBeGreaterThanOrEqual(6)
  })
})

describe('open data', () => {
  it('CSV (UTF-8 with BOM) and JSON carry the same rows as the source, typed', async () => {
    const source = await procurementMonth(stationA.id, 2024, 10)
    const csv = await served(stationA.slug, 2568, 'O15', '2024-10.csv')
    expect(csv.status).toBe(200)
    expect(csv.type).toBe('text/csv; charset=utf-8')
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<string[]>(csv.body.toString('utf8').slice(1), {
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    const [header, ...rows] = parsed.data
    expect(header![0]).toBe(procurementColumns.order.th)
    expect(rows.map((row) => [row[1], Number(row[2]), row[9]])).toEqual(
      (source.rows ?? []).map((row) => [row.item, row.budget, row.reason]),
    )

    const json = JSON.parse(
      (await served(stationA.slug, 2568, 'O15', '2024-10.json')).body.toString('utf8'),
    )
    expect(json.unit).toBe(stationA.name)
    expect(json.links.pdf).toBe(`/oit/${stationA.slug}/2568/O15/2024-10.pdf`)
    const table = json.tables.find((candidate: { id: string }) => candidate.id === 'procurements')
    expect(
      table.rows.map((row: Record<string, unknown>) => [
        row.item,
        row.budget,
        row.winnerPrice,
        row.contractDate,
      ]),
    ).toEqual(
      (source.rows ?? []).map((row) => [
        row.item,
        row.budget,
        row.winner!.price,
        row.contract!.date!.slice(0, 10),
      ]),
    )
    const bidders = Papa.parse<string[]>(
      (await served(stationA.slug, 2568, 'O15', '2024-10.bidders.csv')).body
        .toString('utf8')
        .slice(1),
      { skipEmptyLines: true },
    ).data.slice(1)
    expect(bidders.map((row) => [row[2], Number(row[3])])).toEqual(
      (source.rows ?? []).flatMap((row) =>
        row.bidders!.map((bidder) => [bidder.name, bidder.price]),
      ),
    )
  })

  it('the year’s CSV is one table with the month as its first column', async () => {
    const csv = Papa.parse<string[]>(
      (await served(stationA.slug, 2568, 'O15', 'fy.csv')).body.toString('utf8').slice(1),
      { skipEmptyLines: true },
    ).data
    expect(csv[0]![0]).toBe('ช่วงเวลา')
    let expected = 0
    for (const month of windowPeriods(2568, { startMonth: 10, months: 6 })) {
      const source = await procurementMonth(stationA.id, month.year, month.month)
      expected += source.noneDeclared ? 0 : (source.rows ?? []).length
    }
    expect(csv.length - 1).toBe(expected)
  })

  it('an item without a generated report gives its published documents as records: O1 executives, drafts and private fields left out', async () => {
    const draft = await payload.create({
      collection: 'executives',
      data: { tenant: stationA.id, firstName: 'DRAFT-EXECUTIVE', lastName: 'ทดสอบ' },
      draft: true,
    })
    const { docs: published } = await payload.find({
      collection: 'executives',
      where: { tenant: { equals: stationA.id }, _status: { equals: 'published' } },
      locale: 'th',
      limit: 100,
      depth: 0,
    })
    const json = JSON.parse(
      (await served(stationA.slug, 2568, 'O1', 'fy.json')).body.toString('utf8'),
    )
    const executives = json.documents.filter(
      (doc: { collection: string }) => doc.collection === 'executives',
    )
    expect(executives.map((doc: { firstName: string }) => doc.firstName).sort()).toEqual(
      published.map((doc) => doc.firstName).sort(),
    )
    expect(JSON.stringify(json)).not.toContain('DRAFT-EXECUTIVE')
    const csv = Papa.parse<string[]>(
      (await served(stationA.slug, 2568, 'O1', 'fy.csv')).body.toString('utf8').slice(1),
      { skipEmptyLines: true },
    ).data
    expect(csv.length - 1).toBe(json.documents.length)
    // O5 reads the unit's own record: its internal (ITAP administrator) data is never published.
    const contact = (await served(stationA.slug, 2568, 'O5', 'fy.json')).body.toString('utf8')
    expect(contact).toContain(stationA.name)
    expect(contact).not.toContain('itapAdmin')
    await payload.delete({ collection: 'executives', id: draft.id })
  })

  it('drafts never reach open data: an unknown or unpublished period answers 404', async () => {
    expect((await served(stationA.slug, 2568, 'O15', '2025-09.json')).status).toBe(404)
    expect((await served(stationA.slug, 2568, 'O15', 'not-a-period.csv')).status).toBe(404)
    expect((await served('no-such-unit', 2568, 'O15', '2024-10.csv')).status).toBe(404)
  })
})

describe('printable signs', () => {
  it('No Gift Policy (Thai and English) and QR signs carry the unit’s data; the QR codes decode to the right links', async () => {
    await payload.update({
      collection: 'units',
      id: stationA.id,
      data: { contact: { eitSurveyUrl: 'https://itas.nacc.go.th/go/eit/demo-ranong' } },
    })
    const unit = await payload.findByID({ collection: 'units', id: stationA.id, locale: 'th' })
    const unitEn = await payload.findByID({ collection: 'units', id: stationA.id, locale: 'en' })
    await generateSigns(await createLocalReq({}, payload), stationA.id)
    const sign = async (name: string) => {
      const response = await serveSign(payload, { unit: stationA.slug, file: `${name}.pdf` })
      expect(response.status).toBe(200)
      return Buffer.from(await response.arrayBuffer())
    }
    // Seed 004's wording: the pledge, "(NO GIFT POLICY)", the closing clause, the head's rank in
    // full.
    const th = squeezed((await pdfPages(await sign('no-gift-policy-th'))).join(''))
    for (const text of [
      'NO Gift Policy',
      'งดรับ งดให้ของขวัญ',
      unit.name,
      `ขอประกาศเจตนารมณ์ว่า ผู้บริหารและเจ้าหน้าที่ทุกคนใน${unit.name}`,
      '(NO GIFT POLICY)',
      'ทุจริตและประพฤติมิชอบทั้งในปัจจุบันและอนาคต',
      `พันตำรวจเอก${unit.head!.name!}`,
      unit.head!.position!,
      unit.contact!.phones![0]!.number,
    ])
      expect(th).toContain(squeezed(text))
    expect(th).not.toContain(squeezed('พ.ต.อ.'))
    // The English sign has the English rank, never the Thai one.
    const en = squeezed((await pdfPages(await sign('no-gift-policy-en'))).join(''))
    for (const text of [
      'NO Gift Policy',
      unitEn.name,
      `Police Colonel ${unitEn.head!.name!}`,
      '(NO GIFT POLICY)',
    ])
      expect(en).toContain(squeezed(text))
    expect(en).not.toMatch(/[\u0E00-\u0E7F]/)
    expect(await qrOf(await sign('service-manuals-qr'))).toBe(
      manualsUrl(unit as never, 'http://localhost:3000'),
    )
    expect(await qrOf(await sign('eit-survey-qr'))).toBe(
      'https://itas.nacc.go.th/go/eit/demo-ranong',
    )
    const pages = await pdfPages(await sign('eit-survey-qr'))
    expect(pages).toHaveLength(1)
  })

  it('a sign is regenerated only when its text changes', async () => {
    const count = () =>
      payload.count({
        collection: 'companion-files',
        where: { key: { equals: signKey(stationA.id, 'no-gift-policy-th') } },
      })
    const before = (await count()).totalDocs
    await generateSigns(await createLocalReq({}, payload), stationA.id)
    expect((await count()).totalDocs).toBe(before)
    await payload.update({
      collection: 'units',
      id: stationA.id,
      locale: 'th',
      data: { head: { position: 'ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง (รักษาราชการแทน)' } },
    })
    await generateSigns(await createLocalReq({}, payload), stationA.id)
    expect((await count()).totalDocs).toBe(before + 1)
    const response = await serveSign(payload, {
      unit: stationA.slug,
      file: 'no-gift-policy-th.pdf',
    })
    expect(
      squeezed((await pdfPages(Buffer.from(await response.arrayBuffer()))).join('')),
    ).toContain(squeezed('(รักษาราชการแทน)'))
  })
})

/** Decodes the QR code of a one-page PDF, rendered by pdftoppm and read by jsQR. */
async function qrOf(pdf: Buffer): Promise<string | null> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oit-qr-'))
  try {
    writeFileSync(path.join(dir, 'sign.pdf'), pdf)
    execFileSync('pdftoppm', [
      '-r',
      '100',
      '-png',
      '-singlefile',
      path.join(dir, 'sign.pdf'),
      path.join(dir, 'sign'),
    ])
    const { data, info } = await sharp(path.join(dir, 'sign.png'))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('every other item with companions', () => {
  const files = async (item: string, period: string) => {
    await generate({ unit: stationA.id, fiscalYear: 2568, item, period })
    const get = async (format: string) =>
      (await served(stationA.slug, 2568, item, `${period}.${format}`)).body
    return { get }
  }
  const one = async (
    collection:
      | 'budget-reports'
      | 'investigation-fund-reports'
      | 'risk-assessments'
      | 'crime-statistics'
      | 'checkpoint-statistics'
      | 'complaint-statistics'
      | 'monthly-reports',
    where: Record<string, unknown> = {},
  ) =>
    (
      await payload.find({
        collection,
        where: { tenant: { equals: stationA.id }, fiscalYear: { equals: 2568 }, ...where } as never,
        locale: 'th',
        depth: 0,
        limit: 1,
      })
    ).docs[0] as Record<string, any>

  it('O11 statistics: XLSX crime counts and checkpoint figures match the month’s data; PDF and DOCX print them', async () => {
    const { get } = await files('O11', '2024-10')
    const month = { month: { equals: monthValue({ year: 2024, month: 10 }) } }
    const crimes = await one('crime-statistics', month)
    const checkpoints = await one('checkpoint-statistics', month)
    const book = workbook(await get('xlsx'))
    const crimeRows = sheetRows(book, 'สถิติคดีอาญา', 4).slice(1)
    expect(crimeRows.map((row) => [row[2], row[3], row[4]])).toEqual(
      crimes.rows.map((row: Record<string, number>) => [row.reported, row.arrested, row.suspects]),
    )
    expect(
      sheetRows(book, 'จุดตรวจ จุดสกัด', 4)
        .slice(1)
        .map((row) => row[1]),
    ).toEqual([
      checkpoints.checkpoints,
      checkpoints.officers,
      checkpoints.vehiclesChecked,
      checkpoints.personsChecked,
    ])
    const pdf = squeezed((await pdfPages(await get('pdf'))).join(''))
    for (const row of crimes.rows) expect(pdf).toContain(squeezed(row.label))
    const tables = await docxTables(await get('docx'))
    expect(tables.length).toBeGreaterThanOrEqual(2)
  })

  it('O12 budget: one XLSX row per source of allocation with typed amounts', async () => {
    const { get } = await files('O12', 'fy')
    const budget = await one('budget-reports')
    const rows = sheetRows(workbook(await get('xlsx')), 'แผนและผลการใช้จ่าย', 4).slice(1)
    expect(rows.map((row) => [row[1], row[2], row[10]])).toEqual(
      budget.sources.map((source: Record<string, unknown>) => [
        source.source,
        source.allocated,
        source.percentOfPlan,
      ]),
    )
  })

  it('O13 investigation fund: XLSX and DOCX list each spending period and amount', async () => {
    const { get } = await files('O13', 'fy')
    const fund = await one('investigation-fund-reports')
    const rows = sheetRows(workbook(await get('xlsx')), 'การใช้จ่ายเงินกองทุน', 4).slice(1)
    expect(rows.map((row) => row[3])).toEqual(
      fund.spending.map((row: Record<string, unknown>) => row.amount),
    )
    const [table] = (await docxTables(await get('docx'))).filter((candidate) =>
      candidate[0]!.includes('ช่วงเวลา'),
    )
    expect(table!.length - 2).toBe(fund.spending.length)
  })

  it('O17 complaint statistics: counts, or "ไม่มีเรื่องร้องเรียน" for a declared month', async () => {
    const { docs } = await payload.find({
      collection: 'complaint-statistics',
      where: { tenant: { equals: stationA.id }, fiscalYear: { equals: 2568 } },
      locale: 'th',
      limit: 12,
    })
    for (const doc of docs.slice(0, 2)) {
      const period = doc.month.slice(0, 7)
      const { get } = await files('O17', period)
      const rows = sheetRows(workbook(await get('xlsx')), 'เรื่องร้องเรียน', 4).slice(1)
      if (doc.noneDeclared)
        expect(squeezed((await pdfPages(await get('pdf'))).join(''))).toContain(
          squeezed('ไม่มีเรื่องร้องเรียน'),
        )
      else
        expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual([
          [doc.received, doc.completed, doc.inProgress],
        ])
    }
  })

  it('O20 risk register: one XLSX row per risk with its score and level', async () => {
    const { get } = await files('O20', 'fy')
    const risk = await one('risk-assessments')
    const rows = sheetRows(workbook(await get('xlsx')), 'ทะเบียนความเสี่ยง', 4).slice(1)
    expect(rows.map((row) => [row[2], row[7], row[8]])).toEqual(
      risk.rows.map((row: Record<string, unknown>) => [row.process, row.score, row.level]),
    )
  })

  it('O7 monthly report: PDF and DOCX carry every activity, with the photos embedded', async () => {
    const { get } = await files('O7', '2024-11')
    const report = await one('monthly-reports', {
      month: { equals: monthValue({ year: 2024, month: 11 }) },
    })
    const pdf = squeezed((await pdfPages(await get('pdf'))).join(''))
    for (const activity of report.activities) expect(pdf).toContain(squeezed(activity.title))
    const { value: html } = await (
      await import('mammoth')
    ).default.convertToHtml({ buffer: await get('docx') })
    const photos = report.activities.reduce(
      (sum: number, activity: { photos?: unknown[] }) => sum + (activity.photos?.length ?? 0),
      0,
    )
    expect(photos).toBeGreaterThan(0)
    expect((html.match(/<img /g) ?? []).length).toBe(photos)
  })
})
