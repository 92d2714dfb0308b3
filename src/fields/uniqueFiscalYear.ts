import type { NumberField } from 'payload'

import { fiscalYearField, fiscalYearLabel } from './fiscalYear'
import { uniquePerUnit } from './uniquePerUnit'

/**
 * The fiscal year of a yearly document, at most one per unit and year (default: the current year).
 */
export const uniqueFiscalYearField = (what: { th: string; en: string }): NumberField =>
  uniquePerUnit(
    fiscalYearField({ defaultToCurrent: true }),
    fiscalYearLabel,
    (year) => ({
      th: `หน่วยงานนี้มี${what.th}ของปีงบประมาณ ${year} แล้ว ให้แก้ไขฉบับเดิม`,
      en: `this unit already has a ${what.en} for fiscal year ${year}; edit that one`,
    }),
    [],
    (year) => Number(year) + 1,
  )
