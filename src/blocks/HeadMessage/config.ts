import type { Block } from 'payload'

import { headingField } from '../fields'

/** The head's message, from the unit's profile (หัวหน้าหน่วยงาน › สาร), with the head's photo. */
export const HeadMessage: Block = {
  slug: 'headMessage',
  interfaceName: 'HeadMessageBlock',
  labels: {
    singular: { th: 'สารจากหัวหน้าหน่วยงาน', en: 'Message from the head' },
    plural: { th: 'สารจากหัวหน้าหน่วยงาน', en: 'Messages from the head' },
  },
  fields: [headingField],
}
