import { describe, expect, it } from '@jest/globals'

import {
  bangkokDateParts,
  currentFiscalYear,
  englishMonthName,
  fiscalMonths,
  fiscalYearOf,
  fiscalYearOfMonth,
  fiscalYearRange,
  formatFiscalYear,
  formatThaiDate,
  formatThaiMonth,
  fromThaiDigits,
  isMonthInFiscalYear,
  parseFiscalYear,
  parseTypedDate,
  thaiMonthName,
  toBuddhistYear,
  toCommonEraYear,
  toThaiDigits,
  windowMonths,
} from '../../src/fiscal'

const DAY_MS = 24 * 60 * 60 * 1000

/** Independent reference: ask ICU's tz database for the Bangkok calendar date. */
const icuBangkok = new Intl.DateTimeFormat('en-US-u-ca-gregory', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})
function icuBangkokParts(date: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(icuBangkok.formatToParts(date).map((p) => [p.type, p.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }
}

/** Noon in Bangkok on a CE date, far from any day boundary. */
function bangkokNoon(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 5))
}

describe('Buddhist era conversion', () => {
  it('converts known years', () => {
    expect(toBuddhistYear(2025)).toBe(2568)
    expect(toBuddhistYear(2024)).toBe(2567)
    expect(toCommonEraYear(2568)).toBe(2025)
    expect(toCommonEraYear(2500)).toBe(1957)
  })

  it('round-trips BE ⇄ CE over a range of years', () => {
    for (let ce = 1900; ce <= 2200; ce += 7) {
      const be = toBuddhistYear(ce)
      expect(be - ce).toBe(543)
      expect(toCommonEraYear(be)).toBe(ce)
    }
  })

  it('rejects non-integer years', () => {
    expect(() => toBuddhistYear(2025.5)).toThrow(RangeError)
    expect(() => toCommonEraYear(Number.NaN)).toThrow(RangeError)
  })
})

describe('bangkokDateParts', () => {
  it('shifts UTC instants to Bangkok (UTC+7)', () => {
    expect(bangkokDateParts(new Date('2024-09-30T16:59:59.999Z'))).toEqual({
      year: 2024,
      month: 9,
      day: 30,
    })
    expect(bangkokDateParts(new Date('2024-09-30T17:00:00Z'))).toEqual({
      year: 2024,
      month: 10,
      day: 1,
    })
    expect(bangkokDateParts(new Date('2024-12-31T17:00:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 1,
    })
  })

  it('agrees with the ICU Asia/Bangkok time zone every 5h13m across 3 years', () => {
    const step = 5 * 60 * 60 * 1000 + 13 * 60 * 1000
    const from = Date.parse('2023-09-01T00:00:00Z')
    const to = Date.parse('2026-10-31T00:00:00Z')
    let checked = 0
    for (let t = from; t < to; t += step) {
      const date = new Date(t)
      expect(bangkokDateParts(date)).toEqual(icuBangkokParts(date))
      checked++
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('rejects an invalid Date', () => {
    expect(() => bangkokDateParts(new Date('not a date'))).toThrow(RangeError)
    expect(() => fiscalYearOf(new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe('fiscalYearOf: 30 Sep / 1 Oct boundary', () => {
  it('30 Sep in Bangkok belongs to the ending fiscal year, 1 Oct to the next', () => {
    expect(fiscalYearOf(bangkokNoon(2024, 9, 30))).toBe(2567)
    expect(fiscalYearOf(bangkokNoon(2024, 10, 1))).toBe(2568)
    expect(fiscalYearOf(bangkokNoon(2025, 9, 30))).toBe(2568)
    expect(fiscalYearOf(bangkokNoon(2025, 10, 1))).toBe(2569)
  })

  it('switches exactly at 17:00Z on 30 Sep (midnight in Bangkok)', () => {
    expect(fiscalYearOf(new Date('2024-09-30T16:59:59.999Z'))).toBe(2567)
    expect(fiscalYearOf(new Date('2024-09-30T17:00:00Z'))).toBe(2568)
  })

  it('uses Bangkok, not UTC: still 30 Sep in UTC but already 1 Oct in Bangkok', () => {
    const instant = new Date('2024-09-30T20:30:00Z')
    expect(instant.getUTCMonth() + 1).toBe(9)
    expect(instant.getUTCDate()).toBe(30)
    expect(bangkokDateParts(instant)).toEqual({ year: 2024, month: 10, day: 1 })
    expect(fiscalYearOf(instant)).toBe(2568)
  })

  it('23:59 UTC on 30 Sep is not yet the next fiscal year in UTC terms but is in Bangkok', () => {
    // If the implementation used UTC fields, this would give 2567.
    expect(fiscalYearOf(new Date('2024-09-30T23:59:59Z'))).toBe(2568)
    // And the last Bangkok minute of 30 Sep is 16:59 UTC the same day.
    expect(fiscalYearOf(new Date('2024-09-30T16:59:00Z'))).toBe(2567)
  })
})

describe('fiscalYearOf: 31 Dec / 1 Jan', () => {
  it('keeps the fiscal year while the CE year changes', () => {
    const dec31 = bangkokNoon(2024, 12, 31)
    const jan1 = bangkokNoon(2025, 1, 1)
    expect(bangkokDateParts(dec31).year).toBe(2024)
    expect(bangkokDateParts(jan1).year).toBe(2025)
    expect(fiscalYearOf(dec31)).toBe(2568)
    expect(fiscalYearOf(jan1)).toBe(2568)
  })

  it('is 1 Jan in Bangkok while still 31 Dec in UTC', () => {
    const instant = new Date('2024-12-31T18:00:00Z')
    expect(instant.getUTCFullYear()).toBe(2024)
    expect(bangkokDateParts(instant)).toEqual({ year: 2025, month: 1, day: 1 })
    expect(fiscalYearOf(instant)).toBe(2568)
  })
})

describe('fiscalYearOf: leap days', () => {
  it('29 Feb 2024 is in FY2567 and 29 Feb 2028 in FY2571', () => {
    expect(fiscalYearOf(bangkokNoon(2024, 2, 29))).toBe(2567)
    expect(fiscalYearOf(bangkokNoon(2028, 2, 29))).toBe(2571)
    // Bangkok-midnight start of 29 Feb 2028 is 28 Feb 17:00Z.
    expect(bangkokDateParts(new Date('2028-02-28T17:00:00Z'))).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    })
  })
})

describe('fiscalYearOf: every day matches the month rule', () => {
  it('agrees with a hand rule (Oct–Dec → next CE year + 543) for each Bangkok day 2020–2030', () => {
    let previous: number | undefined
    let changes = 0
    for (
      let t = Date.parse('2020-01-01T00:00:00Z');
      t < Date.parse('2031-01-01T00:00:00Z');
      t += DAY_MS
    ) {
      const instant = new Date(t)
      const { year, month } = icuBangkokParts(instant)
      const expected = (month >= 10 ? year + 1 : year) + 543
      const actual = fiscalYearOf(instant)
      expect(actual).toBe(expected)
      if (previous !== undefined && actual !== previous) {
        expect(actual).toBe(previous + 1)
        changes++
      }
      previous = actual
    }
    // 2020-10-01 … 2030-10-01: eleven fiscal-year transitions.
    expect(changes).toBe(11)
  })
})

describe('fiscalYearOfMonth / isMonthInFiscalYear', () => {
  it('maps CE months to fiscal years', () => {
    expect(fiscalYearOfMonth(2024, 9)).toBe(2567)
    expect(fiscalYearOfMonth(2024, 10)).toBe(2568)
    expect(fiscalYearOfMonth(2024, 12)).toBe(2568)
    expect(fiscalYearOfMonth(2025, 1)).toBe(2568)
    expect(fiscalYearOfMonth(2025, 9)).toBe(2568)
    expect(() => fiscalYearOfMonth(2025, 0)).toThrow(RangeError)
    expect(() => fiscalYearOfMonth(2025, 13)).toThrow(RangeError)
  })

  it('answers membership, and false (not an error) for malformed months', () => {
    expect(isMonthInFiscalYear(2568, 2024, 10)).toBe(true)
    expect(isMonthInFiscalYear(2568, 2025, 9)).toBe(true)
    expect(isMonthInFiscalYear(2568, 2024, 9)).toBe(false)
    expect(isMonthInFiscalYear(2568, 2025, 10)).toBe(false)
    expect(isMonthInFiscalYear(2568, 2025, 13)).toBe(false)
    expect(isMonthInFiscalYear(2568, 2025, 0)).toBe(false)
  })
})

describe('currentFiscalYear', () => {
  it('uses the supplied clock', () => {
    expect(currentFiscalYear(new Date('2024-09-30T16:59:59.999Z'))).toBe(2567)
    expect(currentFiscalYear(new Date('2024-09-30T17:00:00Z'))).toBe(2568)
  })

  it('defaults to now', () => {
    const before = fiscalYearOf(new Date())
    const current = currentFiscalYear()
    const after = fiscalYearOf(new Date())
    expect([before, after]).toContain(current)
  })
})

describe('fiscalYearRange', () => {
  it('FY2568 is [2024-09-30T17:00Z, 2025-09-30T17:00Z)', () => {
    const { start, end } = fiscalYearRange(2568)
    expect(start.toISOString()).toBe('2024-09-30T17:00:00.000Z')
    expect(end.toISOString()).toBe('2025-09-30T17:00:00.000Z')
  })

  it('start and end are consistent with fiscalYearOf', () => {
    for (let fy = 2560; fy <= 2580; fy++) {
      const { start, end } = fiscalYearRange(fy)
      expect(fiscalYearOf(start)).toBe(fy)
      expect(fiscalYearOf(new Date(start.getTime() - 1))).toBe(fy - 1)
      expect(fiscalYearOf(new Date(end.getTime() - 1))).toBe(fy)
      expect(fiscalYearOf(end)).toBe(fy + 1)
      expect(fiscalYearRange(fy + 1).start.getTime()).toBe(end.getTime())
      expect(bangkokDateParts(start)).toEqual({ year: fy - 543 - 1, month: 10, day: 1 })
    }
  })

  it('has 366 days when the fiscal year contains 29 Feb, 365 otherwise', () => {
    const days = (fy: number): number => {
      const { start, end } = fiscalYearRange(fy)
      return (end.getTime() - start.getTime()) / DAY_MS
    }
    expect(days(2567)).toBe(366) // Oct 2023 – Sep 2024
    expect(days(2571)).toBe(366) // Oct 2027 – Sep 2028
    expect(days(2568)).toBe(365)
    expect(days(2569)).toBe(365)
    expect(days(2643)).toBe(365) // ends 2100, not a leap year
  })
})

describe('fiscalMonths / windowMonths', () => {
  it('lists Oct→Sep with the right CE years and indices', () => {
    const months = fiscalMonths(2568)
    expect(months).toHaveLength(12)
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-1',
      '2025-2',
      '2025-3',
      '2025-4',
      '2025-5',
      '2025-6',
      '2025-7',
      '2025-8',
      '2025-9',
    ])
    months.forEach((m, i) => {
      expect(m.index).toBe(i)
      expect(m.fiscalYear).toBe(2568)
      expect(fiscalYearOfMonth(m.year, m.month)).toBe(2568)
    })
  })

  it('default window is the first six months, Oct–Mar', () => {
    expect(windowMonths(2568)).toEqual([
      { fiscalYear: 2568, year: 2024, month: 10, index: 0 },
      { fiscalYear: 2568, year: 2024, month: 11, index: 1 },
      { fiscalYear: 2568, year: 2024, month: 12, index: 2 },
      { fiscalYear: 2568, year: 2025, month: 1, index: 3 },
      { fiscalYear: 2568, year: 2025, month: 2, index: 4 },
      { fiscalYear: 2568, year: 2025, month: 3, index: 5 },
    ])
  })

  it('custom windows', () => {
    expect(windowMonths(2568, { startMonth: 1, months: 3 })).toEqual([
      { fiscalYear: 2568, year: 2025, month: 1, index: 3 },
      { fiscalYear: 2568, year: 2025, month: 2, index: 4 },
      { fiscalYear: 2568, year: 2025, month: 3, index: 5 },
    ])
    expect(windowMonths(2568, { months: 12 })).toEqual(fiscalMonths(2568))
    expect(windowMonths(2568, { startMonth: 9, months: 1 })).toEqual([
      { fiscalYear: 2568, year: 2025, month: 9, index: 11 },
    ])
    expect(windowMonths(2569, { startMonth: 4 }).map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9])
  })

  it('rejects windows that run past September or are empty', () => {
    expect(() => windowMonths(2568, { startMonth: 9, months: 2 })).toThrow(RangeError)
    expect(() => windowMonths(2568, { startMonth: 9, months: 2 })).toThrow(/past September/)
    expect(() => windowMonths(2568, { startMonth: 5 })).toThrow(/past September/)
    expect(() => windowMonths(2568, { months: 13 })).toThrow(RangeError)
    expect(() => windowMonths(2568, { months: 0 })).toThrow(RangeError)
    expect(() => windowMonths(2568, { months: -1 })).toThrow(RangeError)
    expect(() => windowMonths(2568, { startMonth: 13 })).toThrow(RangeError)
  })
})

describe('month names', () => {
  const thaiFull = [
    'มกราคม',
    'กุมภาพันธ์',
    'มีนาคม',
    'เมษายน',
    'พฤษภาคม',
    'มิถุนายน',
    'กรกฎาคม',
    'สิงหาคม',
    'กันยายน',
    'ตุลาคม',
    'พฤศจิกายน',
    'ธันวาคม',
  ]
  const thaiShort = [
    'ม.ค.',
    'ก.พ.',
    'มี.ค.',
    'เม.ย.',
    'พ.ค.',
    'มิ.ย.',
    'ก.ค.',
    'ส.ค.',
    'ก.ย.',
    'ต.ค.',
    'พ.ย.',
    'ธ.ค.',
  ]

  it.each(thaiFull.map((name, i) => [i + 1, name, thaiShort[i]] as const))(
    'Thai month %i is %s / %s',
    (month, full, short) => {
      expect(thaiMonthName(month)).toBe(full)
      expect(thaiMonthName(month, 'full')).toBe(full)
      expect(thaiMonthName(month, 'short')).toBe(short)
    },
  )

  it('English names', () => {
    expect(englishMonthName(1)).toBe('January')
    expect(englishMonthName(9, 'short')).toBe('Sep')
    expect(englishMonthName(12, 'full')).toBe('December')
    const names = Array.from({ length: 12 }, (_, i) => englishMonthName(i + 1))
    expect(new Set(names).size).toBe(12)
  })

  it('rejects months outside 1–12', () => {
    for (const bad of [0, 13, -1, 1.5, Number.NaN]) {
      expect(() => thaiMonthName(bad)).toThrow(RangeError)
      expect(() => englishMonthName(bad, 'short')).toThrow(RangeError)
    }
  })
})

describe('Thai digits', () => {
  it('converts each digit', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙')
    expect(toThaiDigits(2568)).toBe('๒๕๖๘')
    expect(fromThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789')
  })

  it('leaves non-digits alone', () => {
    expect(toThaiDigits('15 มี.ค. 68')).toBe('๑๕ มี.ค. ๖๘')
    expect(fromThaiDigits('ปี ๒๕๖๘ (FY)')).toBe('ปี 2568 (FY)')
  })

  it('round-trips', () => {
    for (let n = 0; n < 100_000; n += 37) {
      const thai = toThaiDigits(n)
      expect(thai).not.toMatch(/\d/)
      expect(fromThaiDigits(thai)).toBe(String(n))
    }
  })
})

describe('formatting', () => {
  const march15 = new Date('2025-03-15T03:00:00Z')

  it('formatThaiDate full and short, Arabic and Thai digits', () => {
    expect(formatThaiDate(march15)).toBe('15 มีนาคม 2568')
    expect(formatThaiDate(march15, { style: 'full' })).toBe('15 มีนาคม 2568')
    expect(formatThaiDate(march15, { style: 'short' })).toBe('15 มี.ค. 68')
    expect(formatThaiDate(march15, { thaiDigits: true })).toBe('๑๕ มีนาคม ๒๕๖๘')
    expect(formatThaiDate(march15, { style: 'short', thaiDigits: true })).toBe('๑๕ มี.ค. ๖๘')
  })

  it('formats the Bangkok date, not the UTC one', () => {
    const instant = new Date('2024-09-30T17:00:00Z')
    expect(formatThaiDate(instant)).toBe('1 ตุลาคม 2567')
    expect(formatThaiDate(new Date('2024-09-30T16:59:59.999Z'), { style: 'short' })).toBe(
      '30 ก.ย. 67',
    )
    expect(formatThaiDate(new Date('2024-12-31T17:00:00Z'))).toBe('1 มกราคม 2568')
  })

  it('short year is zero-padded', () => {
    expect(formatThaiDate(bangkokNoon(2057, 5, 1), { style: 'short' })).toBe('1 พ.ค. 00')
    expect(formatThaiDate(bangkokNoon(2066, 2, 28), { style: 'short' })).toBe('28 ก.พ. 09')
  })

  it('formatThaiMonth and formatFiscalYear', () => {
    expect(formatThaiMonth(2025, 3)).toBe('มีนาคม 2568')
    expect(formatThaiMonth(2024, 10, { style: 'short' })).toBe('ต.ค. 67')
    expect(formatThaiMonth(2025, 3, { thaiDigits: true })).toBe('มีนาคม ๒๕๖๘')
    expect(formatThaiMonth(2024, 10, { era: true })).toBe('ตุลาคม พ.ศ. 2567')
    expect(formatFiscalYear(2568)).toBe('ปีงบประมาณ พ.ศ. 2568')
    expect(formatFiscalYear(2568, { thaiDigits: true })).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๘')
  })
})

describe('parseFiscalYear', () => {
  it.each([
    [2568, 2568],
    ['2568', 2568],
    [' 2568 ', 2568],
    ['๒๕๖๘', 2568],
    ['FY2568', 2568],
    ['fy 2568', 2568],
    ['FY๒๕๖๘', 2568],
    ['ปีงบประมาณ 2568', 2568],
    ['ปีงบประมาณ๒๕๖๘', 2568],
    ['ปีงบประมาณ พ.ศ. 2568', 2568],
    [2500, 2500],
    [2700, 2700],
    ['2700', 2700],
  ] as const)('accepts %p → %p', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected)
  })

  it.each([
    [2025],
    ['2025'],
    [2499],
    [2701],
    ['2701'],
    [2568.5],
    ['2568.0'],
    ['25680'],
    ['68'],
    ['FY'],
    ['FY-2568'],
    ['2568FY'],
    ['abc'],
    [''],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [undefined],
    [true],
    [{}],
    [[2568]],
    [BigInt(2568)],
  ] as const)('rejects %p', (input) => {
    expect(parseFiscalYear(input)).toBeNull()
  })

  it('round-trips with formatFiscalYear', () => {
    for (const fy of [2500, 2567, 2568, 2600, 2700]) {
      expect(parseFiscalYear(formatFiscalYear(fy))).toBe(fy)
      expect(parseFiscalYear(formatFiscalYear(fy, { thaiDigits: true }))).toBe(fy)
    }
  })
})

describe('parseTypedDate: dates as Thai users type them', () => {
  const today = new Date('2026-12-01T05:00:00Z')
  // [typed, expected CE date (yyyy-mm-dd)]: day first, BE or CE, separators, Thai and English month
  // names, 2-digit years.
  const days: [string, string][] = [
    ['3/10/2569', '2026-10-03'],
    ['3/10/2026', '2026-10-03'],
    ['03/10/2569', '2026-10-03'],
    ['3-10-2569', '2026-10-03'],
    ['3.10.2569', '2026-10-03'],
    ['3/10/69', '2026-10-03'],
    ['3/10/26', '2026-10-03'],
    ['3 ต.ค. 69', '2026-10-03'],
    ['3 ต.ค. 2569', '2026-10-03'],
    ['3 ตค 2569', '2026-10-03'],
    ['3 ตุลาคม 2569', '2026-10-03'],
    ['3ตุลาคม2569', '2026-10-03'],
    ['3 ตุลาคม พ.ศ. 2569', '2026-10-03'],
    ['วันศุกร์ที่ 3 ตุลาคม 2569', '2026-10-03'],
    ['วันที่ 3 ตุลาคม 2569', '2026-10-03'],
    ['๓/๑๐/๒๕๖๙', '2026-10-03'],
    ['๓ ต.ค. ๖๙', '2026-10-03'],
    ['3 Oct 2026', '2026-10-03'],
    ['3 October 2026', '2026-10-03'],
    ['2569-10-03', '2026-10-03'],
    ['2026-10-03', '2026-10-03'],
    ['29/2/2567', '2024-02-29'],
    ['31 ธ.ค. 67', '2024-12-31'],
    ['1 ม.ค. 2570', '2027-01-01'],
    ['15/9/2568', '2025-09-15'],
    ['5 ก.พ. 2524', '1981-02-05'],
    [' 7 / 11 / 2569 ', '2026-11-07'],
  ]
  const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  it.each(days)('%s → %s', (typed, expected) => {
    const reading = parseTypedDate(typed, { today })
    expect(reading.ok ? iso(reading.date) : reading.problem.th).toBe(expected)
  })

  const months: [string, string][] = [
    ['10/2569', '2026-10-01'],
    ['10/2026', '2026-10-01'],
    ['ต.ค. 2569', '2026-10-01'],
    ['ตุลาคม 2569', '2026-10-01'],
    ['ต.ค. 69', '2026-10-01'],
    ['October 2026', '2026-10-01'],
    ['3/10/2569', '2026-10-01'],
  ]
  it.each(months)('month %s → %s', (typed, expected) => {
    const reading = parseTypedDate(typed, { today, monthOnly: true })
    expect(reading.ok ? iso(reading.date) : reading.problem.th).toBe(expected)
  })

  // Refused, with a message naming what is wrong (and how to type it), never guessed.
  const refused: [string, RegExp][] = [
    ['', /ยังไม่ได้พิมพ์วันที่/],
    ['10/25/2026', /เดือนต้องอยู่ระหว่าง 1–12 แต่พิมพ์ 25/],
    ['31/9/2569', /วันที่ต้องอยู่ระหว่าง 1–30 ของกันยายน แต่พิมพ์ 31/],
    ['29/2/2569', /1–28 ของกุมภาพันธ์/],
    ['3 ตุลา 2569', /ไม่รู้จักชื่อเดือน "ตุลา"/],
    // An imported cell of any length is read in bounded time.
    [`3 ${'ก.'.repeat(5000)}x 2569`, /ยาวเกินกว่าจะเป็นวันที่/],
    ['3/10', /อ่านวันที่ "3\/10" ไม่ได้/],
    ['ตุลาคม 2569', /ยังไม่ได้ระบุวันที่/],
    ['3/10/569', /อ่านวันที่/],
    ['พรุ่งนี้', /อ่านวันที่|ไม่รู้จักชื่อเดือน/],
  ]
  it.each(refused)('refuses %j', (typed, problem) => {
    const reading = parseTypedDate(typed, { today })
    expect(reading.ok).toBe(false)
    if (!reading.ok) {
      expect(reading.problem.th).toMatch(problem)
      expect(reading.problem.th).toContain('เช่น 3/10/2569')
      expect(reading.problem.en).toMatch(/e\.g\./)
    }
  })
})
