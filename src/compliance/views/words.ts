import { formatThaiDate } from '../../fiscal'

export type Language = 'th' | 'en'

/** The admin's language (Payload's i18n): Thai unless the user chose English. */
export const languageOf = (i18n: { language: string }): Language =>
  i18n.language === 'en' ? 'en' : 'th'

/** A date as the admin's language writes it: "2 ธ.ค. 2569", "2 Dec 2026". */
export const shortDate = (value: string | null | undefined, language: Language): string => {
  if (!value) return '–'
  const date = new Date(value)
  return language === 'th'
    ? formatThaiDate(date, { style: 'short' })
    : date.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Asia/Bangkok',
      })
}

const th = {
  readiness: 'ความพร้อม OIT',
  unitReadiness: 'ความพร้อม OIT ของหน่วยงาน',
  matrix: 'ภาพรวมความพร้อม OIT',
  matrixNav: 'ภาพรวมความพร้อม OIT (ผู้ตรวจ)',
  reviewersOnly: 'หน้านี้สำหรับผู้ตรวจระดับกองบังคับการ/ภาค',
  chooseUnit: 'เลือกหน่วยงานจากตัวเลือกหน่วยงาน หรือจาก',
  fiscalYear: 'ปีงบประมาณ',
  yearsAndFiles: 'ปีงบประมาณและไฟล์',
  itapSheet: 'ดาวน์โหลดรายการ URL สำหรับ ITAP (XLSX)',
  goToYear: 'ไปที่ปีงบประมาณ',
  summary: 'สรุปความพร้อม',
  passed: (pass: number, total: number) => `ผ่าน ${pass} จาก ${total} ข้อ`,
  itemsPassed: 'ข้อที่ผ่าน',
  items: (count: number) => `${count} ข้อ`,
  dueNext: 'สิ่งที่ต้องทำต่อไป',
  nothingDue: 'ไม่มีกำหนดการใน 60 วันข้างหน้า',
  dueKinds: { phase: 'ปฏิทิน ITA', plan: 'แผนปฏิบัติการ', item: 'กำหนดเสร็จของข้อ' },
  findings: 'ข้อสังเกตจากผู้ตรวจ',
  noFindings: 'ยังไม่มีข้อสังเกต',
  findingStatus: {
    open: 'รอหน่วยงานตอบ',
    answered: 'หน่วยงานตอบแล้ว',
    closed: 'ปิดแล้ว',
  } as Record<string, string>,
  itemsOfFramework: (year: number | string) => `รายการข้อ OIT ของกรอบปีงบประมาณ ${year}`,
  code: 'ข้อ',
  title: 'ชื่อข้อ',
  status: 'สถานะ',
  missing: 'สิ่งที่ยังขาด',
  owners: 'ผู้รับผิดชอบ',
  deadline: 'กำหนดเสร็จ',
  publicPage: 'หน้าสาธารณะของข้อนี้',
  fix: 'แก้ไข',
  observe: 'เขียนข้อสังเกต',
  doer: 'ผู้ดำเนินการ',
  controller: 'ผู้ควบคุม',
  checker: 'ผู้ตรวจสอบ',
  assign: 'กำหนดผู้รับผิดชอบ',
  awaiting: (count: number) => `รออนุมัติ (${count})`,
  document: 'เอกสาร',
  submittedAt: 'ส่งเมื่อ',
  decision: 'อนุมัติ',
  all: 'ทั้งหมด',
  parentUnit: 'หน่วยต้นสังกัด (ภ.จว./ภาค)',
  unitType: 'ประเภทหน่วยงาน',
  show: 'แสดง',
  matrixSheet: 'ดาวน์โหลด XLSX',
  unitsPassing: (units: number, passing: number) =>
    `${units} หน่วยงาน · ผ่านทุกข้อ ${passing} หน่วย`,
  unitCount: (count: number) => `${count} หน่วย`,
  unit: 'หน่วยงาน',
  pass: 'ผ่าน',
  unitsPassed: 'หน่วยที่ผ่าน',
}

const en: typeof th = {
  readiness: 'OIT readiness',
  unitReadiness: 'Unit OIT readiness',
  matrix: 'OIT readiness overview',
  matrixNav: 'OIT readiness overview (reviewers)',
  reviewersOnly: 'This page is for HQ reviewers.',
  chooseUnit: 'Choose a unit with the unit selector, or from the',
  fiscalYear: 'Fiscal year',
  yearsAndFiles: 'Fiscal years and files',
  itapSheet: 'Download the ITAP URL list (XLSX)',
  goToYear: 'Go to fiscal year',
  summary: 'Readiness summary',
  passed: (pass, total) => `${pass} of ${total} items pass`,
  itemsPassed: 'Items passed',
  items: (count) => `${count} item${count === 1 ? '' : 's'}`,
  dueNext: 'Due next',
  nothingDue: 'Nothing due in the next 60 days',
  dueKinds: { phase: 'ITA calendar', plan: 'Action plan', item: 'Item deadline' },
  findings: 'Reviewer observations',
  noFindings: 'No observations yet',
  findingStatus: { open: 'awaiting the unit', answered: 'answered', closed: 'closed' },
  itemsOfFramework: (year) => `OIT items of the FY ${year} framework`,
  code: 'Item',
  title: 'Title',
  status: 'Status',
  missing: 'Missing',
  owners: 'Owners',
  deadline: 'Deadline',
  publicPage: 'The public page of this item',
  fix: 'Fix',
  observe: 'Write an observation',
  doer: 'Doer',
  controller: 'Controller',
  checker: 'Checker',
  assign: 'Assign owners',
  awaiting: (count) => `Awaiting approval (${count})`,
  document: 'Document',
  submittedAt: 'Submitted',
  decision: 'Approve',
  all: 'All',
  parentUnit: 'Parent unit (province/region)',
  unitType: 'Unit type',
  show: 'Show',
  matrixSheet: 'Download XLSX',
  unitsPassing: (units, passing) => `${units} units · ${passing} pass every item`,
  unitCount: (count) => `${count} unit${count === 1 ? '' : 's'}`,
  unit: 'Unit',
  pass: 'Pass',
  unitsPassed: 'Units passing',
}

/** The readiness views' words in each admin language. */
export const viewWords: Record<Language, typeof th> = { th, en }
