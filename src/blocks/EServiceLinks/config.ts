import type { Block } from 'payload'

import { headingField } from '../fields'

export const EServiceLinks: Block = {
  slug: 'eServiceLinks',
  interfaceName: 'EServiceLinksBlock',
  labels: {
    singular: { th: 'บริการออนไลน์ (e-Service)', en: 'e-Service links' },
    plural: { th: 'บริการออนไลน์', en: 'e-Service links' },
  },
  fields: [headingField],
}
