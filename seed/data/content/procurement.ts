/**
 * O14 announcements and O15 monthly summaries (สขร.1), both derived from one list of purchases per
 * month:
 * a month without purchases gets the "ไม่มีการจัดซื้อจัดจ้าง" summary and declaration.
 */
import { procurementMethods } from '../../../src/collections/ProcurementSummaries'
import type { ProcurementAnnouncement, ProcurementSummary } from '../../../src/payload-types'
import { type AnyDocSpec, doc } from '../../lib/spec'
import { type DemoMonth, dayIn } from './calendar'
import { headName, type UnitProfile } from './profile'

type Method = NonNullable<NonNullable<ProcurementSummary['rows']>[number]['method']>
type Kind = NonNullable<ProcurementAnnouncement['kind']>

export type Purchase = {
  item: string
  budget: number
  referencePrice: number
  method: Method
  /** Bidders and their prices; the lowest wins. */
  bids: [name: string, price: number][]
  /** Day of the month the contract or agreement was signed. */
  contractDay: number
}

export type ProcurementMonth = { month: DemoMonth; purchases: Purchase[] }

const lastDay = (month: DemoMonth) => new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()
const pad = (n: number, width: number) => String(n).padStart(width, '0')

export function procurementDocs(unit: UnitProfile, months: ProcurementMonth[]): AnyDocSpec[] {
  const signer = `${headName(unit).th} ${unit.head.position.th}`
  const docs: AnyDocSpec[] = []
  const announce = (title: string, kind: Kind, date: string, egpNumber?: string) =>
    doc({
      collection: 'procurement-announcements',
      key: { title: { equals: title } },
      build: async ({ pdf }) => ({
        date,
        fiscalYear: unit.fiscalYear,
        title,
        kind,
        signer,
        file: await pdf({
          title,
          code: egpNumber ? `e-GP ${egpNumber}` : 'Procurement announcement',
        }),
        egpNumber,
      }),
    })

  const [first] = months
  if (first)
    docs.push(
      announce(
        `ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${unit.fiscalYear} ${unit.name.th}`,
        'plan',
        dayIn(first.month, 10),
      ),
    )

  let sequence = 0
  for (const { month, purchases } of months) {
    const rows = purchases.map((purchase) => {
      sequence++
      const [winnerName, winnerPrice] = [...purchase.bids].sort((a, b) => a[1] - b[1])[0]!
      const egpNumber = `${(month.year + 543) % 100}${pad(month.month, 2)}${pad(4_100_000 + sequence * 137, 7)}`
      const method = procurementMethods[purchase.method].th
      const contractDate = dayIn(month, purchase.contractDay)
      if (purchase.method === 'e-bidding' || purchase.method === 'selection') {
        const opened = Math.max(1, purchase.contractDay - 12)
        docs.push(
          announce(
            `ประกาศราคากลาง ${purchase.item}`,
            'reference-price',
            dayIn(month, opened),
            egpNumber,
          ),
        )
        docs.push(
          announce(
            `ประกาศ${unit.name.th} เรื่อง ประกวดราคา${purchase.item} ด้วยวิธี${method}`,
            'invitation',
            dayIn(month, opened),
            egpNumber,
          ),
        )
      }
      docs.push(
        announce(
          `ประกาศ${unit.name.th} เรื่อง ประกาศผู้ชนะการเสนอราคา ${purchase.item} โดยวิธี${method}`,
          'result',
          dayIn(month, Math.max(1, purchase.contractDay - 2)),
          egpNumber,
        ),
      )
      return {
        item: purchase.item,
        budget: purchase.budget,
        referencePrice: purchase.referencePrice,
        method: purchase.method,
        bidders: purchase.bids.map(([name, price]) => ({ name, price })),
        winner: { name: winnerName, price: winnerPrice },
        reason:
          purchase.bids.length > 1
            ? 'เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาต่ำสุด'
            : 'เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาไม่เกินวงเงินงบประมาณ',
        contract: {
          number: `${purchase.method === 'e-bidding' ? 'สัญญา' : 'ข้อตกลง'} ${sequence}/${unit.fiscalYear}`,
          date: contractDate,
        },
      }
    })
    if (!rows.length) {
      const title = `ไม่มีการจัดซื้อจัดจ้าง ประจำเดือน${month.th}`
      docs.push(
        doc({
          collection: 'procurement-announcements',
          key: { title: { equals: title } },
          build: () => ({
            noneDeclared: true,
            date: dayIn(month, lastDay(month)),
            fiscalYear: unit.fiscalYear,
            title,
            signer,
          }),
        }),
      )
    }
    docs.push(
      doc({
        collection: 'procurement-summaries',
        key: { month: { equals: month.iso } },
        build: () => ({
          month: month.iso,
          fiscalYear: unit.fiscalYear,
          ...(rows.length ? { noneDeclared: false, rows } : { noneDeclared: true }),
        }),
      }),
    )
  }
  return docs
}
