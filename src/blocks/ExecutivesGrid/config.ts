import type { Block } from 'payload'

import { countField, headingField } from '../fields'

export const ExecutivesGrid: Block = {
  slug: 'executivesGrid',
  interfaceName: 'ExecutivesGridBlock',
  labels: {
    singular: { th: 'ผู้บริหาร', en: 'Executives' },
    plural: { th: 'ผู้บริหาร', en: 'Executives' },
  },
  fields: [headingField, countField(4, 50)],
}
