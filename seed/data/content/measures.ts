/** O25: results of the O24 measures with photo evidence for every One Stop Service and OIT item. */
import type { evidenceSlots } from '../../../src/collections/MeasureReports'
import type { ImageKind } from '../../lib/images'
import { doc } from '../../lib/spec'
import { type DemoMonth, dayIn } from './calendar'
import type { UnitProfile } from './profile'

type Slot = Exclude<keyof typeof evidenceSlots, 'other'>

const evidence: Record<Slot, { kind: ImageKind; caption: string; day: number; month: number }> = {
  'pr-point': { kind: 'facility', caption: 'จุดประชาสัมพันธ์และสอบถามความคืบหน้าคดีบริเวณทางเข้า มีเจ้าหน้าที่ประจำ ตารางเวรพร้อมเบอร์โทรศัพท์ และรายชื่อพนักงานสอบสวน', day: 7, month: 0 },
  'service-signs': { kind: 'sign', caption: 'ป้ายประชาสัมพันธ์จุดบริการและป้ายห้อง One Stop Service', day: 7, month: 0 },
  'pledge-sign': { kind: 'sign', caption: 'ป้ายพันธะสัญญา ระบุเวลาให้บริการและระยะเวลาแล้วเสร็จของแต่ละบริการ', day: 8, month: 0 },
  'no-gift-sign': { kind: 'infographic', caption: 'ป้าย No Gift Policy งดรับ งดให้ของขวัญ ในห้อง One Stop Service', day: 8, month: 0 },
  'manual-download-sign': { kind: 'sign', caption: 'ป้าย QR Code สำหรับดาวน์โหลดคู่มือการให้บริการ ที่จุดประชาสัมพันธ์และห้อง One Stop Service', day: 9, month: 0 },
  facilities: { kind: 'facility', caption: 'สิ่งอำนวยความสะดวก: ที่นั่งพักคอย น้ำดื่ม Wi-Fi ห้องน้ำและที่จอดรถสำหรับผู้พิการ และคอมพิวเตอร์สำหรับแจ้งความออนไลน์และตอบแบบวัด EIT', day: 9, month: 0 },
  'oit-assignment': { kind: 'meeting', caption: 'ประชุมมอบหมายเจ้าภาพและผู้รับผิดชอบการเผยแพร่ข้อมูลสาธารณะ (OIT) แต่ละข้อ', day: 15, month: 1 },
  'head-follow-up': { kind: 'meeting', caption: 'หัวหน้าหน่วยงานประชุมกำกับติดตามความคืบหน้าการเผยแพร่ข้อมูล OIT', day: 20, month: 4 },
}

export const measureReportDoc = (unit: UnitProfile, months: DemoMonth[], bilingualSigns = false) =>
  doc({
    collection: 'measure-reports',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    build: async ({ rich, image }) => ({
      fiscalYear: unit.fiscalYear,
      results: rich([
        `${unit.name.th}ดำเนินการตามมาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงานครบทั้ง 2 ด้านในรอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. ${unit.fiscalYear}`,
        {
          ul: [
            `ด้าน One Stop Service: ปรับปรุงจุดบริการ ป้ายต่าง ๆ${bilingualSigns ? ' (ภาษาไทยและภาษาอังกฤษ)' : ''} และสิ่งอำนวยความสะดวกครบทุกรายการ`,
            'ด้าน OIT: มอบหมายเจ้าภาพครบทุกข้อ ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน และหัวหน้าหน่วยงานประชุมติดตามทุกเดือน',
          ],
        },
      ]),
      evidence: await Promise.all(
        (Object.entries(evidence) as [Slot, (typeof evidence)[Slot]][]).map(async ([slot, item]) => {
          const caption = bilingualSigns && item.kind !== 'meeting' ? `${item.caption} (ภาษาไทยและภาษาอังกฤษ)` : item.caption
          const date = dayIn(months[item.month]!, item.day)
          return { slot, date, caption, photos: [await image({ kind: item.kind, alt: `${caption} ${unit.short.th}`, takenOn: date })] }
        }),
      ),
    }),
  })
