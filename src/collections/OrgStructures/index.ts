import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { uniquePerUnit } from '../../fields/uniquePerUnit'
import { eachRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  asOf: { th: 'ข้อมูล ณ วันที่', en: 'As of' },
  orgChart: { th: 'แผนผังโครงสร้าง', en: 'Organisation chart' },
  manpower: { th: 'อัตรากำลัง', en: 'Manpower' },
  group: { th: 'กลุ่มตำแหน่ง', en: 'Position group' },
  allotted: { th: 'อัตราตามกรอบ', en: 'Allotted' },
  actual: { th: 'คนครองจริง', en: 'Actual' },
}

/**
 * O1: the org chart and manpower table, one per unit and fiscal year (the year of its as-of date).
 */
export const OrgStructures: CollectionConfig = unitScoped(
  {
    slug: 'org-structures',
    labels: {
      singular: { th: 'โครงสร้างและอัตรากำลัง', en: 'Structure and manpower' },
      plural: { th: 'โครงสร้างและอัตรากำลัง', en: 'Structure and manpower' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'asOf', 'tenant', '_status'],
      group: adminGroups.basics,
    },
    fields: [
      {
        type: 'row',
        fields: [
          dayField('asOf', labels.asOf, {
            required: true,
            description: {
              th: 'วันที่ของข้อมูลอัตรากำลัง เช่น 1 ม.ค. ของปีงบประมาณ',
              en: 'e.g. 1 January of the fiscal year',
            },
          }),
          uniquePerUnit(
            fiscalYearField({ derivedFrom: { field: 'asOf', label: labels.asOf } }),
            { th: 'ปีงบประมาณ', en: 'Fiscal year' },
            (year) => ({
              th: `หน่วยงานนี้มีโครงสร้างของปีงบประมาณ ${year} แล้ว ให้แก้ไขฉบับเดิม`,
              en: `this unit already has a structure for fiscal year ${year}; edit that one`,
            }),
          ),
        ],
      },
      {
        name: 'orgChart',
        type: 'upload',
        relationTo: ['media', 'documents'],
        label: labels.orgChart,
        admin: {
          description: {
            th: 'รูปภาพหรือ PDF แสดงการแบ่งงาน/สายงานภายในหน่วยงาน',
            en: 'Image or PDF',
          },
        },
      },
      {
        name: 'manpower',
        type: 'array',
        label: labels.manpower,
        labels: {
          singular: { th: 'กลุ่มตำแหน่ง', en: 'Position group' },
          plural: { th: 'กลุ่มตำแหน่ง', en: 'Position groups' },
        },
        admin: rowLabel('positionGroup', 'actual'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'positionGroup',
                type: 'text',
                localized: true,
                label: labels.group,
                admin: {
                  width: '50%',
                  description: {
                    th: 'เช่น สัญญาบัตร, ประทวน, ลูกจ้าง',
                    en: 'e.g. commissioned officers',
                  },
                },
              },
              amountField('allotted', labels.allotted, { integer: true, admin: { width: '25%' } }),
              amountField('actual', labels.actual, { integer: true, admin: { width: '25%' } }),
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
        label: labels.manpower,
        check: eachRow(
          'manpower',
          labels.manpower,
          ['positionGroup', labels.group],
          ['allotted', labels.allotted],
          ['actual', labels.actual],
        ),
      },
    ],
  },
)
