/** O20 bribery-risk register (every line of work) and O21 results of its measures, with photos. */
import type { LineOfWork } from '../../../src/fields/options'
import { doc } from '../../lib/spec'
import { lineName, linePhoto, type UnitProfile } from './profile'

type Risk = {
  line: LineOfWork
  process: string
  issue: string
  controls: string
  likelihood: number
  impact: number
  mitigation: string
  indicator: string
  /** What was done in the first six months (O21). */
  result: string
}

export const stationRisks: Risk[] = [
  {
    line: 'administration',
    process: 'การจัดซื้อจัดจ้างและการตรวจรับพัสดุ',
    issue: 'เจ้าหน้าที่เรียกรับผลประโยชน์จากผู้ค้าเพื่อเอื้อให้ได้รับการคัดเลือกหรือผ่านการตรวจรับ',
    controls: 'ดำเนินการผ่านระบบ e-GP และแต่งตั้งคณะกรรมการตรวจรับ',
    likelihood: 2,
    impact: 4,
    mitigation:
      'เผยแพร่ประกาศทุกขั้นตอนบนเว็บไซต์ หมุนเวียนคณะกรรมการตรวจรับ และให้ผู้ค้าลงนามรับทราบนโยบาย No Gift Policy',
    indicator: 'ไม่มีเรื่องร้องเรียนเรื่องการจัดซื้อจัดจ้าง',
    result:
      'เผยแพร่ประกาศครบทุกโครงการ หมุนเวียนกรรมการตรวจรับ 3 ชุด ผู้ค้าลงนามรับทราบนโยบายครบทุกราย ไม่มีเรื่องร้องเรียน',
  },
  {
    line: 'crime-prevention',
    process: 'การตั้งจุดตรวจ จุดสกัด',
    issue: 'เจ้าหน้าที่เรียกรับเงินแทนการดำเนินคดีกับผู้กระทำผิดที่จุดตรวจ',
    controls: 'จุดตรวจต้องได้รับอนุมัติและมีสัญญาณไฟ ป้ายแสดงชื่อหัวหน้าจุดตรวจ',
    likelihood: 3,
    impact: 4,
    mitigation:
      'บันทึกภาพด้วยกล้องติดตัวตลอดการตั้งจุดตรวจ สุ่มตรวจโดยผู้บังคับบัญชา และติดป้ายช่องทางร้องเรียนที่จุดตรวจ',
    indicator: 'ทุกจุดตรวจมีภาพจากกล้องติดตัว',
    result:
      'จุดตรวจทุกจุดบันทึกภาพด้วยกล้องติดตัว ผู้บังคับบัญชาสุ่มตรวจ 24 ครั้ง ไม่พบการกระทำผิด',
  },
  {
    line: 'traffic',
    process: 'การออกใบสั่งและการเปรียบเทียบปรับ',
    issue: 'เจ้าหน้าที่รับเงินจากผู้ขับขี่แทนการออกใบสั่ง',
    controls: 'ใช้ใบสั่งอิเล็กทรอนิกส์ (PTM) และให้ชำระค่าปรับผ่านช่องทางของทางราชการเท่านั้น',
    likelihood: 3,
    impact: 3,
    mitigation:
      'ออกใบสั่งผ่านระบบ PTM ทุกกรณี ประชาสัมพันธ์ช่องทางชำระค่าปรับออนไลน์ และตรวจสอบยอดใบสั่งเทียบกับผลการตั้งจุดตรวจทุกเดือน',
    indicator: 'ใบสั่งทั้งหมดออกผ่านระบบ PTM',
    result: 'ออกใบสั่งผ่านระบบ PTM ร้อยละ 100 ตรวจสอบยอดรายเดือนครบ 6 เดือน ไม่พบความผิดปกติ',
  },
  {
    line: 'investigation',
    process: 'การสืบสวนคดียาเสพติดและการพนัน',
    issue: 'เจ้าหน้าที่รับส่วยจากแหล่งอบายมุขหรือผู้ค้ายาเสพติดเพื่อละเว้นการจับกุม',
    controls: 'หมุนเวียนชุดสืบสวนและรายงานผลการปฏิบัติประจำวัน',
    likelihood: 2,
    impact: 5,
    mitigation:
      'หมุนเวียนพื้นที่รับผิดชอบของชุดสืบสวนทุก 3 เดือน ตรวจสอบไลฟ์สไตล์เจ้าหน้าที่ และรับแจ้งเบาะแสผ่านช่องทางลับ',
    indicator: 'หมุนเวียนชุดสืบสวนครบตามแผน',
    result:
      'หมุนเวียนชุดสืบสวน 2 รอบ ตรวจสอบทรัพย์สินเจ้าหน้าที่ชุดสืบสวนครบทุกนาย ไม่พบข้อบ่งชี้การรับส่วย',
  },
  {
    line: 'inquiry',
    process: 'การรับแจ้งความและการพิจารณาคำร้องขอปล่อยตัวชั่วคราว',
    issue: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งรัดคดี เปลี่ยนแปลงข้อหา หรืออนุญาตให้ประกันตัว',
    controls: 'ลงรับแจ้งความในระบบ CRIMES ทุกเรื่อง และหัวหน้างานสอบสวนตรวจสำนวน',
    likelihood: 2,
    impact: 4,
    mitigation:
      'แจ้งเลขคดีและช่องทางติดตามคดีให้ผู้เสียหายทุกราย ประกาศหลักเกณฑ์หลักประกันที่จุดบริการ และตรวจสอบสำนวนที่ล่าช้าทุกสัปดาห์',
    indicator: 'ผู้เสียหายได้รับเลขคดีทุกราย',
    result:
      'ผู้เสียหายได้รับเลขคดีและช่องทางติดตามคดีครบทุกราย ติดประกาศหลักเกณฑ์หลักประกันที่ห้อง One Stop Service แล้ว',
  },
]

export const immigrationRisks: Risk[] = [
  {
    line: 'alien-services',
    process: 'การรับแจ้งที่พัก การพิจารณาคำขออยู่ต่อ และการออกใบอนุญาต',
    issue: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งรัดหรืออนุมัติคำขออยู่ต่อที่เอกสารไม่ครบ',
    controls: 'รับคำขอตามลำดับคิวและบันทึกในระบบ',
    likelihood: 3,
    impact: 4,
    mitigation:
      'รับคำขอผ่านระบบ e-Extension และระบบคิวอัตโนมัติ ติดป้ายค่าธรรมเนียม 2 ภาษา และให้ผู้รับบริการประเมินความพึงพอใจทุกราย',
    indicator: 'คำขอทุกรายการผ่านระบบคิว',
    result:
      'คำขอทุกรายการผ่านระบบคิวและ e-Extension ติดป้ายค่าธรรมเนียมภาษาไทยและภาษาอังกฤษครบทุกจุด',
  },
  {
    line: 'investigation-suppression',
    process: 'การปราบปรามแรงงานต่างด้าวผิดกฎหมาย',
    issue:
      'เจ้าหน้าที่รับส่วยจากนายจ้างหรือนายหน้าแรงงานต่างด้าวเพื่อละเว้นการจับกุม (ส่วยต่างด้าว)',
    controls: 'ออกตรวจตามแผนที่ผู้บังคับบัญชาอนุมัติ',
    likelihood: 3,
    impact: 5,
    mitigation:
      'หมุนเวียนชุดปฏิบัติการ บันทึกภาพการตรวจทุกครั้ง และตรวจสอบร่วมกับสำนักงานจัดหางานจังหวัด',
    indicator: 'ไม่มีเรื่องร้องเรียนเรื่องส่วยแรงงานต่างด้าว',
    result: 'ตรวจร่วมกับสำนักงานจัดหางานจังหวัด 4 ครั้ง บันทึกภาพครบทุกครั้ง ไม่มีเรื่องร้องเรียน',
  },
  {
    line: 'border-inspection',
    process: 'การตรวจบุคคลและพาหนะ ณ ด่านท่าเรือ',
    issue: 'เจ้าหน้าที่รับเงินเพื่อผ่อนปรนการตรวจเอกสารผ่านแดน',
    controls: 'ตรวจผ่านระบบตรวจคนเข้าเมืองและมีกล้องวงจรปิดที่ช่องตรวจ',
    likelihood: 2,
    impact: 4,
    mitigation:
      'สลับช่องตรวจของเจ้าหน้าที่ทุกวัน ตรวจสอบภาพกล้องวงจรปิดแบบสุ่ม และติดป้าย No Gift Policy 2 ภาษาที่ช่องตรวจ',
    indicator: 'สุ่มตรวจภาพกล้องวงจรปิดสัปดาห์ละครั้ง',
    result: 'สลับช่องตรวจทุกวัน สุ่มตรวจภาพกล้องวงจรปิด 26 ครั้ง ไม่พบการกระทำผิด',
  },
  {
    line: 'administration',
    process: 'การจัดซื้อจัดจ้างและการเบิกจ่าย',
    issue: 'เจ้าหน้าที่เรียกรับผลประโยชน์จากผู้ค้า',
    controls: 'ดำเนินการผ่านระบบ e-GP',
    likelihood: 2,
    impact: 3,
    mitigation:
      'เผยแพร่ประกาศทุกขั้นตอน หัวหน้าหน่วยงานลงนามในประกาศทุกฉบับ และหมุนเวียนกรรมการตรวจรับ',
    indicator: 'เผยแพร่ประกาศครบทุกโครงการ',
    result: 'เผยแพร่ประกาศครบทุกโครงการ หัวหน้าหน่วยงานลงนามครบทุกฉบับ',
  },
]

export const riskAssessmentDoc = (unit: UnitProfile, risks: Risk[]) =>
  doc({
    collection: 'risk-assessments',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    build: () => ({
      fiscalYear: unit.fiscalYear,
      criteria:
        'โอกาสเกิด (1–5): 1 = แทบไม่เกิดขึ้น, 2 = เกิดได้น้อย, 3 = อาจเกิดขึ้นได้, 4 = มีโอกาสเกิดสูง, 5 = เกิดขึ้นเป็นประจำ; ผลกระทบ (1–5): 1 = น้อยมาก ถึง 5 = ร้ายแรงมาก (กระทบความเชื่อมั่นของประชาชนและถูกดำเนินคดี) ระดับความเสี่ยงคิดจากโอกาส × ผลกระทบ',
      rows: risks.map((risk) => ({
        lineOfWork: risk.line,
        process: risk.process,
        riskIssue: risk.issue,
        existingControls: risk.controls,
        likelihood: risk.likelihood,
        impact: risk.impact,
        mitigation: risk.mitigation,
        indicator: risk.indicator,
        owner: `หัวหน้า${lineName(risk.line).th}`,
        timeline: `ตุลาคม ${unit.fiscalYear - 1} – กันยายน ${unit.fiscalYear}`,
      })),
    }),
  })

export const riskReportDoc = (unit: UnitProfile, risks: Risk[]) =>
  doc({
    collection: 'risk-reports',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    build: async ({ rich, image }) => ({
      fiscalYear: unit.fiscalYear,
      summary: rich([
        `${unit.name.th}ดำเนินการตามแผนบริหารจัดการความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ${unit.fiscalYear} ครบทุกสายงานในรอบ 6 เดือนแรก (ตุลาคม–มีนาคม) ผลการดำเนินการแยกตามสายงานดังนี้`,
      ]),
      results: await Promise.all(
        risks.map(async (risk) => ({
          lineOfWork: risk.line,
          measure: risk.mitigation,
          result: risk.result,
          photos: [await image(linePhoto(unit, risk.line))],
        })),
      ),
    }),
  })
