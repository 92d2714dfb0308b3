import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { noneDeclaredField, unlessDeclared } from '../../fields/noneDeclared'
import { optionsOf } from '../../fields/options'
import { filled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'
import { calendarMonthStart } from '../../fiscal'

export const announcementKinds = {
  plan: { th: 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' },
  invitation: { th: 'ประกาศเชิญชวน', en: 'Invitation' },
  'reference-price': { th: 'ประกาศราคากลาง', en: 'Reference price' },
  result: { th: 'ประกาศผู้ชนะการเสนอราคา', en: 'Award announcement' },
  cancellation: { th: 'ประกาศยกเลิก', en: 'Cancellation' },
  other: { th: 'ประกาศอื่น ๆ', en: 'Other announcement' },
}

export const NO_PROCUREMENT = 'ไม่มีการจัดซื้อจัดจ้าง'

const labels = {
  date: { th: 'วันที่ประกาศ', en: 'Date announced' },
  kind: { th: 'ประเภทประกาศ', en: 'Kind' },
  title: { th: 'ชื่อประกาศ', en: 'Title' },
  file: { th: 'ไฟล์ประกาศ (ฉบับลงนาม)', en: 'Signed announcement file' },
  signer: { th: 'ผู้ลงนาม', en: 'Signed by' },
}

/**
 * O14: each announcement under the Public Procurement Act 2560, published when made; a month with none
 * is a document declaring "ไม่มีการจัดซื้อจัดจ้าง" dated in that month.
 */
export const ProcurementAnnouncements: CollectionConfig = unitScoped(
  {
    slug: 'procurement-announcements',
    labels: { singular: { th: 'ประกาศจัดซื้อจัดจ้าง', en: 'Procurement announcement' }, plural: { th: 'ประกาศจัดซื้อจัดจ้าง', en: 'Procurement announcements' } },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'date', 'noneDeclared', 'tenant', '_status'], group: adminGroups.budget },
    defaultSort: '-date',
    hooks: {
      beforeChange: [
        ({ data, originalDoc }) => {
          const merged = { ...originalDoc, ...data }
          const month = merged.date ? calendarMonthStart(new Date(merged.date)).toISOString() : null
          return { ...data, month, ...(merged.noneDeclared && !merged.title ? { title: NO_PROCUREMENT } : {}) }
        },
      ],
    },
    fields: [
      noneDeclaredField(NO_PROCUREMENT, 'kind', { th: 'ประเภทประกาศ', en: 'an announcement kind' }),
      { type: 'row', fields: [dayField('date', labels.date, { required: true, defaultToday: true }), fiscalYearField({ derivedFrom: { field: 'date', label: labels.date } })] },
      { name: 'month', type: 'date', index: true, label: { th: 'เดือน', en: 'Month' }, admin: { hidden: true } },
      { name: 'title', type: 'text', localized: true, maxLength: 500, label: labels.title },
      {
        type: 'row',
        fields: [
          { name: 'kind', type: 'select', options: optionsOf(announcementKinds), label: labels.kind, admin: { width: '50%' } },
          { name: 'signer', type: 'text', localized: true, label: labels.signer, admin: { width: '50%', description: { th: 'ชื่อและตำแหน่งผู้ลงนามในประกาศ', en: 'Name and position' } } },
        ],
      },
      { name: 'file', type: 'upload', relationTo: 'documents', label: labels.file },
      { name: 'egpNumber', type: 'text', label: { th: 'เลขที่โครงการในระบบ e-GP', en: 'e-GP project number' } },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [{ label: labels.file, check: unlessDeclared(filled(['title', labels.title], ['kind', labels.kind], ['file', labels.file], ['signer', labels.signer])) }],
  },
)
