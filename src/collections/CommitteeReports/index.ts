import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  role: { th: 'บทบาทและอำนาจหน้าที่ของ กต.ตร.', en: 'Role and authority of the committee' },
  results: { th: 'ผลการดำเนินงานในรอบ 6 เดือน', en: 'Results over six months' },
}

/** O4: the committee's role and its results over the first six months of the fiscal year. */
export const CommitteeReports: CollectionConfig = unitScoped(
  {
    slug: 'committee-reports',
    labels: {
      singular: { th: 'ผลการดำเนินงาน กต.ตร.', en: 'Committee report' },
      plural: { th: 'ผลการดำเนินงาน กต.ตร.', en: 'Committee reports' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.basics,
    },
    fields: [
      fiscalYearField({ defaultToCurrent: true }),
      { name: 'role', type: 'richText', localized: true, label: labels.role },
      { name: 'results', type: 'richText', localized: true, label: labels.results },
      {
        name: 'meetings',
        type: 'array',
        label: { th: 'การประชุม/กิจกรรม', en: 'Meetings and activities' },
        labels: {
          singular: { th: 'การประชุม', en: 'Meeting' },
          plural: { th: 'การประชุม', en: 'Meetings' },
        },
        admin: rowLabel('topic'),
        fields: [
          {
            type: 'row',
            fields: [
              dayField('date', { th: 'วันที่', en: 'Date' }),
              {
                name: 'topic',
                type: 'text',
                localized: true,
                label: { th: 'เรื่อง', en: 'Topic' },
              },
            ],
          },
          {
            name: 'outcome',
            type: 'textarea',
            localized: true,
            label: { th: 'ผลการประชุม/ข้อเสนอแนะ', en: 'Outcome' },
          },
          {
            name: 'photos',
            type: 'upload',
            relationTo: 'media',
            hasMany: true,
            label: { th: 'ภาพกิจกรรม', en: 'Photos' },
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
  },
)
