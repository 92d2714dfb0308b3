import type { Access, CollectionConfig } from 'payload'

import { userOf } from '../../access/roles'
import { superAdminOnly } from '../../access/superAdmin'
import { readableUnits, scopeWhere } from '../../access/unitScope'
import { adminGroups } from '../groups'

export const companionStates = ['done', 'failed', 'withdrawn'] as const
export type CompanionState = (typeof companionStates)[number]

const read: Access = async ({ req }) =>
  userOf(req) ? scopeWhere(await readableUnits(req), 'tenant') : false

/**
 * The outcome of the last generation of an item's files for one period: what the admin shows on the
 * source.
 */
export const CompanionStatuses: CollectionConfig = {
  slug: 'companion-statuses',
  labels: {
    singular: { th: 'สถานะการสร้างไฟล์', en: 'File generation status' },
    plural: { th: 'สถานะการสร้างไฟล์', en: 'File generation statuses' },
  },
  admin: {
    useAsTitle: 'target',
    defaultColumns: ['target', 'state', 'reason', 'updatedAt', 'tenant'],
    group: adminGroups.system,
  },
  // Belongs to a unit: the multi-tenant plugin adds `tenant` and scopes the admin lists.
  custom: { unitScoped: true },
  access: { read, create: () => false, update: () => false, delete: superAdminOnly },
  fields: [
    {
      name: 'target',
      type: 'text',
      required: true,
      unique: true,
      label: { th: 'ข้อ/ช่วงเวลา', en: 'Item and period' },
      admin: { readOnly: true },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: [
        { value: 'done', label: { th: 'สร้างแล้ว', en: 'Done' } },
        { value: 'failed', label: { th: 'ล้มเหลว', en: 'Failed' } },
        {
          value: 'withdrawn',
          label: { th: 'ถอนออก (ไม่มีข้อมูลที่เผยแพร่)', en: 'Withdrawn (nothing published)' },
        },
      ],
      label: { th: 'สถานะ', en: 'State' },
      admin: { readOnly: true },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: { th: 'สาเหตุ', en: 'Reason' },
      admin: { readOnly: true },
    },
    { name: 'contentHash', type: 'text', admin: { readOnly: true, hidden: true } },
  ],
}
