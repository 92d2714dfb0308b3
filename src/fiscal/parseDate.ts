import { BUDDHIST_ERA_OFFSET } from './era'
import { fromThaiDigits } from './digits'
import { englishMonthName, thaiMonthName } from './months'

export type Text = { th: string; en: string }
/** A CE calendar day; `day` is 1 when only a month was typed. */
export type TypedDate = { year: number; month: number; day: number }
export type DateReading =
  | { ok: true; date: TypedDate; monthOnly: boolean }
  | { ok: false; problem: Text }

const EXAMPLE = {
  th: 'พิมพ์ วัน/เดือน/ปี เช่น 3/10/2569 หรือ 3 ต.ค. 2569',
  en: 'type day/month/year, e.g. 3/10/2569 or 3 Oct 2026',
}
const EXAMPLE_MONTH = {
  th: 'พิมพ์ เดือน/ปี เช่น 10/2569 หรือ ต.ค. 2569',
  en: 'type month/year, e.g. 10/2569 or Oct 2026',
}

const months = Array.from({ length: 12 }, (_, index) => index + 1)
/** Every way a month is written, without dots or case: "ตุลาคม", "ตค", "october", "oct". */
const MONTH_NAMES = new Map<string, number>(
  months.flatMap((month) =>
    [
      thaiMonthName(month),
      thaiMonthName(month, 'short'),
      englishMonthName(month),
      englishMonthName(month, 'short'),
      englishMonthName(month).slice(0, 4),
    ].map((name) => [name.replaceAll('.', '').toLowerCase(), month] as [string, number]),
  ),
)

const WEEKDAYS =
  /(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?/gi

/**
 * The CE year a typed year means: four digits from 2400 up are Buddhist era, below are CE
 * ("พ.ศ." or "ค.ศ." decides when given); two digits are whichever of 25yy BE and 20yy CE is
 * nearer today ("69" is 2569 = 2026, "26" is 2026).
 */
function yearOf(typed: string, era: 'be' | 'ce' | null, today: Date): number | null {
  const value = Number(typed)
  if (typed.length === 4)
    return era === 'be' || (era == null && value >= 2400) ? value - BUDDHIST_ERA_OFFSET : value
  if (typed.length !== 2) return null
  if (era === 'be') return 2500 + value - BUDDHIST_ERA_OFFSET
  if (era === 'ce') return 2000 + value
  const now = today.getUTCFullYear()
  const buddhist = 2500 + value - BUDDHIST_ERA_OFFSET
  const common = 2000 + value
  return Math.abs(buddhist - now) <= Math.abs(common - now) ? buddhist : common
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Reads a date as Thai users type it, day first, in either era: "3/10/2569", "3/10/2026",
 * "03-10-69", "3 ต.ค. 69", "3 ตุลาคม พ.ศ. 2569", "วันศุกร์ที่ 3 ตุลาคม 2569", "3 Oct 2026",
 * "2569-10-03"; with `monthOnly`, also "10/2569" and "ตุลาคม 2569". Thai digits are read too.
 * Anything else is refused with a message naming what is wrong, never guessed.
 */
export function parseTypedDate(
  input: string,
  { monthOnly = false, today = new Date() }: { monthOnly?: boolean; today?: Date } = {},
): DateReading {
  const example = monthOnly ? EXAMPLE_MONTH : EXAMPLE
  const refuse = (th: string, en: string): DateReading => ({
    ok: false,
    problem: { th: `${th} (${example.th})`, en: `${en} (${example.en})` },
  })
  let text = fromThaiDigits(input).trim().toLowerCase()
  if (!text) return refuse('ยังไม่ได้พิมพ์วันที่', 'no date typed')
  // The longest way to write a date is far shorter; the patterns below need bounded input.
  if (text.length > 60) return refuse('ข้อความยาวเกินกว่าจะเป็นวันที่', 'too long to be a date')
  const era = /พ\.?\s?ศ\.?|\bbe\b/.test(text)
    ? 'be'
    : /ค\.?\s?ศ\.?|\b(?:ad|ce)\b/.test(text)
      ? 'ce'
      : null
  text = text
    .replace(/พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|\b(?:be|ad|ce)\b/g, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(/^วันที่/, ' ')
    // eslint-disable-next-line regexp/no-obscure-range -- ก-๙ is the Thai block (letters, vowels, digits)
    .replace(/(\d)(?=[ก-๙a-z])|([ก-๙a-z.])(?=\d)/g, '$1$2 ')
    .trim()

  let day: number | undefined
  let month: number | undefined
  let year: string | undefined
  let parts: RegExpExecArray | null
  if ((parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) {
    ;[year, month, day] = [parts[1], Number(parts[2]), Number(parts[3])]
  } else if ((parts = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{2}|\d{4})$/.exec(text))) {
    ;[day, month, year] = [Number(parts[1]), Number(parts[2]), parts[3]]
  } else if (
    // eslint-disable-next-line regexp/no-obscure-range, regexp/no-super-linear-backtracking -- the Thai block; the input is at most 60 characters
    (parts = /^(?:(\d{1,2})[\s/.-]*)?([ก-๙a-z][ก-๙a-z.]*)[\s/.,-]*(\d{2}|\d{4})$/.exec(text))
  ) {
    const named = MONTH_NAMES.get(parts[2]!.replaceAll('.', ''))
    if (!named) return refuse(`ไม่รู้จักชื่อเดือน "${parts[2]}"`, `unknown month "${parts[2]}"`)
    ;[day, month, year] = [parts[1] ? Number(parts[1]) : undefined, named, parts[3]]
  } else if (monthOnly && (parts = /^(\d{1,2})[\s/.-]+(\d{2}|\d{4})$/.exec(text))) {
    ;[month, year] = [Number(parts[1]), parts[2]]
  } else {
    return refuse(`อ่านวันที่ "${input.trim()}" ไม่ได้`, `cannot read "${input.trim()}" as a date`)
  }

  const ceYear = yearOf(year!, era, today)
  if (ceYear == null)
    return refuse('ปีต้องเป็นตัวเลข 2 หรือ 4 หลัก', 'the year must have 2 or 4 digits')
  if (month < 1 || month > 12)
    return refuse(
      `เดือนต้องอยู่ระหว่าง 1–12 แต่พิมพ์ ${month}`,
      `the month must be 1–12, not ${month}`,
    )
  if (day === undefined) {
    if (!monthOnly) return refuse('ยังไม่ได้ระบุวันที่', 'the day is missing')
    day = 1
  }
  const last = daysIn(ceYear, month)
  if (day < 1 || day > last)
    return refuse(
      `วันที่ต้องอยู่ระหว่าง 1–${last} ของ${thaiMonthName(month)} แต่พิมพ์ ${day}`,
      `the day must be 1–${last} in ${englishMonthName(month)}, not ${day}`,
    )
  return { ok: true, date: { year: ceYear, month, day: monthOnly ? 1 : day }, monthOnly }
}
