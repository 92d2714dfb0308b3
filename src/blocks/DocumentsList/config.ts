import type { Block } from 'payload'

import { headingField } from '../fields'

export const DocumentsList: Block = {
  slug: 'documentsList',
  interfaceName: 'DocumentsListBlock',
  labels: {
    singular: { th: 'รายการเอกสาร', en: 'Documents' },
    plural: { th: 'รายการเอกสาร', en: 'Documents' },
  },
  fields: [
    headingField,
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      required: true,
      label: { th: 'เอกสาร', en: 'Documents' },
    },
  ],
}
