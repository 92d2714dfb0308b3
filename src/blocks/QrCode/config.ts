import type { Block } from 'payload'

import { validateFormat } from '../../validation/formats'
import { headingField } from '../fields'

const urlLabel = { th: 'ลิงก์', en: 'Link' }

export const QrCode: Block = {
  slug: 'qrCode',
  interfaceName: 'QrCodeBlock',
  labels: {
    singular: { th: 'คิวอาร์โค้ด', en: 'QR code' },
    plural: { th: 'คิวอาร์โค้ด', en: 'QR codes' },
  },
  fields: [
    headingField,
    {
      name: 'target',
      type: 'select',
      required: true,
      defaultValue: 'eit',
      label: { th: 'คิวอาร์โค้ดของ', en: 'QR code of' },
      options: [
        {
          value: 'eit',
          label: {
            th: 'แบบวัด EIT ของหน่วยงาน (จากข้อมูลการติดต่อ)',
            en: 'The unit’s EIT survey (from its contact data)',
          },
        },
        { value: 'url', label: { th: 'ลิงก์อื่น', en: 'Another link' } },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: urlLabel,
      admin: { condition: (_, sibling) => sibling?.target === 'url' },
      validate: (value: unknown, { siblingData }: { siblingData: { target?: string } }) =>
        siblingData?.target === 'url'
          ? validateFormat('url', urlLabel)(value, { required: true })
          : true,
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { th: 'คำอธิบายใต้ภาพ', en: 'Caption' },
    },
  ],
}
