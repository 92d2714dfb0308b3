/** O1 executives and structure, O2 authority and area. */
import type { LineOfWork } from '../../../src/fields/options'
import type { Block } from '../../../src/content/richText'
import { doc } from '../../lib/spec'
import { fullName, lineName, type Person, type UnitProfile } from './profile'

export type ExecutiveData = Person & { line: LineOfWork; phone: string; since: string }

export const executiveDocs = (people: ExecutiveData[]) =>
  people.map((person, index) =>
    doc({
      collection: 'executives',
      key: { firstName: { equals: person.first.th } },
      english: true,
      build: async ({ t, image }) => ({
        rank: person.rank,
        firstName: t(person.first),
        lastName: t(person.last),
        position: t(person.position),
        lineOfWork: person.line,
        photo: await image({
          kind: 'portrait',
          alt: {
            th: `รูปถ่าย ${fullName(person)} ${person.position.th}`,
            en: `Photo of ${fullName(person, 'en')}`,
          },
        }),
        directPhone: person.phone,
        order: index + 1,
        termStart: person.since,
      }),
    }),
  )

export type ManpowerRow = { group: { th: string; en: string }; allotted: number; actual: number }

export const orgStructureDoc = (unit: UnitProfile, asOf: string, manpower: ManpowerRow[]) =>
  doc({
    collection: 'org-structures',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    english: true,
    build: async ({ t, image }) => ({
      asOf,
      fiscalYear: unit.fiscalYear,
      orgChart: {
        relationTo: 'media' as const,
        value: await image({
          kind: 'org-chart',
          alt: {
            th: `แผนผังโครงสร้าง ${unit.short.th}`,
            en: `Organisation chart, ${unit.short.en}`,
          },
        }),
      },
      manpower: manpower.map((row) => ({
        positionGroup: t(row.group),
        allotted: row.allotted,
        actual: row.actual,
      })),
    }),
  })

/** What each line of work does, by unit kind. */
const lineMissions: Record<LineOfWork, string> = {
  'whole-unit': 'บังคับบัญชา กำกับ ดูแล และรับผิดชอบการปฏิบัติงานของหน่วยงานทั้งหมด',
  administration:
    'งานธุรการ กำลังพล งบประมาณ การเงิน พัสดุ และการอำนวยความสะดวกแก่ประชาชนที่มาติดต่อ รวมทั้งจุดบริการ One Stop Service',
  'crime-prevention':
    'ป้องกันและปราบปรามอาชญากรรม ตรวจตราพื้นที่ ตั้งจุดตรวจ จุดสกัด ระงับเหตุ และรักษาความสงบเรียบร้อยในพื้นที่รับผิดชอบ',
  traffic:
    'อำนวยความสะดวกด้านการจราจร บังคับใช้กฎหมายจราจร ป้องกันและลดอุบัติเหตุทางถนน และให้ความรู้แก่ผู้ใช้รถใช้ถนน',
  investigation:
    'สืบสวนหาข่าว ติดตามจับกุมผู้กระทำความผิดตามหมายจับ สืบสวนคดียาเสพติดและอาชญากรรมสำคัญ และสนับสนุนงานสอบสวน',
  inquiry:
    'รับแจ้งความร้องทุกข์ สอบสวนคดีอาญา รวบรวมพยานหลักฐาน ทำความเห็นทางคดีเสนอพนักงานอัยการ และคุ้มครองสิทธิของผู้เสียหายและผู้ต้องหา',
  'investigation-suppression':
    'สืบสวนปราบปรามการกระทำความผิดตามกฎหมายคนเข้าเมือง การลักลอบเข้าเมือง การค้ามนุษย์ และคนต่างด้าวที่อยู่เกินกำหนด',
  'border-inspection':
    'ตรวจบุคคลและพาหนะที่เดินทางเข้าออกราชอาณาจักร ณ ด่านตรวจคนเข้าเมืองระนอง (ท่าเรือ) และจุดผ่านแดนในพื้นที่',
  'alien-services':
    'ให้บริการคนต่างด้าว เช่น การขออยู่ต่อในราชอาณาจักร การแจ้งที่พักอาศัยเกิน 90 วัน และการขออนุญาตกลับเข้ามาในราชอาณาจักร (Re-entry)',
}

export type AreaRow = { district: string; subdistrict: string; population: number }

export const authorityDoc = (
  unit: UnitProfile,
  preparedMonth: string,
  mission: Block[],
  area: AreaRow[],
) =>
  doc({
    collection: 'authorities',
    key: { preparedMonth: { equals: preparedMonth } },
    build: ({ rich }) => ({
      preparedMonth,
      fiscalYear: unit.fiscalYear,
      mission: rich(mission),
      lines: unit.lines.map((line) => ({
        lineOfWork: line,
        mission: rich([`${lineName(line).th}: ${lineMissions[line]}`]),
      })),
      area: area.map((row) => ({ ...row })),
    }),
  })
