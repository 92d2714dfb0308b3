import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { dayField, endDateField } from '../../fields/dates'
import { monthlyPeriodFields } from '../../fields/monthly'
import { everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  summary: { th: 'สรุปการปฏิบัติงานประจำเดือน', en: 'Work performed this month' },
  activities: { th: 'โครงการ/กิจกรรม', en: 'Projects and activities' },
  title: { th: 'ชื่อโครงการ/กิจกรรม', en: 'Project or activity' },
  details: { th: 'รายละเอียด', en: 'Details' },
  start: { th: 'วันที่เริ่ม', en: 'Start date' },
  section: { th: 'หน่วยงาน/งานที่รับผิดชอบ', en: 'Responsible section' },
  photos: { th: 'ภาพกิจกรรม', en: 'Photos' },
}

/** O7: the monthly performance report, one per unit and month. */
export const MonthlyReports: CollectionConfig = unitScoped(
  {
    slug: 'monthly-reports',
    labels: {
      singular: { th: 'รายงานประจำเดือน', en: 'Monthly report' },
      plural: { th: 'รายงานการปฏิบัติราชการประจำเดือน', en: 'Monthly reports' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.administration,
    },
    defaultSort: '-month',
    fields: [
      monthlyPeriodFields({ th: 'รายงานประจำเดือน', en: 'monthly report' }),
      { name: 'summary', type: 'richText', localized: true, label: labels.summary },
      {
        name: 'activities',
        type: 'array',
        label: labels.activities,
        labels: { singular: { th: 'กิจกรรม', en: 'Activity' }, plural: labels.activities },
        admin: rowLabel('title', 'section'),
        fields: [
          { name: 'title', type: 'text', localized: true, maxLength: 300, label: labels.title },
          { name: 'details', type: 'textarea', localized: true, label: labels.details },
          {
            type: 'row',
            fields: [
              dayField('startDate', labels.start),
              endDateField(
                'endDate',
                { th: 'วันที่สิ้นสุด', en: 'End date' },
                'startDate',
                labels.start,
              ),
            ],
          },
          {
            name: 'section',
            type: 'text',
            localized: true,
            label: labels.section,
            admin: { description: { th: 'เช่น งานป้องกันปราบปราม', en: 'e.g. crime prevention' } },
          },
          {
            name: 'photos',
            type: 'upload',
            relationTo: 'media',
            hasMany: true,
            label: labels.photos,
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      {
        label: labels.activities,
        check: everyRow('activities', labels.activities, ['title', labels.title]),
      },
    ],
  },
)
