import type { DateField, FieldHook } from 'payload'

import { bangkokDateParts, calendarDay, calendarMonthStart, toBuddhistYear } from '../fiscal'
import { invalid, required as requiredProblem, type FieldName } from '../validation/messages'

/** Dates this system accepts (CE): catches a Buddhist-era year typed into a CE date picker. */
const EARLIEST_YEAR = 1950
const LATEST_YEAR = 2100

const asDate = (value: unknown): Date | null => {
  if (value == null || value === '') return null
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? null : date
}

const sane = (label: FieldName, required: boolean) => (value: unknown) => {
  if (value == null || value === '') return required ? invalid(label, requiredProblem) : true
  const date = asDate(value)
  if (!date) return invalid(label, { th: 'วันที่ไม่ถูกต้อง', en: 'not a valid date' })
  const { year } = bangkokDateParts(date)
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return invalid(label, {
      th: `ปี พ.ศ. ${toBuddhistYear(year)} อยู่นอกช่วงที่เป็นไปได้ (ปฏิทินในระบบใช้ปี ค.ศ. เช่น 2025 = พ.ศ. 2568)`,
      en: `year ${year} is out of range (the date picker uses CE years, e.g. 2025)`,
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
  { required = false, description, defaultToday = false }: { required?: boolean; description?: FieldName; defaultToday?: boolean } = {},
): DateField => ({
  name,
  type: 'date',
  label,
  required,
  index: true,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, description },
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
  admin: {
    date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' },
    description: { th: 'ปฏิทินแสดงปี ค.ศ. (2024 = พ.ศ. 2567)', en: 'The picker shows CE years' },
  },
  hooks: { beforeValidate: [normalize(calendarMonthStart)] },
  validate: sane(label, true),
})

/** An end date that may be empty ("still in office") but never before `startField`. */
export const endDateField = (name: string, label: FieldName, startField: string, startLabel: FieldName): DateField => {
  const field = dayField(name, label)
  return {
    ...field,
    validate: (value, options) => {
      const basic = sane(label, false)(value)
      if (basic !== true) return basic
      const end = asDate(value)
      const start = asDate((options.siblingData as Record<string, unknown>)[startField])
      return end && start && end < start
        ? invalid(label, { th: `ต้องไม่ก่อน${startLabel.th}`, en: `must not be before ${startLabel.en}` })
        : true
    },
  }
}
