/**
 * O8 operating manuals for staff (every line of work) and O9 service manuals for citizens (grouped
 * by line).
 */
import type { LineOfWork } from '../../../src/fields/options'
import type { Manual } from '../../../src/payload-types'
import { doc } from '../../lib/spec'
import { lineName, type UnitProfile } from './profile'

type ManualData = {
  audience: Manual['audience']
  line: LineOfWork
  title: { th: string; en: string }
  description: { th: string; en?: string }
  languages?: NonNullable<Manual['languages']>
}

const staff = (line: LineOfWork, topics: string, topicsEn: string): ManualData => ({
  audience: 'staff',
  line,
  title: {
    th: `คู่มือการปฏิบัติงาน${lineName(line).th}`,
    en: `Operating manual: ${lineName(line).en}`,
  },
  description: {
    th: `ขั้นตอนและมาตรฐานการปฏิบัติงานของ${lineName(line).th} ได้แก่ ${topics}`,
    en: `Procedures and standards: ${topicsEn}`,
  },
})

export const stationManuals: ManualData[] = [
  staff(
    'administration',
    'งานสารบรรณ การเงินและพัสดุ การบริหารกำลังพล และการให้บริการ ณ จุด One Stop Service',
    'correspondence, finance and supplies, personnel, One Stop Service',
  ),
  staff(
    'crime-prevention',
    'การตรวจตรา การตั้งจุดตรวจ จุดสกัด การระงับเหตุ และการรับแจ้งเหตุผ่านสายด่วน 191',
    'patrols, checkpoints, incident response, 191 calls',
  ),
  staff(
    'traffic',
    'การอำนวยความสะดวกการจราจร การออกใบสั่ง การตรวจวัดแอลกอฮอล์ และการจัดการอุบัติเหตุ',
    'traffic control, tickets, alcohol tests, accidents',
  ),
  staff(
    'investigation',
    'การสืบสวนหาข่าว การขอและบังคับใช้หมายจับ และการสืบสวนคดียาเสพติด',
    'intelligence, arrest warrants, narcotics investigations',
  ),
  staff(
    'inquiry',
    'การรับแจ้งความร้องทุกข์ การสอบปากคำ การรวบรวมพยานหลักฐาน และการทำสำนวนการสอบสวน',
    'complaints, interviews, evidence, case files',
  ),
  {
    audience: 'citizen',
    line: 'administration',
    title: {
      th: 'คู่มือสำหรับประชาชน: การขอคัดสำเนาเอกสารและหนังสือรับรองจากสถานีตำรวจ',
      en: 'Citizen guide: copies of documents and certificates from the station',
    },
    description: { th: 'เอกสารที่ต้องใช้ ขั้นตอน ระยะเวลา และช่องทางติดตามผล' },
  },
  {
    audience: 'citizen',
    line: 'crime-prevention',
    title: {
      th: 'คู่มือสำหรับประชาชน: บริการรับฝากบ้านช่วงวันหยุดยาว',
      en: 'Citizen guide: house-watch service during long holidays',
    },
    description: { th: 'การลงทะเบียนฝากบ้านกับสายตรวจ และการติดต่อสายตรวจในพื้นที่' },
  },
  {
    audience: 'citizen',
    line: 'traffic',
    title: {
      th: 'คู่มือสำหรับประชาชน: การชำระค่าปรับตามใบสั่งจราจร',
      en: 'Citizen guide: paying traffic fines',
    },
    description: {
      th: 'ชำระที่สถานีตำรวจ ทางไปรษณีย์ หรือออนไลน์ผ่านระบบ PTM และการขอรับใบขับขี่คืน',
    },
  },
  {
    audience: 'citizen',
    line: 'investigation',
    title: {
      th: 'คู่มือสำหรับประชาชน: การแจ้งเบาะแสอาชญากรรมและยาเสพติด',
      en: 'Citizen guide: reporting crime and drug tips',
    },
    description: { th: 'ช่องทางแจ้งเบาะแส การคุ้มครองผู้แจ้ง และการรักษาความลับ' },
  },
  {
    audience: 'citizen',
    line: 'inquiry',
    title: {
      th: 'คู่มือสำหรับประชาชน: การแจ้งความร้องทุกข์และการติดตามความคืบหน้าคดี',
      en: 'Citizen guide: filing a complaint and following the case',
    },
    description: { th: 'เอกสารที่ต้องเตรียม สิทธิของผู้เสียหาย และการติดตามคดีผ่านระบบออนไลน์' },
  },
  {
    audience: 'citizen',
    line: 'inquiry',
    title: {
      th: 'คู่มือสำหรับประชาชน: การแจ้งเอกสารหายและการขอประกันตัวผู้ต้องหา',
      en: 'Citizen guide: reporting lost documents and applying for bail',
    },
    description: { th: 'การลงบันทึกประจำวันกรณีเอกสารหาย หลักประกันที่ใช้ได้ และระยะเวลาพิจารณา' },
  },
]

const thaiOnly: NonNullable<Manual['languages']> = ['th']
const bilingual: NonNullable<Manual['languages']> = ['th', 'en']

export const immigrationManuals: ManualData[] = [
  staff(
    'administration',
    'งานสารบรรณ การเงินและพัสดุ และการบริหารกำลังพล',
    'correspondence, finance and supplies, personnel',
  ),
  staff(
    'investigation-suppression',
    'การสืบสวนคนต่างด้าวหลบหนีเข้าเมือง การคัดแยกผู้เสียหายจากการค้ามนุษย์ และการผลักดันออกนอกราชอาณาจักร',
    'illegal entry, victim screening, removal',
  ),
  staff(
    'border-inspection',
    'การตรวจหนังสือเดินทางและเอกสารผ่านแดน การตรวจพาหนะทางน้ำ และการบันทึกข้อมูลการเดินทาง',
    'passport and border pass checks, vessel inspection, travel records',
  ),
  staff(
    'alien-services',
    'การพิจารณาคำขออยู่ต่อ การรับแจ้งที่พักอาศัยเกิน 90 วัน และการออกใบอนุญาตกลับเข้ามาในราชอาณาจักร',
    'extensions of stay, 90-day reports, re-entry permits',
  ),
  {
    audience: 'citizen',
    line: 'alien-services',
    languages: bilingual,
    title: {
      th: 'คู่มือสำหรับคนต่างด้าว: การขออยู่ต่อในราชอาณาจักร',
      en: 'Guide for foreigners: extension of stay',
    },
    description: {
      th: 'เอกสารประกอบคำขออยู่ต่อแต่ละกรณี ค่าธรรมเนียม 1,900 บาท และการยื่นล่วงหน้าผ่านระบบ e-Extension',
      en: 'Documents for each type of extension, the 1,900 baht fee, and applying in advance through e-Extension',
    },
  },
  {
    audience: 'citizen',
    line: 'alien-services',
    languages: bilingual,
    title: {
      th: 'คู่มือสำหรับคนต่างด้าว: การแจ้งที่พักอาศัยเกิน 90 วัน',
      en: 'Guide for foreigners: the 90-day report',
    },
    description: {
      th: 'การแจ้งด้วยตนเอง ทางไปรษณีย์ หรือออนไลน์ และค่าปรับกรณีแจ้งล่าช้า',
      en: 'Reporting in person, by post or online, and the fine for late reports',
    },
  },
  {
    audience: 'citizen',
    line: 'alien-services',
    languages: bilingual,
    title: {
      th: 'คู่มือสำหรับคนต่างด้าว: การขออนุญาตกลับเข้ามาในราชอาณาจักร (Re-entry Permit)',
      en: 'Guide for foreigners: re-entry permits',
    },
    description: {
      th: 'ประเภทของใบอนุญาต (ครั้งเดียว/หลายครั้ง) เอกสารที่ต้องใช้ และค่าธรรมเนียม',
      en: 'Single and multiple re-entry permits, documents and fees',
    },
  },
  {
    audience: 'citizen',
    line: 'border-inspection',
    languages: bilingual,
    title: {
      th: 'คู่มือการเดินทางผ่านด่านตรวจคนเข้าเมืองระนอง (ท่าเรือ)',
      en: 'Guide to crossing at the Ranong immigration checkpoint (port)',
    },
    description: {
      th: 'เอกสารผ่านแดน เวลาทำการของด่าน และขั้นตอนการตรวจบุคคลและพาหนะ',
      en: 'Travel documents, checkpoint hours and inspection steps for persons and boats',
    },
  },
  {
    audience: 'citizen',
    line: 'investigation-suppression',
    languages: bilingual,
    title: {
      th: 'คู่มือการแจ้งเบาะแสการค้ามนุษย์และการลักลอบเข้าเมือง',
      en: 'Guide to reporting human trafficking and illegal entry',
    },
    description: {
      th: 'ช่องทางแจ้งเบาะแส สายด่วน 1178 และการคุ้มครองผู้แจ้ง',
      en: 'How to report, the 1178 hotline and protection of informants',
    },
  },
]

export const manualDocs = (unit: UnitProfile, manuals: ManualData[]) =>
  manuals.map((manual) =>
    doc({
      collection: 'manuals',
      key: { title: { equals: manual.title.th } },
      english: true,
      build: async ({ t, pdf }) => ({
        title: t(manual.title),
        audience: manual.audience,
        lineOfWork: manual.line,
        languages: manual.languages ?? thaiOnly,
        description: t(manual.description),
        file: await pdf({ title: manual.title, code: unit.short.en }),
      }),
    }),
  )
