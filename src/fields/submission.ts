import type { Field, FieldAccess, RelationshipField } from 'payload'

import { superAdminField } from '../access/superAdmin'
import { invalid, required } from '../validation/messages'
import { optionsOf } from './options'

const unitLabel = { th: 'หน่วยงาน', en: 'Unit' }

/**
 * The unit a public submission is addressed to: set by the sender, moved by nobody but a
 * super-admin.
 */
export const publicTenantField: RelationshipField = {
  name: 'tenant',
  type: 'relationship',
  relationTo: 'units',
  index: true,
  label: unitLabel,
  access: { update: superAdminField },
  admin: { position: 'sidebar', allowCreate: false, allowEdit: false },
  validate: async (value: unknown, { req }) => {
    if (value == null || value === '') return invalid(unitLabel, required)
    const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
    if (typeof id !== 'number' && typeof id !== 'string')
      return invalid(unitLabel, { th: 'ไม่พบหน่วยงานนี้', en: 'no such unit' })
    const { totalDocs } = await req.payload.count({
      collection: 'units',
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    return totalDocs ? true : invalid(unitLabel, { th: 'ไม่พบหน่วยงานนี้', en: 'no such unit' })
  },
}

const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * Fields every public submission carries: its handling status and notes (staff only) and the
 * sender's hashed key.
 */
export const submissionFields = (statuses: Record<string, { th: string; en: string }>): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: Object.keys(statuses)[0],
        options: optionsOf(statuses),
        label: { th: 'สถานะการดำเนินการ', en: 'Status' },
        access: { create: staffOnly, update: staffOnly },
        admin: { width: '50%' },
      },
      {
        name: 'fiscalYear',
        type: 'number',
        index: true,
        label: { th: 'ปีงบประมาณที่ได้รับ', en: 'Fiscal year received' },
        access: { update: () => false },
        admin: { readOnly: true, width: '50%' },
      },
    ],
  },
  {
    name: 'staffNotes',
    type: 'textarea',
    label: { th: 'บันทึกของเจ้าหน้าที่', en: 'Staff notes' },
    access: { create: staffOnly, update: staffOnly },
  },
  {
    name: 'submitterKey',
    type: 'text',
    index: true,
    label: { th: 'รหัสผู้ส่ง (แฮช)', en: 'Sender key (hash)' },
    access: { read: superAdminField, update: () => false },
    admin: { hidden: true },
  },
]
