import type { CollectionConfig } from 'payload'

import { superAdminOnly } from '../../access/superAdmin'
import { slugField } from '../../fields/slug'
import { adminGroups } from '../groups'

export const lawCategoryKinds = {
  law: { th: 'กฎหมาย', en: 'Laws' },
  guideline: { th: 'แนวทางปฏิบัติตามกฎหมาย', en: 'Practice guidelines' },
}

/**
 * O3 categories shared by every unit (national law does not differ per station); edited by
 * super-admins.
 */
export const LawCategories: CollectionConfig = {
  slug: 'law-categories',
  labels: {
    singular: { th: 'หมวดกฎหมาย', en: 'Law category' },
    plural: { th: 'หมวดกฎหมาย', en: 'Law categories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'order'],
    group: adminGroups.basics,
  },
  defaultSort: 'order',
  access: {
    read: () => true,
    create: superAdminOnly,
    update: superAdminOnly,
    delete: superAdminOnly,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { th: 'ชื่อหมวด', en: 'Name' },
    },
    {
      type: 'row',
      fields: [
        slugField({ th: 'รหัสหมวด', en: 'Key' }),
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'law',
          options: Object.entries(lawCategoryKinds).map(([value, label]) => ({ value, label })),
          label: { th: 'ประเภท', en: 'Kind' },
        },
        { name: 'order', type: 'number', label: { th: 'ลำดับ', en: 'Order' } },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { th: 'คำอธิบาย', en: 'Description' },
    },
  ],
}
