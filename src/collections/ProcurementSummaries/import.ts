import { asDate } from '../../fields/dates'
import {
  amountColumn,
  readAmount,
  textColumn,
  type ImportColumn,
  type Problem,
  type RowImportSpec,
  type Text,
} from '../../imports/rowImport'
import { procurementColumns, procurementMethods } from './columns'
import { contractDataSource } from './contracts'

const sub = {
  bidderNames: { th: 'ชื่อผู้เสนอราคา', en: 'Bidders' },
  bidderPrices: { th: 'ราคาที่เสนอ (บาท)', en: 'Prices offered (baht)' },
  winnerName: { th: 'ชื่อผู้ได้รับการคัดเลือก', en: 'Selected supplier' },
  winnerPrice: { th: 'ราคาที่ตกลง (บาท)', en: 'Agreed price (baht)' },
  contractNumber: { th: 'เลขที่สัญญา/ข้อตกลง', en: 'Contract number' },
  contractDate: { th: 'วันที่สัญญา/ข้อตกลง', en: 'Contract date' },
}

const plain = (text: string) => text.toLowerCase().replace(/[\s()]/g, '')
const methodNames = Object.entries(procurementMethods).map(([value, label]) => ({
  value,
  names: [value, label.th, label.en, label.th.replace(/\s*\(.*\)$/, '')].map(plain),
}))

/** Several bidders in one cell: one per line, or separated by ";". */
const listed = (text: string) =>
  text
    .split(/\r?\n|;/)
    .map((part) => part.trim())
    .filter(Boolean)

const methodColumn: ImportColumn = {
  key: 'method',
  label: procurementColumns.method,
  headers: [procurementColumns.method.th, procurementColumns.method.en, 'วิธีการจัดซื้อจัดจ้าง'],
  read: (text, row) => {
    const method = methodNames.find(({ names }) => names.includes(plain(text)))
    if (!method)
      return {
        th: `ไม่รู้จักวิธี "${text}" (ใช้ได้: ${Object.values(procurementMethods)
          .map((label) => label.th)
          .join(', ')})`,
        en: `unknown method "${text}"`,
      }
    row.method = method.value
    return null
  },
}

const unreadableDate: Text = {
  th: 'อ่านวันที่ไม่ได้ (เช่น 15/10/2567 หรือ 15 ต.ค. 67)',
  en: 'not a date (e.g. 15/10/2024)',
}

/**
 * สขร.1 rows from a sheet with the form's columns, as clerks keep it or as the generated XLSX has
 * it: one line per procurement, several bidders on lines of one cell (names and prices in order).
 */
export const procurementImport: RowImportSpec = {
  rows: 'rows',
  label: { th: 'รายการจัดซื้อจัดจ้าง', en: 'Procurements' },
  sources: [contractDataSource],
  columns: [
    textColumn(
      'order',
      procurementColumns.order,
      [procurementColumns.order.th, 'ลำดับ', procurementColumns.order.en],
      () => {},
    ),
    textColumn(
      'item',
      procurementColumns.item,
      [
        procurementColumns.item.th,
        procurementColumns.item.en,
        'รายการ',
        'งานที่จัดซื้อหรือจัดจ้าง',
      ],
      (row, value) => (row.item = value),
      true,
    ),
    amountColumn(
      'budget',
      procurementColumns.budget,
      [
        procurementColumns.budget.th,
        'วงเงินที่จะซื้อหรือจ้าง',
        'วงเงิน',
        'วงเงินงบประมาณ',
        procurementColumns.budget.en,
      ],
      (row, value) => (row.budget = value),
      true,
    ),
    amountColumn(
      'referencePrice',
      procurementColumns.referencePrice,
      [procurementColumns.referencePrice.th, 'ราคากลาง', procurementColumns.referencePrice.en],
      (row, value) => (row.referencePrice = value),
    ),
    methodColumn,
    textColumn(
      'bidderNames',
      sub.bidderNames,
      [sub.bidderNames.th, procurementColumns.bidders.th, 'ผู้เสนอราคา', sub.bidderNames.en],
      (row, value) => (row.bidderNames = listed(value)),
    ),
    textColumn(
      'bidderPrices',
      sub.bidderPrices,
      [sub.bidderPrices.th, 'ราคาที่เสนอ', sub.bidderPrices.en],
      (row, value) => (row.bidderPrices = listed(value)),
    ),
    textColumn(
      'winnerName',
      sub.winnerName,
      [sub.winnerName.th, 'ผู้ได้รับการคัดเลือก', sub.winnerName.en],
      (row, value) => (row.winner = { ...(row.winner as object), name: value }),
    ),
    amountColumn(
      'winnerPrice',
      sub.winnerPrice,
      [sub.winnerPrice.th, 'ราคาที่ตกลง', 'ราคาที่ตกลงซื้อหรือจ้าง', sub.winnerPrice.en],
      (row, value) => (row.winner = { ...(row.winner as object), price: value }),
    ),
    textColumn(
      'reason',
      procurementColumns.reason,
      [procurementColumns.reason.th, 'เหตุผลที่คัดเลือก', procurementColumns.reason.en],
      (row, value) => (row.reason = value),
    ),
    textColumn(
      'contractNumber',
      sub.contractNumber,
      [sub.contractNumber.th, 'เลขที่สัญญา', 'เลขที่', sub.contractNumber.en],
      (row, value) => (row.contract = { ...(row.contract as object), number: value }),
    ),
    {
      key: 'contractDate',
      label: sub.contractDate,
      headers: [sub.contractDate.th, 'วันที่สัญญา', 'วันที่', sub.contractDate.en],
      read: (text, row) => {
        const date = asDate(text)
        if (!date) return unreadableDate
        row.contract = { ...(row.contract as object), date: date.toISOString() }
        return null
      },
    },
  ],
  /** Bidders from the two columns, paired in order: as many prices as names, each an amount. */
  finish: (row) => {
    const names = (row.bidderNames as string[] | undefined) ?? []
    const prices = (row.bidderPrices as string[] | undefined) ?? []
    delete row.bidderNames
    delete row.bidderPrices
    const problems: Problem[] = []
    if (names.length !== prices.length) {
      problems.push({
        field: procurementColumns.bidders,
        problem: {
          th: `มีชื่อ ${names.length} ราย แต่มีราคา ${prices.length} ราคา (ใส่บรรทัดละหนึ่งรายตามลำดับ)`,
          en: `${names.length} names but ${prices.length} prices (one per line, in order)`,
        },
      })
    }
    const bidders = names.map((name, index) => ({ name, price: readAmount(prices[index] ?? '') }))
    bidders.forEach((bidder, index) => {
      if (prices[index] != null && bidder.price == null)
        problems.push({
          field: {
            th: `${sub.bidderPrices.th} รายที่ ${index + 1}`,
            en: `${sub.bidderPrices.en} ${index + 1}`,
          },
          problem: { th: 'ต้องเป็นจำนวนเงิน เช่น 45,000', en: 'must be an amount such as 45,000' },
        })
    })
    if (bidders.length) row.bidders = bidders
    return problems
  },
}
