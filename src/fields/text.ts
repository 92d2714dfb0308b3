import type { TextField } from 'payload'

import { type Format, validateFormat } from '../validation/formats'
import { invalid, required as requiredProblem, type FieldName } from '../validation/messages'

/**
 * A text field holding a phone number, e-mail or link, checked with a bilingual message naming it.
 */
export const formattedText = (
  format: Extract<Format, 'phone' | 'email' | 'url'>,
  name: string,
  label: FieldName,
  extra: Partial<Pick<TextField, 'localized' | 'required' | 'admin' | 'index'>> = {},
): TextField =>
  ({ name, type: 'text', label, validate: validateFormat(format, label), ...extra }) as TextField

/** Free text with a length limit, both stated in a bilingual message naming the field. */
export const limitedText = (
  name: string,
  label: FieldName,
  {
    max,
    min = 0,
    required = false,
    textarea = false,
  }: { max: number; min?: number; required?: boolean; textarea?: boolean },
) =>
  ({
    name,
    type: textarea ? 'textarea' : 'text',
    label,
    required,
    maxLength: max,
    validate: (value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : ''
      if (!text) return required ? invalid(label, requiredProblem) : true
      if (text.length > max)
        return invalid(label, {
          th: `ยาวเกิน ${max} ตัวอักษร (มี ${text.length})`,
          en: `longer than ${max} characters (${text.length})`,
        })
      if (text.length < min)
        return invalid(label, {
          th: `สั้นเกินไป ต้องมีอย่างน้อย ${min} ตัวอักษร`,
          en: `too short: at least ${min} characters`,
        })
      return true
    },
  }) as TextField
