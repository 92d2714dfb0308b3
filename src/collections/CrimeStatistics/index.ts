import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { monthlyPeriodFields } from '../../fields/monthly'
import { allOf, everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'
import { importRowsEndpoint } from '../../imports/importEndpoint'
import { importRowsField } from '../../imports/field'
import { coversEveryGroup, defaultCrimeRows, fillCrimeGroups } from './crimeGroups'
import { crimeImport } from './import'
import { crimeLabels } from './labels'

const labels = crimeLabels

/**
 * O11: criminal cases per offence group (the CRIMES groups of the framework), one document per
 * month.
 */
export const CrimeStatistics: CollectionConfig = unitScoped(
  {
    slug: 'crime-statistics',
    labels: {
      singular: { th: 'สถิติคดีอาญา', en: 'Crime statistics' },
      plural: { th: 'สถิติคดีอาญา', en: 'Crime statistics' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.administration,
    },
    defaultSort: '-month',
    hooks: { beforeValidate: [fillCrimeGroups] },
    endpoints: [importRowsEndpoint('crime-statistics', crimeImport)],
    fields: [
      monthlyPeriodFields({ th: 'สถิติคดีอาญา', en: 'crime statistics' }),
      importRowsField(crimeImport),
      {
        name: 'rows',
        type: 'array',
        label: labels.rows,
        labels: {
          singular: { th: 'กลุ่มคดี', en: 'Offence group' },
          plural: { th: 'กลุ่มคดี', en: 'Offence groups' },
        },
        defaultValue: defaultCrimeRows,
        admin: {
          ...rowLabel('label'),
          description: {
            th: 'กลุ่มคดีมาจากเกณฑ์ของปีงบประมาณ กรอกจำนวนของทุกกลุ่ม (ไม่มีคดีให้กรอก 0)',
            en: 'The groups come from the framework; fill in every group (0 when none).',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'group',
                type: 'text',
                required: true,
                label: labels.group,
                admin: { readOnly: true, width: '20%' },
              },
              {
                name: 'label',
                type: 'text',
                label: labels.label,
                admin: { readOnly: true, width: '80%' },
              },
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
    publishChecks: [
      {
        label: labels.rows,
        check: allOf(
          coversEveryGroup,
          everyRow(
            'rows',
            labels.rows,
            ['reported', labels.reported],
            ['arrested', labels.arrested],
            ['suspects', labels.suspects],
          ),
        ),
      },
    ],
  },
)
