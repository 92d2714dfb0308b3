import type { Field } from 'payload'

import { formatThaiMonth, bangkokDateParts } from '../fiscal'
import { monthField, monthLabel } from './dates'
import { fiscalYearField } from './fiscalYear'
import { uniquePerUnit } from './uniquePerUnit'

const monthText = (value: unknown) => {
  const { year, month } = bangkokDateParts(new Date(value as string))
  return formatThaiMonth(year, month)
}

/** Month (one document per unit and month) and the fiscal year derived from it; pair with `deriveFiscalYear('month', monthLabel)`. */
export const monthlyPeriodFields = (what: { th: string; en: string }): Field =>
  ({
    type: 'row',
    fields: [
      uniquePerUnit(monthField(), monthLabel, (value) => ({
        th: `หน่วยงานนี้มี${what.th}ของเดือน${monthText(value)}แล้ว ให้แก้ไขฉบับเดิม`,
        en: `this unit already has a ${what.en} for that month; edit that one`,
      })),
      fiscalYearField({ derivedFrom: monthLabel }),
    ],
  }) as Field
