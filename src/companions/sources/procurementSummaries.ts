import { procurementColumns, procurementMethods } from '../../collections/ProcurementSummaries'
import { NO_PROCUREMENT } from '../../collections/ProcurementAnnouncements'
import { columnTotal } from '../cells'
import { formatFiscalYear, formatThaiMonth } from '../../fiscal'
import { parseMonthPeriod } from '../periods'
import type { Column, Row } from '../report'
import { dateOf, NOT_PUBLISHED, type CompanionSource } from './types'

const headers = Object.fromEntries(
  Object.entries(procurementColumns).map(([key, label]) => [key, label.th]),
) as Record<keyof typeof procurementColumns, string>

/** The nine columns of สขร.1, with the form's name/price and number/date sub-columns. */
const columns: Column[] = [
  { key: 'order', header: headers.order, kind: 'integer', width: 5 },
  { key: 'item', header: headers.item, kind: 'text', width: 14 },
  { key: 'budget', header: headers.budget, kind: 'money', width: 9 },
  { key: 'referencePrice', header: headers.referencePrice, kind: 'money', width: 9 },
  { key: 'method', header: headers.method, kind: 'text', width: 7 },
  {
    key: 'bidderNames',
    header: 'ชื่อผู้เสนอราคา',
    kind: 'text',
    width: 11,
    group: headers.bidders,
  },
  {
    key: 'bidderPrices',
    header: 'ราคาที่เสนอ (บาท)',
    kind: 'money',
    width: 9,
    group: headers.bidders,
  },
  {
    key: 'winnerName',
    header: 'ชื่อผู้ได้รับการคัดเลือก',
    kind: 'text',
    width: 11,
    group: headers.winner,
  },
  {
    key: 'winnerPrice',
    header: 'ราคาที่ตกลง (บาท)',
    kind: 'money',
    width: 9,
    group: headers.winner,
  },
  { key: 'reason', header: headers.reason, kind: 'text', width: 11 },
  { key: 'contractNumber', header: 'เลขที่', kind: 'text', width: 7, group: headers.contract },
  { key: 'contractDate', header: 'วันที่', kind: 'date', width: 7, group: headers.contract },
]

type ProcurementRow = {
  item?: string
  budget?: number
  referencePrice?: number
  method?: keyof typeof procurementMethods
  bidders?: { name?: string; price?: number }[]
  winner?: { name?: string; price?: number }
  reason?: string
  contract?: { number?: string; date?: string }
}

/** O15: สขร.1 in the official layout; a declared month prints "ไม่มีการจัดซื้อจัดจ้าง". */
export const procurementSummaries: CompanionSource = {
  collection: 'procurement-summaries',
  monthly: true,
  formCode: 'สขร.1',
  orientation: 'landscape',
  title: ({ period, fiscalYear }) => {
    const month = parseMonthPeriod(period)
    return month
      ? `แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${formatThaiMonth(month.year, month.month, { era: true })}`
      : `แบบสรุปผลการดำเนินการจัดซื้อจัดจ้าง ${formatFiscalYear(fiscalYear)}`
  },
  blocks: (docs) => {
    const doc = docs[0]
    const source = (doc?.noneDeclared ? [] : (doc?.rows ?? [])) as ProcurementRow[]
    const rows: Row[] = source.map((row, index) => ({
      order: index + 1,
      item: row.item ?? '',
      budget: row.budget ?? null,
      referencePrice: row.referencePrice ?? null,
      method: row.method ? procurementMethods[row.method].th : '',
      bidderNames: (row.bidders ?? []).map((bidder) => bidder.name ?? ''),
      bidderPrices: (row.bidders ?? []).map((bidder) => bidder.price ?? null),
      winnerName: row.winner?.name ?? '',
      winnerPrice: row.winner?.price ?? null,
      reason: row.reason ?? '',
      contractNumber: row.contract?.number ?? '',
      contractDate: dateOf(row.contract?.date),
    }))
    // Bidders again one per row with a typed price, for programs (not printed).
    const bidders: Row[] = source.flatMap((row, index) =>
      (row.bidders ?? []).map((bidder) => ({
        order: index + 1,
        item: row.item ?? '',
        name: bidder.name ?? '',
        price: bidder.price ?? null,
      })),
    )
    const empty = doc ? NO_PROCUREMENT : NOT_PUBLISHED
    return [
      {
        kind: 'table',
        table: {
          id: 'procurements',
          sheet: 'สขร.1',
          columns,
          rows,
          empty,
          totals: {
            label: 'รวม',
            values: {
              budget: columnTotal(rows, 'budget'),
              referencePrice: columnTotal(rows, 'referencePrice'),
              winnerPrice: columnTotal(rows, 'winnerPrice'),
            },
          },
        },
      },
      {
        kind: 'table',
        table: {
          id: 'bidders',
          sheet: 'ผู้เสนอราคา',
          dataOnly: true,
          empty,
          columns: [
            { key: 'order', header: headers.order, kind: 'integer', width: 5 },
            { key: 'item', header: headers.item, kind: 'text', width: 20 },
            { key: 'name', header: 'ชื่อผู้เสนอราคา', kind: 'text', width: 16 },
            { key: 'price', header: 'ราคาที่เสนอ (บาท)', kind: 'money', width: 8 },
          ],
          rows: bidders,
        },
      },
    ]
  },
}
