import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField, amountOf, formatBaht } from '../../fields/amount'
import { dayField } from '../../fields/dates'
import { uniqueFiscalYearField } from '../../fields/uniqueFiscalYear'
import { everyRow } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  sources: { th: 'แผนการใช้จ่ายตามแหล่งงบประมาณ', en: 'Plan by source of allocation' },
  source: { th: 'แหล่งงบประมาณ', en: 'Source' },
  allocated: { th: 'วงเงินที่ได้รับจัดสรร (บาท)', en: 'Allocated (baht)' },
  spentQ1: { th: 'ใช้จ่ายจริง ไตรมาส 1 (บาท)', en: 'Spent Q1 (baht)' },
  spentQ2: { th: 'ใช้จ่ายจริง ไตรมาส 2 (บาท)', en: 'Spent Q2 (baht)' },
  problems: { th: 'ปัญหา อุปสรรค', en: 'Problems and obstacles' },
  reported: { th: 'วันที่รายงานหัวหน้าหน่วยงาน', en: 'Date reported to the unit head' },
}

const quarters = [1, 2, 3, 4] as const

type Source = Record<string, unknown>

/**
 * Computes the first-half plan and % of plan per source, and refuses a quarterly plan above the
 * allocation.
 */
const computeResults: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (!Array.isArray(data.sources)) return data
  const errors: { path: string; message: string }[] = []
  const sources = (data.sources as Source[]).map((row, index) => {
    const planned = quarters.reduce((sum, q) => sum + amountOf(row[`planQ${q}`]), 0)
    if (row.allocated != null && planned > amountOf(row.allocated) + 0.005) {
      errors.push({
        path: `sources.${index}.planQ4`,
        message: `${labels.sources.th} แถวที่ ${index + 1}: แผนรายไตรมาสรวม ${formatBaht(planned)} บาท เกินวงเงินที่ได้รับ ${formatBaht(amountOf(row.allocated))} บาท / Plan row ${index + 1}: quarterly plan ${planned} exceeds the allocation ${amountOf(row.allocated)}`,
      })
    }
    const planFirstHalf = amountOf(row.planQ1) + amountOf(row.planQ2)
    const spentFirstHalf = amountOf(row.spentQ1) + amountOf(row.spentQ2)
    return {
      ...row,
      planFirstHalf,
      spentFirstHalf,
      percentOfPlan:
        planFirstHalf > 0 ? Math.round((spentFirstHalf / planFirstHalf) * 10_000) / 100 : null,
    }
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return { ...data, sources }
}

const computed = (name: string, label: { th: string; en: string }) => ({
  ...amountField(name, label),
  admin: { readOnly: true, description: { th: 'คำนวณอัตโนมัติ', en: 'Computed' } },
})

/** O12: the annual spending plan by source of allocation and the six-month spending report. */
export const BudgetReports: CollectionConfig = unitScoped(
  {
    slug: 'budget-reports',
    labels: {
      singular: { th: 'แผน/ผลการใช้จ่ายงบประมาณ', en: 'Budget report' },
      plural: { th: 'แผนและผลการใช้จ่ายงบประมาณ', en: 'Budget reports' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.budget,
    },
    hooks: { beforeChange: [computeResults] },
    fields: [
      uniqueFiscalYearField({ th: 'แผนการใช้จ่ายงบประมาณ', en: 'budget report' }),
      {
        name: 'sources',
        type: 'array',
        label: labels.sources,
        labels: { singular: labels.source, plural: { th: 'แหล่งงบประมาณ', en: 'Sources' } },
        admin: rowLabel('source', 'allocated'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'source',
                type: 'text',
                localized: true,
                label: labels.source,
                admin: {
                  width: '60%',
                  description: {
                    th: 'เช่น งบดำเนินงาน, เงินอุดหนุนจาก อปท.',
                    en: 'e.g. operating budget',
                  },
                },
              },
              amountField('allocated', labels.allocated, { admin: { width: '40%' } }),
            ],
          },
          {
            type: 'row',
            fields: quarters.map((q) =>
              amountField(`planQ${q}`, { th: `แผน ไตรมาส ${q}`, en: `Plan Q${q}` }),
            ),
          },
          {
            type: 'row',
            fields: [
              amountField('spentQ1', labels.spentQ1),
              amountField('spentQ2', labels.spentQ2),
              computed('planFirstHalf', { th: 'แผน 6 เดือนแรก', en: 'Plan, first half' }),
              computed('spentFirstHalf', { th: 'ใช้จ่าย 6 เดือนแรก', en: 'Spent, first half' }),
              {
                name: 'percentOfPlan',
                type: 'number',
                label: { th: 'ร้อยละของแผน', en: '% of plan' },
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
      { name: 'problems', type: 'textarea', localized: true, label: labels.problems },
      {
        type: 'row',
        fields: [
          dayField('reportedToHeadOn', labels.reported),
          {
            name: 'reportedTo',
            type: 'text',
            localized: true,
            label: { th: 'รายงานต่อ (ชื่อ/ตำแหน่ง)', en: 'Reported to' },
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      {
        label: labels.sources,
        check: everyRow('sources', labels.sources, ['source', labels.source]),
      },
    ],
  },
)
