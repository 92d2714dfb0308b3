import type { Field, TextField } from 'payload'

/** The block's heading on the page; empty leaves the block's own default heading. */
export const headingField: TextField = {
  name: 'heading',
  type: 'text',
  localized: true,
  maxLength: 150,
  label: { th: 'หัวข้อ', en: 'Heading' },
  admin: {
    description: {
      th: 'เว้นว่างเพื่อใช้หัวข้อมาตรฐาน',
      en: 'Leave empty for the standard heading',
    },
  },
}

export const countField = (defaultValue: number, max: number): Field => ({
  name: 'limit',
  type: 'number',
  min: 1,
  max,
  defaultValue,
  label: { th: 'จำนวนที่แสดง', en: 'How many' },
})
