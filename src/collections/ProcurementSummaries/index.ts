import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { amountField } from '../../fields/amount'
import { dayField } from '../../fields/dates'
import { monthlyPeriodFields } from '../../fields/monthly'
import { noneDeclaredField, unlessDeclared } from '../../fields/noneDeclared'
import { optionsOf } from '../../fields/options'
import { adminGroups } from '../groups'
import { NO_PROCUREMENT } from '../ProcurementAnnouncements'
import { unitScoped } from '../unitScoped'
import { importRowsEndpoint } from '../../imports/importEndpoint'
import { importRowsField } from '../../imports/field'
import { procurementColumns, procurementMethods } from './columns'
import { procurementImport } from './import'

export { procurementColumns, procurementMethods }

const sub = {
  bidderName: { th: 'ชื่อผู้เสนอราคา', en: 'Bidder' },
  bidderPrice: { th: 'ราคาที่เสนอ (บาท)', en: 'Price offered (baht)' },
  winnerName: { th: 'ชื่อผู้ได้รับการคัดเลือก', en: 'Selected supplier' },
  winnerPrice: { th: 'ราคาที่ตกลง (บาท)', en: 'Agreed price (baht)' },
  contractNumber: { th: 'เลขที่สัญญา/ข้อตกลง', en: 'Contract number' },
  contractDate: { th: 'วันที่สัญญา/ข้อตกลง', en: 'Contract date' },
}

const rows = { th: 'รายการจัดซื้อจัดจ้าง', en: 'Procurements' }

/** What each column of the form asks for, in the clerk's words (DOMAIN §4). */
const help = {
  item: {
    th: 'ชื่องานตามที่อนุมัติให้ซื้อหรือจ้าง เช่น จัดซื้อวัสดุสำนักงาน 12 รายการ',
    en: 'The purchase or hire as approved, e.g. office supplies, 12 items',
  },
  budget: {
    th: 'วงเงินงบประมาณที่ได้รับอนุมัติให้ซื้อหรือจ้างครั้งนี้',
    en: 'The budget approved for this purchase or hire',
  },
  referencePrice: {
    th: 'ราคาอ้างอิงที่หน่วยงานกำหนดไว้ก่อนซื้อหรือจ้าง (เช่น ราคาที่เคยซื้อหรือราคาตลาด) มักไม่เกินวงเงิน',
    en: 'The reference price set before buying (e.g. the last or the market price), usually within the budget',
  },
  method: {
    th: 'ตาม พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560: เฉพาะเจาะจง (ส่วนใหญ่ของงานสถานี), คัดเลือก, e-bidding หรือ e-market',
    en: 'Under the 2017 Act: specific (most station purchases), selection, e-bidding or e-market',
  },
  bidders: {
    th: 'ทุกรายที่ยื่นราคา พร้อมราคาที่เสนอ วิธีเฉพาะเจาะจงมักมีรายเดียว',
    en: 'Everyone who offered a price, with the price; the specific method often has one',
  },
  winner: {
    th: 'เลือกจากผู้เสนอราคาด้านบน แล้วแก้ราคาถ้าตกลงต่างจากที่เสนอ',
    en: 'Chosen from the bidders above; change the price if the agreed one differs',
  },
  contractNumber: {
    th: 'เลขที่สัญญา ใบสั่งซื้อ หรือใบสั่งจ้าง เช่น 12/2569',
    en: 'Number of the contract or purchase order, e.g. 12/2569',
  },
  contractDate: {
    th: 'วันที่ลงนามในสัญญาหรือใบสั่งซื้อ/สั่งจ้าง',
    en: 'The date the contract or order was signed',
  },
}

type Row = {
  budget?: number
  winner?: { price?: number }
  bidders?: { name?: string; price?: number }[]
}

/** Flags a row whose agreed price is above its budget ceiling, and the month when any row is. */
const flagOverBudget: CollectionBeforeChangeHook = ({ data }) => {
  if (!Array.isArray(data.rows)) return data
  const flagged = (data.rows as Row[]).map((row) => ({
    ...row,
    overBudget:
      typeof row.budget === 'number' &&
      typeof row.winner?.price === 'number' &&
      row.winner.price > row.budget,
  }))
  return { ...data, rows: flagged, hasOverBudget: flagged.some((row) => row.overBudget) }
}

const bidderCheck = unlessDeclared((doc) =>
  ((doc.rows ?? []) as Row[]).flatMap((row, index) =>
    (row.bidders ?? []).length
      ? (row.bidders ?? []).flatMap((bidder, b) =>
          bidder.name && typeof bidder.price === 'number'
            ? []
            : [
                {
                  path: `rows.${index}.bidders.${b}`,
                  field: {
                    th: `${rows.th} แถวที่ ${index + 1}: ผู้เสนอราคารายที่ ${b + 1} (ชื่อและราคา)`,
                    en: `Row ${index + 1}: bidder ${b + 1} (name and price)`,
                  },
                },
              ],
        )
      : [
          {
            path: `rows.${index}.bidders`,
            field: {
              th: `${rows.th} แถวที่ ${index + 1}: ${procurementColumns.bidders.th}`,
              en: `Row ${index + 1}: ${procurementColumns.bidders.en}`,
            },
          },
        ],
  ),
)

/**
 * O15: the monthly procurement summary (สขร.1), one per unit and month, or the month's "no
 * procurement" declaration.
 */
export const ProcurementSummaries: CollectionConfig = unitScoped(
  {
    slug: 'procurement-summaries',
    labels: {
      singular: { th: 'สรุปผลจัดซื้อจัดจ้าง (สขร.1)', en: 'Procurement summary (สขร.1)' },
      plural: { th: 'สรุปผลจัดซื้อจัดจ้างรายเดือน สขร.1', en: 'Procurement summaries' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'fiscalYear', 'noneDeclared', 'hasOverBudget', 'tenant', '_status'],
      group: adminGroups.budget,
    },
    defaultSort: '-month',
    hooks: { beforeChange: [flagOverBudget] },
    endpoints: [importRowsEndpoint('procurement-summaries', procurementImport)],
    fields: [
      monthlyPeriodFields({ th: 'แบบ สขร.1', en: 'procurement summary' }),
      noneDeclaredField(NO_PROCUREMENT, 'rows', rows),
      importRowsField(procurementImport, { condition: (data) => !data?.noneDeclared }),
      {
        name: 'rows',
        type: 'array',
        label: rows,
        labels: { singular: { th: 'รายการ', en: 'Procurement' }, plural: rows },
        admin: { ...rowLabel('item', 'winner.name'), condition: (data) => !data?.noneDeclared },
        fields: [
          {
            name: 'item',
            type: 'text',
            localized: true,
            maxLength: 500,
            label: procurementColumns.item,
            admin: { description: help.item },
          },
          {
            type: 'row',
            fields: [
              amountField('budget', procurementColumns.budget, {
                admin: { description: help.budget },
              }),
              amountField('referencePrice', procurementColumns.referencePrice, {
                admin: { description: help.referencePrice },
              }),
              {
                name: 'method',
                type: 'select',
                options: optionsOf(procurementMethods),
                label: procurementColumns.method,
                admin: { description: help.method },
              },
            ],
          },
          {
            name: 'bidders',
            type: 'array',
            label: procurementColumns.bidders,
            labels: {
              singular: { th: 'ผู้เสนอราคา', en: 'Bidder' },
              plural: { th: 'ผู้เสนอราคา', en: 'Bidders' },
            },
            admin: { ...rowLabel('name', 'price'), description: help.bidders },
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'name', type: 'text', label: sub.bidderName },
                  amountField('price', sub.bidderPrice),
                ],
              },
            ],
          },
          {
            name: 'winner',
            type: 'group',
            label: procurementColumns.winner,
            admin: { description: help.winner },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'name',
                    type: 'text',
                    label: sub.winnerName,
                    admin: {
                      components: {
                        Field: {
                          path: 'police-oit/client#WinnerField',
                          clientProps: { bidders: 'bidders' },
                        },
                      },
                    },
                  },
                  amountField('price', sub.winnerPrice),
                ],
              },
            ],
          },
          {
            name: 'overBudget',
            type: 'checkbox',
            label: {
              th: '⚠ ราคาที่ตกลงสูงกว่าวงเงินที่จะซื้อหรือจ้าง',
              en: '⚠ Agreed price above the budget',
            },
            admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.overBudget) },
          },
          {
            name: 'reason',
            type: 'text',
            localized: true,
            label: procurementColumns.reason,
            admin: {
              description: {
                th: 'เช่น เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาต่ำสุด',
                en: 'e.g. qualified and lowest price',
              },
            },
          },
          {
            name: 'contract',
            type: 'group',
            label: procurementColumns.contract,
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'number',
                    type: 'text',
                    label: sub.contractNumber,
                    admin: { description: help.contractNumber },
                  },
                  dayField('date', sub.contractDate, { description: help.contractDate }),
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'hasOverBudget',
        type: 'checkbox',
        index: true,
        label: { th: 'มีรายการที่ราคาสูงกว่าวงเงิน', en: 'Has a price above budget' },
        admin: { readOnly: true, position: 'sidebar' },
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      {
        label: rows,
        check: unlessDeclared((doc) =>
          Array.isArray(doc.rows) && doc.rows.length
            ? []
            : [
                {
                  path: 'rows',
                  field: {
                    th: `${rows.th} หรือการระบุว่า "${NO_PROCUREMENT}"`,
                    en: `${rows.en}, or the "no procurement" declaration`,
                  },
                },
              ],
        ),
      },
      { label: procurementColumns.bidders, check: bidderCheck },
    ],
  },
)
