import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { lineOfWorkOptions } from '../../fields/options'
import { uniqueFiscalYearField } from '../../fields/uniqueFiscalYear'
import { everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const rows = { th: 'ผลการดำเนินการแยกตามสายงาน', en: 'Results by line of work' }
const labels = {
  line: { th: 'สายงาน', en: 'Line of work' },
  measure: { th: 'มาตรการตามแผน', en: 'Measure in the plan' },
  result: { th: 'ผลการดำเนินการ', en: 'Result' },
  photos: { th: 'ภาพกิจกรรม', en: 'Photos' },
}

/** O21: results of the O20 measures per line of work, with photos. */
export const RiskReports: CollectionConfig = unitScoped(
  {
    slug: 'risk-reports',
    labels: {
      singular: { th: 'รายงานผลการจัดการความเสี่ยง', en: 'Risk management report' },
      plural: { th: 'รายงานผลการจัดการความเสี่ยงการรับสินบน', en: 'Risk management reports' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.transparency,
    },
    fields: [
      uniqueFiscalYearField({ th: 'รายงานผลการจัดการความเสี่ยง', en: 'risk report' }),
      {
        name: 'summary',
        type: 'richText',
        localized: true,
        label: { th: 'สรุปภาพรวม', en: 'Summary' },
      },
      {
        name: 'results',
        type: 'array',
        label: rows,
        labels: { singular: labels.line, plural: { th: 'สายงาน', en: 'Lines of work' } },
        admin: rowLabel('lineOfWork', 'measure'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'lineOfWork',
                type: 'select',
                options: lineOfWorkOptions,
                label: labels.line,
                admin: { width: '40%' },
              },
              {
                name: 'measure',
                type: 'text',
                localized: true,
                label: labels.measure,
                admin: { width: '60%' },
              },
            ],
          },
          { name: 'result', type: 'textarea', localized: true, label: labels.result },
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
    publishChecks: [{ label: rows, check: everyRow('results', rows, ['lineOfWork', labels.line]) }],
  },
)
