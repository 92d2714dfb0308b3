import type { Access, CollectionConfig } from 'payload'

import { userOf } from '../../access/roles'
import { superAdminOnly } from '../../access/superAdmin'
import { readableUnits, scopeWhere } from '../../access/unitScope'
import { companionFormats } from '../../frameworks/types'
import { adminGroups } from '../groups'

/**
 * Anonymous visitors get files of published data only; superseded revisions stay for the unit's
 * audit.
 */
const read: Access = async ({ req }) =>
  userOf(req) ? scopeWhere(await readableUnits(req), 'tenant') : { withdrawn: { not_equals: true } }

/**
 * Files generated from an item's data (PDF, DOCX, XLSX): one document per distinct content of a
 * file key (unit, fiscal year, item, period, format). The newest is served at the key's stable URL;
 * the earlier ones are kept for audit. Only the generator writes here.
 */
export const CompanionFiles: CollectionConfig = {
  slug: 'companion-files',
  labels: {
    singular: { th: 'ไฟล์ที่ระบบสร้าง', en: 'Generated file' },
    plural: { th: 'ไฟล์ที่ระบบสร้าง', en: 'Generated files' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'item', 'period', 'format', 'generatedAt', 'withdrawn', 'tenant'],
    group: adminGroups.system,
    description: {
      th: 'ระบบสร้างไฟล์เหล่านี้จากข้อมูลที่เผยแพร่แล้ว ไม่ต้องอัปโหลดเอง ฉบับก่อนหน้าเก็บไว้เพื่อการตรวจสอบย้อนหลัง',
      en: 'Generated from published data; earlier revisions are kept for audit.',
    },
  },
  // Belongs to a unit: the multi-tenant plugin adds `tenant` and scopes the admin lists.
  custom: { unitScoped: true },
  access: { read, create: () => false, update: () => false, delete: superAdminOnly },
  upload: {
    staticDir: 'companions',
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
  defaultSort: '-generatedAt',
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      index: true,
      label: { th: 'รหัสไฟล์', en: 'File key' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fiscalYear',
          type: 'number',
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
          name: 'format',
          type: 'select',
          required: true,
          options: companionFormats.map((value) => ({ value, label: value.toUpperCase() })),
          label: { th: 'รูปแบบ', en: 'Format' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'contentHash',
      type: 'text',
      required: true,
      label: { th: 'รหัสเนื้อหา (SHA-256)', en: 'Content hash (SHA-256)' },
      admin: { readOnly: true },
    },
    // One record per distinct content of a key: a crashed or concurrent generation cannot duplicate
    // it.
    { name: 'revision', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'generatedAt',
      type: 'date',
      required: true,
      index: true,
      label: { th: 'สร้างเมื่อ', en: 'Generated at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'withdrawn',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { th: 'ถอนออก (ข้อมูลไม่ได้เผยแพร่แล้ว)', en: 'Withdrawn (data no longer published)' },
      admin: { readOnly: true },
    },
  ],
}
