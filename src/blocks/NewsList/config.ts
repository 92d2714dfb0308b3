import type { Block } from 'payload'

import { newsTags } from '../../collections/News'
import { optionsOf } from '../../fields/options'
import { countField, headingField } from '../fields'

export const NewsList: Block = {
  slug: 'newsList',
  interfaceName: 'NewsListBlock',
  labels: {
    singular: { th: 'ข่าวล่าสุด', en: 'Latest news' },
    plural: { th: 'ข่าวล่าสุด', en: 'Latest news' },
  },
  fields: [
    headingField,
    countField(3, 12),
    {
      name: 'tag',
      type: 'select',
      options: optionsOf(newsTags),
      label: { th: 'เฉพาะข่าวที่มีป้ายกำกับ', en: 'Only news tagged' },
    },
  ],
}
