import type { DateField, FieldHook } from 'payload'

import {
  bangkokDateParts,
  calendarDay,
  calendarMonthStart,
  dayStart,
  parseTypedDate,
  toBuddhistYear,
} from '../fiscal'
import { invalid, required as requiredProblem, type FieldName } from '../validation/messages'

/** Dates this system accepts (CE): catches a Buddhist-era year sent as a CE one. */
const EARLIEST_YEAR = 1950
const LATEST_YEAR = 2100

// ISO 8601 as the admin and API clients send dates; anything else is read as a person types it.
const ISO = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The date a value means: ISO dates as they are, typed ones ("3/10/2569") as Thai users mean them
 * (day first, either era; `parseTypedDate`), never as `Date` would guess ("3/10/2026" is not 10
 * March).
 */
const reading = (value: unknown): { date: Date | null; problem?: { th: string; en: string } } => {
  if (value == null || value === '') return { date: null }
  if (value instanceof Date) return { date: Number.isNaN(value.getTime()) ? null : value }
  if (typeof value !== 'string')
    return { date: null, problem: { th: 'วันที่ไม่ถูกต้อง', en: 'not a valid date' } }
  if (ISO.test(value.trim())) {
    const date = new Date(value.trim())
    return Number.isNaN(date.getTime())
      ? { date: null, problem: { th: 'วันที่ไม่ถูกต้อง', en: 'not a valid date' } }
      : { date }
  }
  const typed = parseTypedDate(value)
  return typed.ok
    ? { date: dayStart(typed.date.year, typed.date.month, typed.date.day) }
    : { date: null, problem: typed.problem }
}
/** The date a field's value means (ISO, or typed the Thai way), or null. */
export const asDate = (value: unknown): Date | null => reading(value).date

const sane = (label: FieldName, required: boolean) => (value: unknown) => {
  if (value == null || value === '') return required ? invalid(label, requiredProblem) : true
  const { date, problem } = reading(value)
  if (!date) return invalid(label, problem ?? { th: 'วันที่ไม่ถูกต้อง', en: 'not a valid date' })
  const { year } = bangkokDateParts(date)
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return invalid(label, {
      th: `ปี พ.ศ. ${toBuddhistYear(year)} อยู่นอกช่วงที่เป็นไปได้ (ค่าที่ส่งเป็นปี ค.ศ. เช่น 2025 = พ.ศ. 2568)`,
      en: `year ${year} is out of range (dates are sent in CE years, e.g. 2025)`,
    })
  }
  return true
}

const normalize =
  (to: (date: Date) => Date): FieldHook =>
  ({ value }) => {
    const date = asDate(value)
    return date ? to(date).toISOString() : value
  }

/** A calendar day (no time), stored as noon UTC so it is the same day everywhere. */
export const dayField = (
  name: string,
  label: FieldName,
  {
    required = false,
    description,
    defaultToday = false,
  }: { required?: boolean; description?: FieldName; defaultToday?: boolean } = {},
): DateField => ({
  name,
  type: 'date',
  label,
  required,
  index: true,
  admin: { date: { pickerAppearance: 'dayOnly' }, description },
  ...(defaultToday ? { defaultValue: () => calendarDay(new Date()).toISOString() } : {}),
  hooks: { beforeValidate: [normalize(calendarDay)] },
  validate: sane(label, required),
})

export const monthLabel = { th: 'ประจำเดือน', en: 'Month' }

/** The month a monthly report covers, stored as its first day; defaults to the current month. */
export const monthField = (name = 'month', label: FieldName = monthLabel): DateField => ({
  name,
  type: 'date',
  label,
  required: true,
  index: true,
  defaultValue: () => calendarMonthStart(new Date()).toISOString(),
  admin: { date: { pickerAppearance: 'monthOnly' } },
  hooks: { beforeValidate: [normalize(calendarMonthStart)] },
  validate: sane(label, true),
})

/** An end date that may be empty ("still in office") but never before `startField`. */
export const endDateField = (
  name: string,
  label: FieldName,
  startField: string,
  startLabel: FieldName,
): DateField => {
  const field = dayField(name, label)
  return {
    ...field,
    validate: (value, options) => {
      const basic = sane(label, false)(value)
      if (basic !== true) return basic
      const end = asDate(value)
      const start = asDate((options.siblingData as Record<string, unknown>)[startField])
      return end && start && end < start
        ? invalid(label, {
            th: `ต้องไม่ก่อน${startLabel.th}`,
            en: `must not be before ${startLabel.en}`,
          })
        : true
    },
  }
}
