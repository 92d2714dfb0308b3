import type { Field } from 'payload'

import { bangkokDateParts, formatThaiMonth, monthStart } from '../fiscal'
import { monthField, monthLabel } from './dates'
import { fiscalYearField } from './fiscalYear'
import { uniquePerUnit } from './uniquePerUnit'

/** The month after a stored month (its first day, noon UTC). */
const nextMonth = (value: unknown): string => {
  const { year, month } = bangkokDateParts(new Date(value as string))
  return monthStart(month === 12 ? year + 1 : year, (month % 12) + 1).toISOString()
}

const monthText = (value: unknown) => {
  const { year, month } = bangkokDateParts(new Date(value as string))
  return formatThaiMonth(year, month)
}

/** The document's name in lists and breadcrumbs: "มีนาคม 2568", kept in step with its month. */
const monthTitleField: Field = {
  name: 'title',
  type: 'text',
  label: { th: 'ชื่อเรียก', en: 'Title' },
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      ({ siblingData }) => (siblingData.month ? monthText(siblingData.month) : undefined),
    ],
  },
}

/**
 * Month (one document per unit and month), the fiscal year derived from it and a readable title
 * (use it as `useAsTitle: 'title'`).
 */
export const monthlyPeriodFields = (what: { th: string; en: string }): Field =>
  ({
    type: 'row',
    fields: [
      monthTitleField,
      uniquePerUnit(
        monthField(),
        monthLabel,
        (value) => ({
          th: `หน่วยงานนี้มี${what.th}ของเดือน${monthText(value)}แล้ว ให้แก้ไขฉบับเดิม`,
          en: `this unit already has a ${what.en} for that month; edit that one`,
        }),
        [],
        nextMonth,
      ),
      fiscalYearField({ derivedFrom: { field: 'month', label: monthLabel } }),
    ],
  }) as Field
