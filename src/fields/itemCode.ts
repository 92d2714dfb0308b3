import type { TextField } from 'payload'

import { invalid, required, type FieldName } from '../validation/messages'

export const itemCodeLabel: FieldName = { th: 'ข้อ OIT', en: 'OIT item' }

/** An OIT item code such as O7, stored upper-case so "o7" and "O7" are the same item. */
export const itemCodeField: TextField = {
  name: 'item',
  type: 'text',
  required: true,
  index: true,
  label: itemCodeLabel,
  admin: { description: { th: 'รหัสข้อ เช่น O7', en: 'Item code, e.g. O7' } },
  hooks: {
    beforeValidate: [
      ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    ],
  },
  validate: (value: unknown) => {
    if (value == null || value === '') return invalid(itemCodeLabel, required)
    return typeof value === 'string' && /^O\d{1,2}$/.test(value)
      ? true
      : invalid(itemCodeLabel, {
          th: 'ต้องเป็นรหัสข้อ เช่น O7 หรือ O25',
          en: 'must be an item code such as O7 or O25',
        })
  },
}
