import type { Block } from 'payload'

import { headingField } from '../fields'

export const ContactCard: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: {
    singular: { th: 'ข้อมูลติดต่อ', en: 'Contact card' },
    plural: { th: 'ข้อมูลติดต่อ', en: 'Contact cards' },
  },
  fields: [headingField],
}
