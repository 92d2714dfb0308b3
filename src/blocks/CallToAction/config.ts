import type { Block } from 'payload'

import { linkFields } from '../../fields/link'
import { headingField } from '../fields'

export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: { th: 'ปุ่มเชิญชวน', en: 'Call to action' },
    plural: { th: 'ปุ่มเชิญชวน', en: 'Calls to action' },
  },
  fields: [
    { ...headingField, required: true, admin: {} },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: { th: 'ข้อความ', en: 'Text' },
    },
    {
      name: 'buttonLabel',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 60,
      label: { th: 'ข้อความบนปุ่ม', en: 'Button label' },
    },
    {
      name: 'link',
      type: 'group',
      label: { th: 'ปุ่มลิงก์ไปที่', en: 'Button links to' },
      fields: linkFields(),
    },
  ],
}
