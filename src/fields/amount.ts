import type { NumberField } from 'payload'

import { invalid, required as requiredProblem, type FieldName } from '../validation/messages'

/**
 * A count or baht amount: a number ≥ 0 (whole when `integer`), with a bilingual message naming the
 * field.
 */
export const amountField = (
  name: string,
  label: FieldName,
  {
    integer = false,
    required = false,
    admin,
  }: { integer?: boolean; required?: boolean; admin?: NumberField['admin'] } = {},
): NumberField => ({
  name,
  type: 'number',
  label,
  min: 0,
  required,
  // Typed with grouped digits ("245,000"), stored as a number.
  admin: {
    step: integer ? 1 : 0.01,
    ...admin,
    components: { Field: 'police-oit/client#AmountField', ...admin?.components },
  },
  validate: (value: unknown) => {
    if (value == null || value === '') return required ? invalid(label, requiredProblem) : true
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return invalid(label, {
        th: 'ต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป',
        en: 'must be a number of 0 or more',
      })
    }
    if (integer && !Number.isInteger(value))
      return invalid(label, { th: 'ต้องเป็นจำนวนเต็ม', en: 'must be a whole number' })
    return true
  },
})

/** A score from 1 to 5 (likelihood, impact). */
export const scaleField = (name: string, label: FieldName): NumberField => ({
  name,
  type: 'number',
  label,
  min: 1,
  max: 5,
  admin: { step: 1, width: '50%' },
  validate: (value: unknown) =>
    value == null ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
      ? true
      : invalid(label, {
          th: 'ต้องเป็นจำนวนเต็ม 1 ถึง 5',
          en: 'must be a whole number from 1 to 5',
        }),
})

/** An amount field's value for sums: an empty field counts as 0. */
export const amountOf = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

/** "1,234.5" as Thai readers write baht amounts. */
export const formatBaht = (value: number): string =>
  value.toLocaleString('th-TH', { maximumFractionDigits: 2 })
