import type { CollectionConfig } from 'payload'

import { amountField } from '../../fields/amount'
import { optionsOf } from '../../fields/options'
import { formattedText } from '../../fields/text'
import { filled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

/** Kinds of online service; the first ones are what the O10 checklist names. */
export const eServiceKinds = {
  'online-crime-report': { th: 'แจ้งความออนไลน์', en: 'Online crime report' },
  'online-fine-payment': { th: 'ชำระค่าปรับออนไลน์', en: 'Online fine payment' },
  'case-tracking': { th: 'ติดตามความคืบหน้าคดี', en: 'Case tracking' },
  'e-extension': { th: 'ขออยู่ต่อในราชอาณาจักรออนไลน์ (e-Extension)', en: 'e-Extension of stay' },
  'e-voa': { th: 'ขอวีซ่าเมื่อเดินทางมาถึงออนไลน์ (E-VOA)', en: 'E-VOA' },
  '90-day-report': { th: 'แจ้งที่พักอาศัยเกิน 90 วันออนไลน์', en: '90-day report' },
  other: { th: 'บริการอื่น', en: 'Other service' },
}

export const eServiceIcons = {
  report: { th: 'แจ้งเหตุ', en: 'Report' },
  payment: { th: 'ชำระเงิน', en: 'Payment' },
  search: { th: 'ค้นหา/ติดตาม', en: 'Search' },
  passport: { th: 'หนังสือเดินทาง', en: 'Passport' },
  calendar: { th: 'นัดหมาย/กำหนดเวลา', en: 'Calendar' },
  link: { th: 'ลิงก์ทั่วไป', en: 'Link' },
}

const labels = {
  name: { th: 'ชื่อบริการ', en: 'Service name' },
  url: { th: 'ลิงก์ของบริการ', en: 'Service link' },
}

/**
 * O10: links from the unit's site to online services; each unit gets the standard RTP services when
 * it is created.
 */
export const EServices: CollectionConfig = unitScoped(
  {
    slug: 'e-services',
    labels: {
      singular: { th: 'บริการออนไลน์', en: 'E-service' },
      plural: { th: 'E-Service', en: 'E-services' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', 'url', 'tenant', '_status'],
      group: adminGroups.administration,
    },
    defaultSort: 'order',
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 200,
        label: labels.name,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'other',
            options: optionsOf(eServiceKinds),
            label: { th: 'ประเภทบริการ', en: 'Kind' },
          },
          {
            name: 'icon',
            type: 'select',
            defaultValue: 'link',
            options: optionsOf(eServiceIcons),
            label: { th: 'ไอคอน', en: 'Icon' },
          },
          amountField('order', { th: 'ลำดับ', en: 'Order' }, { integer: true }),
        ],
      },
      formattedText('url', 'url', labels.url),
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 500,
        label: { th: 'คำอธิบาย', en: 'Description' },
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      { label: labels.url, check: filled(['name', labels.name], ['url', labels.url]) },
    ],
  },
)
