import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { monthlyPeriodFields } from '../../fields/monthly'
import { filled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { importRowsEndpoint } from '../../imports/importEndpoint'
import { importRowsField } from '../../imports/field'
import { amountColumn, textColumn, type RowImportSpec } from '../../imports/rowImport'
import { unitScoped } from '../unitScoped'

const labels = {
  checkpoints: { th: 'จำนวนครั้งที่ตั้งจุดตรวจ/จุดสกัด', en: 'Checkpoints held' },
  officers: { th: 'จำนวนเจ้าหน้าที่ (นาย)', en: 'Officers' },
  vehicles: { th: 'ยานพาหนะที่ตรวจ (คัน)', en: 'Vehicles checked' },
  persons: { th: 'บุคคลที่ตรวจ (คน)', en: 'Persons checked' },
  arrests: { th: 'ผลการจับกุมแยกตามข้อหา', en: 'Arrests by offence' },
  offence: { th: 'ข้อหา', en: 'Offence' },
  count: { th: 'จำนวน (ราย)', en: 'Count' },
}

/** The month's arrests by offence from a sheet: one line per offence and its count. */
const arrestsImport: RowImportSpec = {
  rows: 'arrests',
  label: labels.arrests,
  columns: [
    textColumn(
      'offence',
      labels.offence,
      [labels.offence.th, 'ข้อหา/ความผิด', labels.offence.en],
      (row, value) => (row.offence = value),
      true,
    ),
    amountColumn(
      'count',
      labels.count,
      [labels.count.th, 'จำนวน', 'ราย', labels.count.en],
      (row, value) => (row.count = value),
      true,
    ),
  ],
}

/** O11: checkpoint statistics (จุดตรวจ จุดสกัด), one document per month. */
export const CheckpointStatistics: CollectionConfig = unitScoped(
  {
    slug: 'checkpoint-statistics',
    labels: {
      singular: { th: 'สถิติจุดตรวจ', en: 'Checkpoint statistics' },
      plural: { th: 'สถิติจุดตรวจ จุดสกัด', en: 'Checkpoint statistics' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.administration,
    },
    defaultSort: '-month',
    endpoints: [importRowsEndpoint('checkpoint-statistics', arrestsImport)],
    fields: [
      monthlyPeriodFields({ th: 'สถิติจุดตรวจ', en: 'checkpoint statistics' }),
      {
        type: 'row',
        fields: [
          amountField('checkpoints', labels.checkpoints, { integer: true }),
          amountField('officers', labels.officers, { integer: true }),
          amountField('vehiclesChecked', labels.vehicles, { integer: true }),
          amountField('personsChecked', labels.persons, { integer: true }),
        ],
      },
      importRowsField(arrestsImport),
      {
        name: 'arrests',
        type: 'array',
        label: labels.arrests,
        labels: {
          singular: { th: 'ข้อหา', en: 'Offence' },
          plural: { th: 'ข้อหา', en: 'Offences' },
        },
        admin: rowLabel('offence', 'count'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'offence',
                type: 'text',
                required: true,
                localized: true,
                label: labels.offence,
                admin: {
                  width: '70%',
                  description: {
                    th: 'เช่น เมาแล้วขับ, ยาเสพติด, อาวุธปืน',
                    en: 'e.g. drunk driving',
                  },
                },
              },
              amountField('count', labels.count, {
                integer: true,
                required: true,
                admin: { width: '30%' },
              }),
            ],
          },
        ],
      },
      { name: 'notes', type: 'textarea', localized: true, label: { th: 'หมายเหตุ', en: 'Notes' } },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      {
        label: labels.checkpoints,
        check: filled(
          ['checkpoints', labels.checkpoints],
          ['officers', labels.officers],
          ['vehiclesChecked', labels.vehicles],
          ['personsChecked', labels.persons],
        ),
      },
    ],
  },
)
