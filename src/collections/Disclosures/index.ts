import type { CollectionConfig } from 'payload'

import { fiscalYearField } from '../../fields/fiscalYear'
import { unitScoped } from '../unitScoped'

/** A generic published page attached to a framework item, for items that are mostly documents. */
export const Disclosures: CollectionConfig = unitScoped(
  {
    slug: 'disclosures',
    labels: {
      singular: { th: 'เอกสารเผยแพร่', en: 'Disclosure' },
      plural: { th: 'เอกสารเผยแพร่', en: 'Disclosures' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'itemCode', 'fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: { th: 'ข้อมูล OIT', en: 'OIT content' },
    },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: { th: 'หัวเรื่อง', en: 'Title' } },
      {
        type: 'row',
        fields: [
          fiscalYearField({ defaultToCurrent: true }),
          {
            name: 'itemCode',
            type: 'text',
            required: true,
            index: true,
            label: { th: 'ข้อ OIT', en: 'OIT item' },
            admin: { description: { th: 'เช่น O16', en: 'e.g. O16' } },
          },
        ],
      },
      { name: 'body', type: 'richText', localized: true, label: { th: 'เนื้อหา', en: 'Body' } },
    ],
  },
  { publicRead: 'published' },
)
