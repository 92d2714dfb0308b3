import type { Block } from 'payload'

import { headingField } from '../fields'

export const OitMenu: Block = {
  slug: 'oitMenu',
  interfaceName: 'OitMenuBlock',
  labels: {
    singular: { th: 'รายการข้อมูล OIT', en: 'OIT items' },
    plural: { th: 'รายการข้อมูล OIT', en: 'OIT items' },
  },
  fields: [
    headingField,
    {
      name: 'fiscalYear',
      type: 'number',
      min: 2560,
      max: 2700,
      label: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' },
      admin: {
        description: {
          th: 'เว้นว่างเพื่อแสดงปีงบประมาณปัจจุบัน',
          en: 'Empty shows the current fiscal year',
        },
      },
    },
  ],
}
