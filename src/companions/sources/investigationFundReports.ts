import { fundPeriods } from '../../collections/InvestigationFundReports'
import { amountOf, formatBaht } from '../../fields/amount'
import { columnTotal } from '../cells'
import { NOT_PUBLISHED, type CompanionSource } from './types'

/** O13: the fund allocated, its spending per quarter or month, and the balance. */
export const investigationFundReports: CompanionSource = {
  collection: 'investigation-fund-reports',
  monthly: false,
  blocks: (docs) => {
    const doc = docs[0]
    const rows = (
      (doc?.spending ?? []) as { period?: string; cases?: number; amount?: number }[]
    ).map((row, index) => ({
      order: index + 1,
      period: fundPeriods.find(({ value }) => value === row.period)?.label.th ?? row.period ?? '',
      cases: row.cases ?? null,
      amount: row.amount ?? null,
    }))
    return [
      ...(doc
        ? [
            {
              kind: 'facts' as const,
              facts: [
                ['เงินกองทุนที่ได้รับจัดสรร', `${formatBaht(amountOf(doc.allocated))} บาท`],
                ['ใช้จ่ายรวม', `${formatBaht(amountOf(doc.totalSpent))} บาท`],
                ['คงเหลือ', `${formatBaht(amountOf(doc.balance))} บาท`],
              ] as [string, string][],
            },
          ]
        : []),
      {
        kind: 'table',
        table: {
          id: 'fund-spending',
          sheet: 'การใช้จ่ายเงินกองทุน',
          empty: doc ? 'ยังไม่มีการใช้จ่าย' : NOT_PUBLISHED,
          columns: [
            { key: 'order', header: 'ลำดับ', kind: 'integer', width: 5 },
            { key: 'period', header: 'ช่วงเวลา', kind: 'text', width: 20 },
            { key: 'cases', header: 'จำนวนคดี', kind: 'integer', width: 10 },
            { key: 'amount', header: 'จำนวนเงินที่ใช้ (บาท)', kind: 'money', width: 14 },
          ],
          rows,
          totals: {
            label: 'รวม',
            values: { cases: columnTotal(rows, 'cases'), amount: columnTotal(rows, 'amount') },
          },
        },
      },
      ...(doc?.notes ? [{ kind: 'paragraph' as const, text: `หมายเหตุ: ${doc.notes}` }] : []),
    ]
  },
}
