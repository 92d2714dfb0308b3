import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { monthField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { lineOfWorkOptions } from '../../fields/options'
import { everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  prepared: { th: 'เดือน/ปีที่จัดทำข้อมูล', en: 'Month the data was prepared' },
  mission: { th: 'อำนาจหน้าที่ของหน่วยงาน', en: 'Mission of the unit' },
  lines: { th: 'อำนาจหน้าที่ของแต่ละสายงาน', en: 'Mission of each line of work' },
  line: { th: 'สายงาน', en: 'Line of work' },
  lineMission: { th: 'ภารกิจของสายงาน', en: 'Mission' },
  area: { th: 'พื้นที่รับผิดชอบ', en: 'Area of responsibility' },
  district: { th: 'อำเภอ/เขต', en: 'District' },
  subdistrict: { th: 'ตำบล/แขวง', en: 'Sub-district' },
  population: { th: 'จำนวนประชากร (คน)', en: 'Population' },
}

/** O2: what the unit and each line of work are responsible for, and the area it covers. */
export const Authorities: CollectionConfig = unitScoped(
  {
    slug: 'authorities',
    labels: {
      singular: { th: 'อำนาจหน้าที่และพื้นที่', en: 'Authority and area' },
      plural: { th: 'อำนาจหน้าที่และพื้นที่', en: 'Authority and area' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'preparedMonth', 'tenant', '_status'],
      group: adminGroups.basics,
    },
    fields: [
      {
        type: 'row',
        fields: [
          monthField('preparedMonth', labels.prepared),
          fiscalYearField({ derivedFrom: { field: 'preparedMonth', label: labels.prepared } }),
        ],
      },
      { name: 'mission', type: 'richText', localized: true, label: labels.mission },
      {
        name: 'lines',
        type: 'array',
        label: labels.lines,
        labels: { singular: labels.line, plural: { th: 'สายงาน', en: 'Lines of work' } },
        admin: rowLabel('lineOfWork'),
        fields: [
          { name: 'lineOfWork', type: 'select', options: lineOfWorkOptions, label: labels.line },
          { name: 'mission', type: 'richText', localized: true, label: labels.lineMission },
        ],
      },
      {
        name: 'area',
        type: 'array',
        label: labels.area,
        labels: { singular: labels.subdistrict, plural: { th: 'ตำบล/แขวง', en: 'Sub-districts' } },
        admin: rowLabel('subdistrict', 'population'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'district',
                type: 'text',
                localized: true,
                label: labels.district,
                admin: { width: '35%' },
              },
              {
                name: 'subdistrict',
                type: 'text',
                localized: true,
                label: labels.subdistrict,
                admin: { width: '35%' },
              },
              amountField('population', labels.population, {
                integer: true,
                admin: { width: '30%' },
              }),
            ],
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      { label: labels.lines, check: everyRow('lines', labels.lines, ['lineOfWork', labels.line]) },
      { label: labels.area, check: everyRow('area', labels.area, ['district', labels.district]) },
    ],
  },
)
