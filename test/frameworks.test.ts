import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { currentFrameworkGaps } from '../src/frameworks/currentGaps'
import { defaultYear, governing, offeredYears } from '../src/frameworks/inForce'
import { closePayload, login, rejection, rest, testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

const frameworkOf = async (fiscalYear: number, unitType: string) => {
  const { docs } = await payload.find({
    collection: 'oit-frameworks',
    where: { fiscalYear: { equals: fiscalYear }, unitType: { equals: unitType } },
    limit: 1,
  })
  expect(docs).toHaveLength(1)
  return docs[0]!
}

const codes = (n: number) => Array.from({ length: n }, (_, i) => `O${i + 1}`)
const formatsOf = (
  items: { code: string; formats?: { anyOf: string[] }[] | null }[],
  code: string,
) => items.find((item) => item.code === code)!.formats!.map((group) => [...group.anyOf].sort())

describe('seeded OIT frameworks', () => {
  it('every element of every shipped framework has an evidence rule; immigration has its own ITA calendar (seed 002)', async () => {
    for (const [fiscalYear, unitType] of [
      [2567, 'police-station'],
      [2568, 'police-station'],
      [2567, 'immigration-provincial'],
    ] as const) {
      const framework = await frameworkOf(fiscalYear, unitType)
      const ruleless = framework.items.flatMap((item) =>
        (item.requiredElements ?? [])
          .filter((element) => !element.check)
          .map((element) => `${item.code} ${element.key}`),
      )
      expect({ fiscalYear, unitType, ruleless }).toEqual({ fiscalYear, unitType, ruleless: [] })
    }
    const phases = (framework: { calendar?: { phase: string }[] | null }) =>
      (framework.calendar ?? []).map((row) => row.phase)
    const immigration = phases(await frameworkOf(2567, 'immigration-provincial'))
    expect(immigration).toContain('ประเมินการอุทธรณ์')
    expect(immigration).toContain('ระบุจำนวนผู้มีส่วนได้ส่วนเสียภายใน (IIT)')
    expect(immigration).not.toEqual(phases(await frameworkOf(2567, 'police-station')))
  })

  it.each([
    [2567, 'police-station', 25],
    [2568, 'police-station', 25],
    [2567, 'immigration-provincial', 24],
  ])('FY%i %s holds exactly O1–O%i in order', async (year, type, count) => {
    const framework = await frameworkOf(year, type)
    expect(framework.items.map((item) => item.code)).toEqual(codes(count))
    for (const item of framework.items) {
      expect(item.title.th).toBeTruthy()
      expect(item.title.en).toBeTruthy()
      expect(item.requiredElements?.length).toBeGreaterThan(0)
      expect(item.window).toEqual({ startMonth: 10, months: 6 })
    }
  })

  it.each([2567, 2568])(
    'FY%i station file formats follow the NACC checklist (DOMAIN.md §2)',
    async (year) => {
      const { items } = await frameworkOf(year, 'police-station')
      expect(formatsOf(items, 'O7')).toEqual([['pdf'], ['docx']])
      expect(formatsOf(items, 'O11')).toEqual([['pdf'], ['docx', 'xlsx']])
      expect(formatsOf(items, 'O12')).toEqual([['pdf'], ['xlsx']])
      expect(formatsOf(items, 'O13')).toEqual([['pdf'], ['xlsx'], ['docx']])
      expect(formatsOf(items, 'O15')).toEqual([['pdf'], ['docx', 'xlsx']])
      for (const code of ['O7', 'O11', 'O15']) {
        expect(items.find((item) => item.code === code)!.cadence).toBe('monthly')
      }
    },
  )

  it.each([
    [2568, 'police-station'],
    [2567, 'immigration-provincial'],
  ])(
    'FY%i %s: the generated files satisfy every required format group of their item',
    async (year, type) => {
      const { items } = await frameworkOf(year, type)
      const generating = items.filter((item) => item.formats?.length)
      expect(generating.length).toBeGreaterThan(0)
      for (const item of generating) {
        for (const group of item.formats!)
          expect({
            code: item.code,
            covered: group.anyOf.some((format) => item.companions?.includes(format as never)),
          }).toEqual({ code: item.code, covered: true })
      }
    },
  )

  it('carries item settings as data: O11 crime groups and O20 risk bands', async () => {
    const { items } = await frameworkOf(2568, 'police-station')
    const o11 = items.find((item) => item.code === 'O11')!
    expect(o11.feeds).toEqual(expect.arrayContaining(['crime-statistics', 'checkpoint-statistics']))
    expect(o11.crimeGroups!.map((group) => group.key)).toEqual([
      'life-body-sex',
      'property',
      'special-offences',
      'state-victim',
    ])
    const o20 = items.find((item) => item.code === 'O20')!
    const bands = o20.riskBands!
    expect(bands[0]!.min).toBe(1)
    expect(bands.at(-1)!.max).toBe(25)
  })
})

/** A morning in Bangkok on a given date. */
const bangkok = (date: string) => new Date(`${date}T09:00:00+07:00`)
/** 1 December 2026: fiscal year 2570, which has no framework of its own until the clone below. */
const fy2570 = bangkok('2026-12-01')
/** What the super-admin's dashboard offers to clone on a given day. */
const gaps = async (today: Date) =>
  (await currentFrameworkGaps(payload, today)).map(({ unitType, fiscalYear, inForce }) => ({
    unitType,
    fiscalYear,
    source: inForce.id,
  }))

describe('the framework in force for a fiscal year', () => {
  const seeded = [{ fiscalYear: 2567 }, { fiscalYear: 2568 }]

  it('governing: the year’s own framework, else the latest earlier one, else none', () => {
    const unordered = [{ fiscalYear: 2568 }, { fiscalYear: 2571 }, { fiscalYear: 2567 }]
    expect(governing(unordered, 2566)).toBeUndefined()
    expect(governing(unordered, 2567)).toBe(unordered[2])
    expect(governing(unordered, 2568)).toBe(unordered[0])
    // The gap years before a framework entered ahead of its year.
    expect(governing(unordered, 2569)).toBe(unordered[0])
    expect(governing(unordered, 2570)).toBe(unordered[0])
    expect(governing(unordered, 2571)).toBe(unordered[1])
    expect(governing(unordered, 2580)).toBe(unordered[1])
    expect(governing([], 2568)).toBeUndefined()
  })

  it('offeredYears: from the first framework’s year to the current fiscal year, or a later framework’s, newest first', () => {
    // Gap years are published, under the latest earlier framework.
    expect(offeredYears(seeded, fy2570)).toEqual([2570, 2569, 2568, 2567])
    // The fiscal year turns on 1 October.
    expect(offeredYears(seeded, bangkok('2026-09-30'))).toEqual([2569, 2568, 2567])
    // Before the first framework's year: only the framework years, not the current one (FY2566).
    expect(offeredYears(seeded, bangkok('2023-06-01'))).toEqual([2568, 2567])
    // A framework entered for a future year is published already.
    expect(offeredYears([...seeded, { fiscalYear: 2572 }], fy2570)).toEqual([
      2572, 2571, 2570, 2569, 2568, 2567,
    ])
    expect(offeredYears([], fy2570)).toEqual([])
  })

  it('defaultYear: the current fiscal year when offered, else the offered year nearest to it', () => {
    expect(defaultYear(offeredYears(seeded, fy2570), fy2570)).toBe(2570)
    expect(defaultYear(offeredYears(seeded, bangkok('2023-06-01')), bangkok('2023-06-01'))).toBe(
      2567,
    )
    expect(defaultYear([2568, 2567], fy2570)).toBe(2568)
    expect(defaultYear([], fy2570)).toBeUndefined()
  })
})

describe('the current year’s missing frameworks (the super-admin’s dashboard)', () => {
  it('lists each unit type whose current year borrows an earlier framework, with the framework to clone', async () => {
    const station = await frameworkOf(2568, 'police-station')
    const immigration = await frameworkOf(2567, 'immigration-provincial')
    // January 2025 (FY2568): stations have their own framework, immigration borrows FY2567's.
    expect(await gaps(bangkok('2025-01-15'))).toEqual([
      { unitType: 'immigration-provincial', fiscalYear: 2568, source: immigration.id },
    ])
    // December 2025 (FY2569): both borrow.
    expect(await gaps(bangkok('2025-12-01'))).toEqual([
      { unitType: 'police-station', fiscalYear: 2569, source: station.id },
      { unitType: 'immigration-provincial', fiscalYear: 2569, source: immigration.id },
    ])
  })
})

describe('cloning a framework into a new fiscal year', () => {
  it('yields an independent FY2570 copy that can be edited without touching FY2568', async () => {
    const source = await frameworkOf(2568, 'police-station')
    // What the dashboard's button posts for the stations in FY2570.
    const gap = (await gaps(fy2570)).find((candidate) => candidate.unitType === 'police-station')
    expect(gap).toEqual({ unitType: 'police-station', fiscalYear: 2570, source: source.id })
    const token = await login('admin@demo.local')
    const response = await rest('POST', `/oit-frameworks/${source.id}/clone`, {
      token,
      body: { fiscalYear: '2570' },
    })
    expect(response.status).toBe(201)
    expect((await gaps(fy2570)).map((candidate) => candidate.unitType)).toEqual([
      'immigration-provincial',
    ])
    const clone = await frameworkOf(2570, 'police-station')
    expect(clone.id).not.toBe(source.id)
    expect(clone.title).toContain('2570')
    expect(clone.items.map((item) => item.code)).toEqual(source.items.map((item) => item.code))
    expect(clone.items.map((item) => item.id)).not.toEqual(source.items.map((item) => item.id))

    const items = clone.items.map((item) =>
      item.code === 'O1' ? { ...item, title: { ...item.title, th: 'ข้อใหม่ 2570' } } : item,
    )
    await payload.update({
      collection: 'oit-frameworks',
      id: clone.id,
      data: { items: items.slice(0, 24) },
    })

    const original = await frameworkOf(2568, 'police-station')
    expect(original.items).toHaveLength(25)
    expect(original.items[0]!.title.th).toBe(source.items[0]!.title.th)
    const edited = await frameworkOf(2570, 'police-station')
    expect(edited.items).toHaveLength(24)
    expect(edited.items[0]!.title.th).toBe('ข้อใหม่ 2570')
  })

  it('refuses a year that already exists, a bad year, and anyone but a super-admin', async () => {
    const source = await frameworkOf(2567, 'police-station')
    const admin = await login('admin@demo.local')
    const existing = await rest('POST', `/oit-frameworks/${source.id}/clone`, {
      token: admin,
      body: { fiscalYear: 2568 },
    })
    expect(existing.status).toBe(409)
    expect(existing.text).toContain('2568')
    const bad = await rest('POST', `/oit-frameworks/${source.id}/clone`, {
      token: admin,
      body: { fiscalYear: '2025' },
    })
    expect(bad.status).toBe(400)
    const editor = await login('editor.a@demo.local')
    const refused = await rest('POST', `/oit-frameworks/${source.id}/clone`, {
      token: editor,
      body: { fiscalYear: 2571 },
    })
    expect(refused.status).toBe(403)
    const anonymous = await rest('POST', `/oit-frameworks/${source.id}/clone`, {
      body: { fiscalYear: 2571 },
    })
    expect(anonymous.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'oit-frameworks',
      where: { fiscalYear: { equals: 2571 } },
    })
    expect(totalDocs).toBe(0)
  })

  it('rejects a second framework for the same year and unit type with a Thai message', async () => {
    const source = await frameworkOf(2567, 'immigration-provincial')
    const refused = await rejection(
      payload.create({
        collection: 'oit-frameworks',
        data: {
          fiscalYear: 2567,
          unitType: 'immigration-provincial',
          title: 'ซ้ำ',
          items: source.items.map(({ id: _id, ...item }) => item),
        },
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.fields.fiscalYear).toMatch(
      /^ปีงบประมาณ: มีกรอบของปีนี้สำหรับประเภทหน่วยงานนี้อยู่แล้ว \/ Fiscal year: /,
    )
  })

  it('rejects risk bands that leave a score without a level', async () => {
    const source = await frameworkOf(2568, 'police-station')
    const items = source.items.map((item) =>
      item.code === 'O20'
        ? {
            ...item,
            riskBands: [
              { label: 'ต่ำ', min: 1, max: 3 },
              { label: 'สูง', min: 5, max: 25 },
            ],
          }
        : item,
    )
    const refused = await rejection(
      payload.update({ collection: 'oit-frameworks', id: source.id, data: { items } }),
    )
    const index = source.items.findIndex((item) => item.code === 'O20')
    expect(refused.fields[`items.${index}.riskBands`]).toContain('ขาดหรือซ้อนที่ 4')
  })
})
