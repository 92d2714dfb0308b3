import type { NumberField, NumberFieldSingleValidation } from 'payload'

import { currentFiscalYear, MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from '../fiscal'
import { deriveFiscalYear } from '../hooks/deriveFiscalYear'
import { invalid } from '../validation/messages'

export const fiscalYearLabel = { th: 'ปีงบประมาณ', en: 'Fiscal year' }

/** The Buddhist-era fiscal year every dated document carries, checked with a bilingual message. */
export function fiscalYearField({
  defaultToCurrent = false,
  derivedFrom,
  validate,
}: {
  defaultToCurrent?: boolean
  /** The date or month field the year is computed from; then read-only in the admin. */
  derivedFrom?: { field: string; label: { th: string; en: string } }
  /** Further checks once the year itself is valid (e.g. uniqueness). */
  validate?: NumberFieldSingleValidation
} = {}): NumberField {
  return {
    name: 'fiscalYear',
    type: 'number',
    required: true,
    index: true,
    min: MIN_FISCAL_YEAR,
    max: MAX_FISCAL_YEAR,
    label: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' },
    ...(defaultToCurrent ? { defaultValue: () => currentFiscalYear() } : {}),
    ...(derivedFrom
      ? {
          admin: {
            readOnly: true,
            description: {
              th: `คำนวณจาก${derivedFrom.label.th}โดยอัตโนมัติ`,
              en: `Computed from ${derivedFrom.label.en}`,
            },
          },
          // A copy's year is computed anew from its own (possibly moved) date.
          hooks: {
            beforeValidate: [deriveFiscalYear(derivedFrom.field, derivedFrom.label)],
            beforeDuplicate: [() => null],
          },
        }
      : {}),
    validate: (async (value, options) => {
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < MIN_FISCAL_YEAR ||
        value > MAX_FISCAL_YEAR
      ) {
        return invalid(fiscalYearLabel, {
          th: 'ต้องเป็นปี พ.ศ. เช่น 2568',
          en: 'must be a Buddhist-era year such as 2568',
        })
      }
      return validate ? validate(value, options) : true
    }) satisfies NumberFieldSingleValidation,
  }
}
