import type { Field } from 'payload'

import { formatThaiMonth, bangkokDateParts } from '../fiscal'
import { monthField, monthLabel } from './dates'
import { fiscalYearField } from './fiscalYear'
import { uniquePerUnit } from './uniquePerUnit'

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
  hooks: { beforeChange: [({ siblingData }) => (siblingData.month ? monthText(siblingData.month) : undefined)] },
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
      uniquePerUnit(monthField(), monthLabel, (value) => ({
        th: `หน่วยงานนี้มี${what.th}ของเดือน${monthText(value)}แล้ว ให้แก้ไขฉบับเดิม`,
        en: `this unit already has a ${what.en} for that month; edit that one`,
      })),
      fiscalYearField({ derivedFrom: { field: 'month', label: monthLabel } }),
    ],
  }) as Field
