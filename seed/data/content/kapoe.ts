/** Station B, สภ.กะเปอร์: a few items only (so HQ dashboards show gaps), one of them a draft. */
import type { UnitContent } from '../../lib/spec'
import { budgetReportDoc } from './budget'
import { day, monthsOf } from './calendar'
import { eServiceDocs } from './eServices'
import { monthlyReportDocs } from './monthly'
import { newsDocs } from './news'
import { executiveDocs } from './organisation'
import type { UnitProfile } from './profile'
import { complaintStatisticDocs, crimeStatisticDocs } from './statistics'

const unit: UnitProfile = {
  slug: 'kapoe',
  kind: 'station',
  fiscalYear: 2568,
  name: { th: 'สถานีตำรวจภูธรกะเปอร์', en: 'Kapoe Police Station' },
  short: { th: 'สภ.กะเปอร์', en: 'Kapoe PS' },
  head: {
    rank: 'pol-col',
    first: { th: 'วิชัย', en: 'Wichai' },
    last: { th: 'กล้าหาญ', en: 'Klahan' },
    position: {
      th: 'ผู้กำกับการสถานีตำรวจภูธรกะเปอร์',
      en: 'Superintendent, Kapoe Police Station',
    },
  },
  lines: ['administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry'],
  phone: '077-891-110',
  website: 'https://kapoe.ranong.police.go.th',
  facebook: 'https://www.facebook.com/kapoepolice',
}

const [oct, nov] = monthsOf(unit.fiscalYear)

export const kapoe: UnitContent = {
  unit: unit.slug,
  docs: [
    ...executiveDocs([
      { ...unit.head, line: 'whole-unit', phone: '081-892-2001', since: day(2024, 10, 1) },
      {
        rank: 'pol-lt-col',
        first: { th: 'สุรศักดิ์', en: 'Surasak' },
        last: { th: 'ชัยมงคล', en: 'Chaimongkol' },
        position: {
          th: 'รองผู้กำกับการป้องกันปราบปราม สภ.กะเปอร์',
          en: 'Deputy Superintendent (Crime Prevention and Suppression)',
        },
        line: 'crime-prevention',
        phone: '081-892-2002',
        since: day(2023, 10, 1),
      },
      {
        rank: 'pol-maj',
        first: { th: 'ณรงค์', en: 'Narong' },
        last: { th: 'ปานทอง', en: 'Panthong' },
        position: { th: 'สารวัตรสอบสวน สภ.กะเปอร์', en: 'Inspector (Inquiry)' },
        line: 'inquiry',
        phone: '081-892-2003',
        since: day(2024, 4, 1),
      },
    ]),
    ...eServiceDocs(unit),
    ...monthlyReportDocs(unit, [
      {
        month: oct!,
        summary: 'ตรวจตราพื้นที่ชายแดนและแหล่งท่องเที่ยว',
        activities: [
          {
            title: 'ตั้งจุดตรวจ จุดสกัด บนถนนเพชรเกษม',
            details: 'ตั้งจุดตรวจป้องกันการลักลอบขนยาเสพติดและสินค้าหนีภาษี',
            days: [1, 31],
            line: 'crime-prevention',
          },
          {
            title: 'รับแจ้งความและให้คำปรึกษาคดีฉ้อโกงออนไลน์',
            details: 'ให้คำปรึกษาผู้เสียหายและแนะนำการแจ้งความออนไลน์',
            days: [1, 31],
            line: 'inquiry',
          },
        ],
      },
      {
        month: nov!,
        summary: 'ดูแลความปลอดภัยช่วงเทศกาลลอยกระทงและตรวจสถานบริการ',
        activities: [
          {
            title: 'ดูแลความปลอดภัยงานประเพณีลอยกระทงอำเภอกะเปอร์',
            details: 'จัดกำลัง 25 นาย ดูแลความปลอดภัยและการจราจร',
            days: [15, 15],
            line: 'crime-prevention',
          },
        ],
      },
    ]),
    ...crimeStatisticDocs(unit, [oct!], 0.4),
    ...complaintStatisticDocs(unit, [{ month: oct!, figures: 'none' }]),
    budgetReportDoc(
      unit,
      [
        {
          source: 'งบดำเนินงาน (ค่าตอบแทน ค่าใช้สอย และค่าวัสดุ)',
          allocated: 980_000,
          plan: [250_000, 245_000, 245_000, 240_000],
          spent: [238_400, 0],
        },
      ],
      'อยู่ระหว่างรวบรวมผลการเบิกจ่ายไตรมาสที่ 2',
      day(2025, 4, 10),
      'draft',
    ),
    ...newsDocs(unit, [
      {
        title: 'DRAFT-MARKER-B ร่างข่าวกิจกรรมตำรวจชุมชนสัมพันธ์',
        date: day(2025, 1, 20),
        tags: ['performance'],
        photo: 'activity',
        photoAlt: 'ภาพประกอบข่าวกิจกรรมตำรวจชุมชนสัมพันธ์ อำเภอกะเปอร์',
        summary: 'ร่างข่าวรอตรวจทาน',
        body: ['ร่างข่าวกิจกรรมตำรวจชุมชนสัมพันธ์ รอผู้กำกับการตรวจทาน'],
        status: 'draft',
      },
    ]),
  ],
}
