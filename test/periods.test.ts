import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closePayload, rejection, testPayload } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload
let unit: number

beforeAll(async () => {
  payload = await testPayload()
  unit = (await scratchStation(payload, 'period-tests')).unit.id
})
afterAll(closePayload)

const news = (date: string) =>
  payload.create({
    collection: 'news',
    data: { tenant: unit, title: `ข่าววันที่ ${date}`, date },
    draft: true,
  })

describe('the fiscal year is derived from the date, judged in Bangkok', () => {
  it.each([
    ['2024-09-30T12:00:00.000Z', 2567, '30 Sep 2024 (the last day of FY2567)'],
    ['2024-10-01T12:00:00.000Z', 2568, '1 Oct 2024 (the first day of FY2568)'],
    ['2024-09-30T16:59:59.000Z', 2567, '23:59 on 30 Sep in Bangkok'],
    ['2024-09-30T17:00:00.000Z', 2568, 'midnight of 1 Oct in Bangkok, still 30 Sep in UTC'],
    ['2025-09-30T12:00:00.000Z', 2568, '30 Sep 2025 (the last day of FY2568)'],
  ])('%s → FY%i (%s)', async (date, fiscalYear) => {
    expect((await news(date)).fiscalYear).toBe(fiscalYear)
  })

  it('a month is stored as its first day and carries its fiscal year', async () => {
    const doc = await payload.create({
      collection: 'monthly-reports',
      data: { tenant: unit, month: '2025-03-17T03:00:00.000Z' },
      draft: true,
    })
    expect(doc.month).toBe('2025-03-01T12:00:00.000Z')
    expect(doc.fiscalYear).toBe(2568)
  })

  it('a month outside the stated fiscal year is refused, naming the month and the year', async () => {
    const refused = await rejection(
      payload.create({
        collection: 'monthly-reports',
        data: { tenant: unit, month: '2025-10-01T12:00:00.000Z', fiscalYear: 2568 },
        draft: true,
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.fields.month).toContain('อยู่ในปีงบประมาณ 2569 ไม่ใช่ปีงบประมาณ 2568')
    expect(refused.fields.month).toContain('falls in fiscal year 2569, not 2568')
  })

  it('moving a document to another month moves its fiscal year (the form’s stale year is not an error)', async () => {
    const doc = await payload.create({
      collection: 'crime-statistics',
      data: { tenant: unit, month: '2024-09-01T12:00:00.000Z' },
      draft: true,
    })
    expect(doc.fiscalYear).toBe(2567)
    const moved = await payload.update({
      collection: 'crime-statistics',
      id: doc.id,
      data: { month: '2024-10-01T12:00:00.000Z', fiscalYear: 2567 },
      draft: true,
    })
    expect(moved.fiscalYear).toBe(2568)
  })

  it('refuses a Buddhist-era year typed into the CE date picker', async () => {
    const refused = await rejection(news('2567-11-05T12:00:00.000Z'))
    expect(refused.fields.date).toContain('วันที่ของข่าว: ปี พ.ศ. 3110 อยู่นอกช่วงที่เป็นไปได้')
  })

  it('a date typed as Thai users type it is read day first, in either era, and stored as that day', async () => {
    for (const typed of ['3/10/2569', '3/10/2026', '3 ต.ค. 69', '3 ตุลาคม 2569']) {
      const doc = await news(typed)
      expect([typed, doc.date, doc.fiscalYear]).toEqual([typed, '2026-10-03T12:00:00.000Z', 2570])
    }
  })

  it('a typed date that cannot be read is refused, naming the field and what is wrong', async () => {
    const refused = await rejection(news('31/9/2569'))
    expect(refused.status).toBe(400)
    expect(refused.fields.date).toContain(
      'วันที่ของข่าว: วันที่ต้องอยู่ระหว่าง 1–30 ของกันยายน แต่พิมพ์ 31',
    )
  })

  it('duplicating a month makes the first month after it the unit does not have yet, rows kept, as a draft', async () => {
    const september = await payload.create({
      collection: 'crime-statistics',
      data: { tenant: unit, month: '2026-09-01T12:00:00.000Z' },
      draft: true,
    })
    const rows = (
      await payload.update({
        collection: 'crime-statistics',
        id: september.id,
        data: { rows: september.rows!.map((row, index) => ({ ...row, reported: index + 3 })) },
        draft: true,
      })
    ).rows
    await payload.create({
      collection: 'crime-statistics',
      data: { tenant: unit, month: '2026-10-01T12:00:00.000Z' },
      draft: true,
    })
    const copy = await payload.duplicate({
      collection: 'crime-statistics',
      id: september.id,
      draft: true,
    })
    expect([copy.month, copy.fiscalYear, copy.title, copy._status]).toEqual([
      '2026-11-01T12:00:00.000Z',
      2570,
      'พฤศจิกายน 2569',
      'draft',
    ])
    expect(copy.rows!.map((row) => [row.group, row.reported])).toEqual(
      rows!.map((row) => [row.group, row.reported]),
    )
  })

  it('duplicating a yearly document makes next year’s', async () => {
    const budget = await payload.create({
      collection: 'budget-reports',
      data: { tenant: unit, fiscalYear: 2569 },
      draft: true,
    })
    expect(
      (await payload.duplicate({ collection: 'budget-reports', id: budget.id, draft: true }))
        .fiscalYear,
    ).toBe(2570)
  })

  it('the as-of date of the manpower sets the structure’s fiscal year, one per year', async () => {
    const first = await payload.create({
      collection: 'org-structures',
      data: { tenant: unit, asOf: '2025-01-01T12:00:00.000Z' },
      draft: true,
    })
    expect(first.fiscalYear).toBe(2568)
    const second = await rejection(
      payload.create({
        collection: 'org-structures',
        data: { tenant: unit, asOf: '2025-02-01T12:00:00.000Z' },
        draft: true,
      }),
    )
    expect(second.fields.fiscalYear).toContain('มีโครงสร้างของปีงบประมาณ 2568 แล้ว')
  })
})
