import type { PayloadRequest } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { asDate } from '../../fields/dates'
import { bangkokDateParts, formatThaiMonth } from '../../fiscal'
import type { ImportSource, Text } from '../../imports/rowImport'
import { readSheet, type SheetLine } from '../../imports/sheet'
import { procurementColumns, procurementMethods } from './columns'

/**
 * The Comptroller General's contract data as published on data.go.th (CGD e-GP open data, CSV or
 * JSON: the govspending `cgdcontract` shape, one project with its `contract` list, or one flat
 * record per contract), under its English keys or its Thai headers.
 */
const keys = {
  project: ['project_name', 'projectname', 'ชื่อโครงการ'],
  projectId: ['project_id', 'projectid', 'เลขที่โครงการ'],
  deptCode: [
    'dept_sub_code',
    'deptsub_id',
    'deptsubid',
    'dept_code',
    'deptcode',
    'รหัสหน่วยงาน',
    'รหัสหน่วยจัดซื้อ',
  ],
  deptName: ['dept_sub_name', 'dept_name', 'ชื่อหน่วยงาน', 'หน่วยงาน', 'หน่วยจัดซื้อ'],
  method: ['purchase_method_name', 'purchasemethodname', 'วิธีการจัดหา', 'วิธีการจัดซื้อจัดจ้าง'],
  budget: ['project_money', 'projectmoney', 'งบประมาณโครงการ', 'วงเงินงบประมาณ'],
  referencePrice: ['price_build', 'pricebuild', 'ราคากลาง'],
  winner: ['winner', 'winner_name', 'ชื่อผู้ชนะ', 'ผู้ชนะ', 'ผู้รับจ้าง'],
  price: [
    'price_agree',
    'priceagree',
    'sum_price_agree',
    'contract_price',
    'ราคาตามสัญญา',
    'ราคาที่ตกลง',
    'มูลค่าสัญญา',
  ],
  contractNumber: ['contract_no', 'contractno', 'เลขที่สัญญา'],
  contractDate: ['contract_date', 'contractdate', 'วันที่ลงนามสัญญา', 'วันที่ทำสัญญา'],
  announced: ['announce_date', 'วันที่ประกาศ'],
} satisfies Record<string, string[]>

type Key = keyof typeof keys
type Contract = Partial<Record<Key, string>>

const normal = (name: string) => name.toLowerCase().replace(/[\s_()]/g, '')
const keyOf = (name: string): Key | undefined =>
  (Object.keys(keys) as Key[]).find((key) =>
    keys[key].some((known) => normal(known) === normal(name)),
  )
const cell = (value: unknown) => (value == null ? '' : String(value).trim())

/** A record's known fields by our keys (the first name found wins). */
function pick(record: Record<string, unknown>): Contract {
  const picked: Contract = {}
  for (const [name, value] of Object.entries(record)) {
    const key = keyOf(name)
    if (key && !picked[key] && cell(value)) picked[key] = cell(value)
  }
  return picked
}

/**
 * Projects with nested contracts flattened: one contract per line, the project's fields on each.
 */
function flatten(records: unknown[]): Contract[] {
  return records.flatMap((record) => {
    if (!record || typeof record !== 'object') return []
    const project = pick(record as Record<string, unknown>)
    const nested =
      (record as { contract?: unknown; contracts?: unknown }).contract ??
      (record as { contracts?: unknown }).contracts
    return Array.isArray(nested) && nested.length
      ? nested.map((contract) => ({ ...project, ...pick(contract as Record<string, unknown>) }))
      : [project]
  })
}

/** The records of a JSON download: a list, the API's `result`, or CKAN's `result.records`. */
function jsonRecords(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (!value || typeof value !== 'object') return null
  const { result, records } = value as { result?: unknown; records?: unknown }
  return jsonRecords(records) ?? jsonRecords(result)
}

/** The contracts in the file, or null when it is not the Comptroller General's data. */
async function readContracts(bytes: Buffer): Promise<Contract[] | null> {
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (text.startsWith('{') || text.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return null
    }
    const records = jsonRecords(parsed)
    return records ? flatten(records) : null
  }
  const lines = await readSheet(bytes)
  const headerIndex = lines
    .slice(0, 5)
    .findIndex((line) =>
      ['project', 'contractNumber'].every((key) => line.cells.some((name) => keyOf(name) === key)),
    )
  if (headerIndex < 0) return null
  const header = lines[headerIndex]!.cells
  return flatten(
    lines
      .slice(headerIndex + 1)
      .map(({ cells }) =>
        Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])),
      ),
  )
}

const methodWords = Object.values(procurementMethods).map((label) => label.th)
const isSpecific = (method: string) => /เฉพาะเจาะจง/.test(method)
/**
 * CGD names methods its own way ("e-bidding", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"): the form's
 * word for each.
 */
const methodOf = (method: string) =>
  methodWords.find(
    (word) =>
      normal(word) === normal(method) || normal(word.replace(/\s*\(.*\)$/, '')) === normal(method),
  ) ??
  methodWords.find((word) => normal(word).includes(normal(method))) ??
  method

const sameName = (a: string, b: string) => normal(a) === normal(b)

const note = (th: string, en: string): Text => ({ th, en })

/**
 * สขร.1 rows from the Comptroller General's contract data: the contracts of the document's unit
 * (by its e-GP code, else its full name) signed in the document's month, as sheet lines with the
 * form's headers, so they go through the same preview, checks and confirmation as a clerk's sheet.
 * The data has no other bidders and no reasons: for the specific method the winner is the one
 * bidder at the agreed price; the rest is left for the clerk, and publishing says what is missing.
 */
async function readContractData(
  bytes: Buffer,
  target: Record<string, unknown>,
  req: PayloadRequest,
): ReturnType<ImportSource['read']> {
  const contracts = await readContracts(bytes)
  if (!contracts) return null
  const unitID = tenantIDOf(target.tenant)
  const month = asDate(target.month)
  if (unitID == null || !month)
    return {
      lines: [],
      notes: [],
      refusal: note(
        'เลือกหน่วยงานและเดือนของแบบ สขร.1 ก่อนนำเข้าข้อมูลกรมบัญชีกลาง',
        'choose the unit and month before importing the Comptroller General’s data',
      ),
    }
  const unit = await req.payload.findByID({
    collection: 'units',
    id: unitID,
    depth: 0,
    overrideAccess: true,
    req,
    locale: 'th',
    select: { name: true, internal: { egpDeptsubId: true } },
  })
  const code = unit.internal?.egpDeptsubId
  const ofUnit = contracts.filter((contract) =>
    code && contract.deptCode
      ? contract.deptCode === code
      : Boolean(contract.deptName && sameName(contract.deptName, unit.name)),
  )
  const { year, month: monthNumber } = bangkokDateParts(month)
  const inMonth = ofUnit.filter((contract) => {
    const date = asDate(contract.contractDate ?? contract.announced ?? '')
    if (!date) return false
    const parts = bangkokDateParts(date)
    return parts.year === year && parts.month === monthNumber
  })
  const monthName = formatThaiMonth(year, monthNumber)
  const counted = note(
    `ข้อมูลสัญญาของกรมบัญชีกลาง: ในไฟล์ ${contracts.length} สัญญา ของหน่วยงานนี้ ${ofUnit.length} สัญญา ลงนามในเดือน${monthName} ${inMonth.length} สัญญา`,
    `Comptroller General’s contract data: ${contracts.length} contracts in the file, ${ofUnit.length} of this unit, ${inMonth.length} signed in ${year}-${String(monthNumber).padStart(2, '0')}`,
  )
  if (!inMonth.length) {
    const by = code
      ? `รหัส e-GP ${code}`
      : `ชื่อ "${unit.name}" (กรอกรหัสหน่วยงานในระบบ e-GP ที่หน่วยงาน › ข้อมูลภายใน เพื่อจับคู่ด้วยรหัส)`
    return {
      lines: [],
      notes: [counted],
      refusal: note(
        `ไม่พบสัญญาของหน่วยงานนี้ (${by}) ที่ลงนามในเดือน${monthName}`,
        `no contract of this unit signed in that month (matched by ${code ? `e-GP code ${code}` : 'full name'})`,
      ),
    }
  }
  const header = [
    procurementColumns.item.th,
    procurementColumns.budget.th,
    procurementColumns.referencePrice.th,
    procurementColumns.method.th,
    'ชื่อผู้เสนอราคา',
    'ราคาที่เสนอ (บาท)',
    'ชื่อผู้ได้รับการคัดเลือก',
    'ราคาที่ตกลง (บาท)',
    'เลขที่สัญญา/ข้อตกลง',
    'วันที่สัญญา/ข้อตกลง',
  ]
  const lines: SheetLine[] = [
    { line: 1, cells: header },
    ...inMonth.map((contract, index) => {
      const specific = isSpecific(contract.method ?? '')
      const winner = contract.winner ?? ''
      const price = contract.price ?? ''
      return {
        line: index + 2,
        cells: [
          contract.project ?? '',
          contract.budget ?? '',
          contract.referencePrice ?? '',
          methodOf(contract.method ?? ''),
          specific ? winner : '',
          specific ? price : '',
          winner,
          price,
          contract.contractNumber ?? '',
          contract.contractDate ?? '',
        ],
      }
    }),
  ]
  const missing = note(
    'ข้อมูลกรมบัญชีกลางไม่มีรายชื่อผู้เสนอราคารายอื่นและเหตุผลที่คัดเลือก: กรอกเพิ่มก่อนส่งให้หัวหน้าอนุมัติ',
    'The data has no other bidders and no reasons for selection: add them before submitting for approval',
  )
  return { lines, notes: [counted, missing] }
}

export const contractDataSource: ImportSource = {
  label: {
    th: 'ข้อมูลสัญญาของกรมบัญชีกลางที่ดาวน์โหลดจาก data.go.th (CSV หรือ JSON)',
    en: 'the Comptroller General’s contract data downloaded from data.go.th (CSV or JSON)',
  },
  read: readContractData,
}
