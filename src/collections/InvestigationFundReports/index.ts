import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField, amountOf, formatBaht } from '../../fields/amount'
import { uniqueFiscalYearField } from '../../fields/uniqueFiscalYear'
import { englishMonthName, FISCAL_YEAR_START_MONTH, thaiMonthName } from '../../fiscal'
import { allOf, everyRow, filled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

/** A spending row covers a quarter or one month; quarters are numbered within the fiscal year. */
export const fundPeriods = [
  ...[1, 2, 3, 4].map((q) => ({
    value: `q${q}`,
    label: { th: `ไตรมาส ${q}`, en: `Quarter ${q}` },
    months: [0, 1, 2].map((i) => (q - 1) * 3 + i),
  })),
  ...Array.from({ length: 12 }, (_, index) => {
    const month = ((FISCAL_YEAR_START_MONTH - 1 + index) % 12) + 1
    return {
      value: `m${month}`,
      label: { th: thaiMonthName(month), en: englishMonthName(month) },
      months: [index],
    }
  }),
]

const labels = {
  allocated: { th: 'เงินกองทุนที่ได้รับจัดสรร (บาท)', en: 'Fund allocated (baht)' },
  spending: { th: 'การใช้จ่ายเงินกองทุน', en: 'Spending' },
  period: { th: 'ช่วงเวลา', en: 'Period' },
  amount: { th: 'จำนวนเงินที่ใช้ (บาท)', en: 'Amount spent (baht)' },
}

/**
 * Computes the balance; refuses overlapping periods (a quarter and one of its months) and spending
 * above the allocation.
 */
const computeBalance: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const rows = (Array.isArray(merged.spending) ? merged.spending : []) as {
    period?: string
    amount?: number
  }[]
  const errors: { path: string; message: string }[] = []
  const covered = new Map<number, number>()
  rows.forEach((row, index) => {
    const period = fundPeriods.find(({ value }) => value === row.period)
    for (const month of period?.months ?? []) {
      if (covered.has(month)) {
        errors.push({
          path: `spending.${index}.period`,
          message: `${labels.spending.th} แถวที่ ${index + 1}: ช่วงเวลาซ้อนกับแถวที่ ${covered.get(month)! + 1} / Spending row ${index + 1}: period overlaps row ${covered.get(month)! + 1}`,
        })
        return
      }
      covered.set(month, index)
    }
  })
  const spent = rows.reduce((sum, row) => sum + amountOf(row.amount), 0)
  if (merged.allocated != null && spent > amountOf(merged.allocated) + 0.005) {
    errors.push({
      path: 'spending',
      message: `${labels.spending.th}: ใช้จ่ายรวม ${formatBaht(spent)} บาท เกินเงินที่ได้รับจัดสรร ${formatBaht(amountOf(merged.allocated))} บาท / Spending: total ${spent} exceeds the allocation ${amountOf(merged.allocated)}`,
    })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return {
    ...data,
    totalSpent: spent,
    balance:
      merged.allocated == null
        ? null
        : Math.round((amountOf(merged.allocated) - spent) * 100) / 100,
  }
}

/**
 * O13: the criminal investigation and inquiry fund: allocation, spending per month or quarter,
 * balance.
 */
export const InvestigationFundReports: CollectionConfig = unitScoped(
  {
    slug: 'investigation-fund-reports',
    labels: {
      singular: { th: 'เงินกองทุนสืบสวนสอบสวน', en: 'Investigation fund report' },
      plural: { th: 'เงินกองทุนเพื่อการสืบสวนและสอบสวน', en: 'Investigation fund' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'allocated', 'balance', 'tenant', '_status'],
      group: adminGroups.budget,
    },
    hooks: { beforeChange: [computeBalance] },
    fields: [
      {
        type: 'row',
        fields: [
          uniqueFiscalYearField({ th: 'รายงานเงินกองทุน', en: 'fund report' }),
          amountField('allocated', labels.allocated),
        ],
      },
      {
        name: 'spending',
        type: 'array',
        label: labels.spending,
        labels: { singular: labels.period, plural: { th: 'ช่วงเวลา', en: 'Periods' } },
        admin: rowLabel('period', 'amount'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'period',
                type: 'select',
                required: true,
                options: fundPeriods.map(({ value, label }) => ({ value, label })),
                label: labels.period,
                admin: { width: '30%' },
              },
              amountField(
                'cases',
                { th: 'จำนวนคดี', en: 'Cases' },
                { integer: true, admin: { width: '20%' } },
              ),
              amountField('amount', labels.amount, { admin: { width: '50%' } }),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            ...amountField('totalSpent', { th: 'ใช้จ่ายรวม (บาท)', en: 'Total spent' }),
            admin: { readOnly: true },
          },
          {
            name: 'balance',
            type: 'number',
            label: { th: 'คงเหลือ (บาท)', en: 'Balance (baht)' },
            admin: { readOnly: true },
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
        label: labels.spending,
        check: allOf(
          filled(['allocated', labels.allocated]),
          everyRow(
            'spending',
            labels.spending,
            ['period', labels.period],
            ['amount', labels.amount],
          ),
        ),
      },
    ],
  },
)
