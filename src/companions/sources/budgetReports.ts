import { formatThaiDate } from '../../fiscal'
import { columnTotal } from '../cells'
import type { Row } from '../report'
import { dateOf, NOT_PUBLISHED, type CompanionSource } from './types'

/** O12: the spending plan by source of allocation and the six-month result against it. */
export const budgetReports: CompanionSource = {
  collection: 'budget-reports',
  monthly: false,
  orientation: 'landscape',
  blocks: (docs) => {
    const doc = docs[0]
    const rows: Row[] = ((doc?.sources ?? []) as Record<string, any>[]).map((row, index) => ({
      order: index + 1,
      source: row.source ?? '',
      allocated: row.allocated ?? null,
      planQ1: row.planQ1 ?? null,
      planQ2: row.planQ2 ?? null,
      planQ3: row.planQ3 ?? null,
      planQ4: row.planQ4 ?? null,
      spentQ1: row.spentQ1 ?? null,
      spentQ2: row.spentQ2 ?? null,
      spentFirstHalf: row.spentFirstHalf ?? null,
      percentOfPlan: row.percentOfPlan ?? null,
    }))
    const money = [
      'allocated',
      'planQ1',
      'planQ2',
      'planQ3',
      'planQ4',
      'spentQ1',
      'spentQ2',
      'spentFirstHalf',
    ]
    const reported = dateOf(doc?.reportedToHeadOn)
    return [
      {
        kind: 'table',
        table: {
          id: 'budget',
          sheet: 'แผนและผลการใช้จ่าย',
          empty: NOT_PUBLISHED,
          columns: [
            { key: 'order', header: 'ลำดับ', kind: 'integer', width: 4 },
            { key: 'source', header: 'แหล่งงบประมาณ', kind: 'text', width: 11 },
            { key: 'allocated', header: 'วงเงินที่ได้รับจัดสรร (บาท)', kind: 'money', width: 10 },
            ...[1, 2, 3, 4].map((q) => ({
              key: `planQ${q}`,
              header: `ไตรมาส ${q}`,
              kind: 'money' as const,
              width: 9,
              group: 'แผนการใช้จ่าย (บาท)',
            })),
            {
              key: 'spentQ1',
              header: 'ไตรมาส 1',
              kind: 'money',
              width: 9,
              group: 'ผลการใช้จ่ายจริง (บาท)',
            },
            {
              key: 'spentQ2',
              header: 'ไตรมาส 2',
              kind: 'money',
              width: 9,
              group: 'ผลการใช้จ่ายจริง (บาท)',
            },
            {
              key: 'spentFirstHalf',
              header: 'รวม 6 เดือน',
              kind: 'money',
              width: 10,
              group: 'ผลการใช้จ่ายจริง (บาท)',
            },
            { key: 'percentOfPlan', header: 'ร้อยละของแผน', kind: 'percent', width: 6 },
          ],
          rows,
          totals: {
            label: 'รวม',
            values: Object.fromEntries(money.map((key) => [key, columnTotal(rows, key)])),
          },
        },
      },
      ...(doc
        ? [
            { kind: 'heading' as const, text: 'ปัญหา อุปสรรค' },
            { kind: 'paragraph' as const, text: doc.problems || '-' },
            {
              kind: 'facts' as const,
              facts: [
                ['รายงานหัวหน้าหน่วยงานเมื่อ', reported ? formatThaiDate(reported) : '-'],
                ['รายงานต่อ', doc.reportedTo ?? '-'],
              ] as [string, string][],
            },
          ]
        : []),
    ]
  },
}
