import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { monthlyPeriodFields } from '../../fields/monthly'
import { allOf, everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'
import { coversEveryGroup, fillCrimeGroups } from './crimeGroups'

const labels = {
  rows: { th: 'สถิติคดีแยกตามกลุ่ม', en: 'Cases by offence group' },
  reported: { th: 'รับแจ้ง (คดี)', en: 'Reported (cases)' },
  arrested: { th: 'จับ (คดี)', en: 'Arrested (cases)' },
  suspects: { th: 'ผู้ต้องหา (คน)', en: 'Suspects (persons)' },
}

/** O11: criminal cases per offence group (the CRIMES groups of the framework), one document per month. */
export const CrimeStatistics: CollectionConfig = unitScoped(
  {
    slug: 'crime-statistics',
    labels: { singular: { th: 'สถิติคดีอาญา', en: 'Crime statistics' }, plural: { th: 'สถิติคดีอาญา', en: 'Crime statistics' } },
    admin: { useAsTitle: 'title', defaultColumns: ['month', 'fiscalYear', 'tenant', '_status', 'updatedAt'], group: adminGroups.administration },
    defaultSort: '-month',
    hooks: { beforeValidate: [fillCrimeGroups] },
    fields: [
      monthlyPeriodFields({ th: 'สถิติคดีอาญา', en: 'crime statistics' }),
      {
        name: 'rows',
        type: 'array',
        label: labels.rows,
        labels: { singular: { th: 'กลุ่มคดี', en: 'Offence group' }, plural: { th: 'กลุ่มคดี', en: 'Offence groups' } },
        admin: { ...rowLabel('label'), description: { th: 'กลุ่มคดีมาจากเกณฑ์ของปีงบประมาณ บันทึกร่างครั้งแรกแล้วระบบจะเติมทุกกลุ่มให้', en: 'Groups come from the framework; saving a new draft adds them.' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'group', type: 'text', required: true, label: { th: 'รหัสกลุ่มคดี', en: 'Group key' }, admin: { readOnly: true, width: '20%' } },
              { name: 'label', type: 'text', label: { th: 'กลุ่มคดี', en: 'Offence group' }, admin: { readOnly: true, width: '80%' } },
            ],
          },
          {
            type: 'row',
            fields: [
              amountField('reported', labels.reported, { integer: true }),
              amountField('arrested', labels.arrested, { integer: true }),
              amountField('suspects', labels.suspects, { integer: true }),
            ],
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [{ label: labels.rows, check: allOf(coversEveryGroup, everyRow('rows', labels.rows, ['reported', labels.reported], ['arrested', labels.arrested], ['suspects', labels.suspects])) }],
  },
)
