import type { CollectionConfig } from 'payload'

import { superAdminOnly } from '../../access/superAdmin'
import { adminGroups } from '../groups'

/**
 * When each period of an item (a month, or the whole year) was first made public by a unit: what
 * the NACC's "published every month" asks to see. Written once, by the publish that first made the
 * period public (compliance/publicationDates.ts); regenerating files, renaming the unit or editing
 * later never changes it. Public: the item pages show it.
 */
export const PublicationDates: CollectionConfig = {
  slug: 'publication-dates',
  labels: {
    singular: { th: 'วันที่เผยแพร่ครั้งแรก', en: 'First publication date' },
    plural: { th: 'วันที่เผยแพร่ครั้งแรก', en: 'First publication dates' },
  },
  admin: {
    useAsTitle: 'item',
    defaultColumns: ['item', 'period', 'firstPublishedAt', 'fiscalYear', 'tenant'],
    group: adminGroups.system,
  },
  custom: { unitScoped: true },
  access: { read: () => true, create: () => false, update: () => false, delete: superAdminOnly },
  indexes: [{ fields: ['tenant', 'fiscalYear', 'item', 'period'], unique: true }],
  fields: [
    {
      name: 'fiscalYear',
      type: 'number',
      required: true,
      index: true,
      label: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
      admin: { readOnly: true },
    },
    {
      name: 'item',
      type: 'text',
      required: true,
      label: { th: 'ข้อ', en: 'Item' },
      admin: { readOnly: true },
    },
    {
      name: 'period',
      type: 'text',
      required: true,
      label: { th: 'ช่วงเวลา', en: 'Period' },
      admin: { readOnly: true },
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      required: true,
      label: { th: 'เผยแพร่ครั้งแรก', en: 'First published' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
