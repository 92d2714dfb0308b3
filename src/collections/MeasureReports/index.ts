import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { dayField } from '../../fields/dates'
import { optionsOf } from '../../fields/options'
import { uniqueFiscalYearField } from '../../fields/uniqueFiscalYear'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

/**
 * The photo evidence of the One Stop Service and OIT measures (DOMAIN §7); framework element
 * `photo-<slot>`.
 */
export const evidenceSlots = {
  'pr-point': { th: 'จุดประชาสัมพันธ์/สอบถามความคืบหน้าคดี', en: 'PR and case-inquiry point' },
  'service-signs': { th: 'ป้ายจุดบริการและห้อง One Stop Service', en: 'Service-point signs' },
  'pledge-sign': { th: 'ป้ายพันธะสัญญา', en: 'Pledge sign' },
  'no-gift-sign': { th: 'ป้าย No Gift Policy', en: 'No Gift Policy sign' },
  'manual-download-sign': {
    th: 'ป้าย Download คู่มือ (QR Code)',
    en: 'Manual download sign (QR code)',
  },
  facilities: { th: 'สิ่งอำนวยความสะดวก', en: 'Facilities' },
  'oit-assignment': { th: 'การมอบหมายผู้รับผิดชอบ OIT', en: 'Assigning OIT owners' },
  'head-follow-up': { th: 'การประชุมติดตามโดยหัวหน้าหน่วยงาน', en: 'Head’s follow-up meeting' },
  other: { th: 'อื่น ๆ', en: 'Other' },
}

const evidence = { th: 'ภาพหลักฐาน', en: 'Photo evidence' }
const results = { th: 'ผลการดำเนินการตามมาตรการ', en: 'Results of the measures' }

/**
 * O25: results of the O24 measures with the photo evidence of each One Stop Service item and the
 * meetings.
 */
export const MeasureReports: CollectionConfig = unitScoped(
  {
    slug: 'measure-reports',
    labels: {
      singular: { th: 'รายงานผลตามมาตรการ', en: 'Measures report' },
      plural: { th: 'รายงานผลตามมาตรการ', en: 'Measures reports' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.transparency,
    },
    fields: [
      uniqueFiscalYearField({ th: 'รายงานผลตามมาตรการ', en: 'measures report' }),
      { name: 'results', type: 'richText', localized: true, label: results },
      {
        name: 'evidence',
        type: 'array',
        label: evidence,
        labels: { singular: { th: 'ภาพหลักฐาน', en: 'Evidence' }, plural: evidence },
        admin: rowLabel('caption'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'slot',
                type: 'select',
                required: true,
                options: optionsOf(evidenceSlots),
                label: { th: 'หัวข้อ', en: 'Item' },
              },
              dayField('date', { th: 'วันที่', en: 'Date' }),
            ],
          },
          {
            name: 'caption',
            type: 'text',
            localized: true,
            maxLength: 500,
            label: { th: 'คำบรรยาย', en: 'Caption' },
          },
          {
            name: 'photos',
            type: 'upload',
            relationTo: 'media',
            hasMany: true,
            label: { th: 'ภาพถ่าย', en: 'Photos' },
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
  },
)
