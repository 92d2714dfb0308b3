import type { Block } from 'payload'

import { headingField } from '../fields'

export const RichText: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: {
    singular: { th: 'ข้อความ', en: 'Rich text' },
    plural: { th: 'ข้อความ', en: 'Rich text' },
  },
  fields: [
    headingField,
    { name: 'content', type: 'richText', localized: true, label: { th: 'เนื้อหา', en: 'Content' } },
  ],
}
