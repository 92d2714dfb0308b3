/**
 * O16 HR criteria, O18 anti-bribery policy (Thai and English), O22 ethics, O23 assets and evidence,
 * O24 measures.
 */
import type { Policy } from '../../../src/payload-types'
import type { Block } from '../../../src/content/richText'
import { doc } from '../../lib/spec'
import { headName, type UnitProfile } from './profile'

type PolicyType = Policy['type']

type Sections = Record<keyof NonNullable<Policy['sections']>, string>

const antiBriberySections = (unit: UnitProfile): { th: Sections; en: Sections } => ({
  th: {
    objective: `เพื่อแสดงเจตนารมณ์ของ${unit.name.th}ในการต่อต้านการให้และรับสินบนทุกรูปแบบ และให้เจ้าหน้าที่ทุกนายปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้`,
    scope: `ใช้บังคับกับผู้บังคับบัญชา ข้าราชการตำรวจ พนักงานราชการ และลูกจ้างทุกคนของ${unit.name.th} รวมถึงบุคคลที่ปฏิบัติงานในนามของหน่วยงาน`,
    definitions:
      '"สินบน" หมายถึง ทรัพย์สินหรือประโยชน์อื่นใดที่ให้ เสนอ หรือสัญญาว่าจะให้ เพื่อจูงใจให้เจ้าหน้าที่กระทำหรือละเว้นการกระทำในหน้าที่ รวมถึงของขวัญ ของกำนัล (Gift) ค่าอำนวยความสะดวก (Facilitation Payment) เครื่องแสดงไมตรีจิต การรับบริจาค การรับเลี้ยง และประโยชน์อื่นในลักษณะเดียวกัน',
    violationMeasures:
      'ผู้ฝ่าฝืนนโยบายนี้ถือว่ากระทำผิดวินัย จะถูกดำเนินการทางวินัยและทางอาญาตามกฎหมาย ผู้บังคับบัญชาที่รู้แล้วละเลยไม่ดำเนินการถือว่ามีความผิดด้วย',
    monitoring:
      'มอบหมายงานอำนวยการติดตามการปฏิบัติตามนโยบาย ประเมินความเสี่ยงต่อการรับสินบนทุกปีงบประมาณ และรายงานผลต่อหัวหน้าหน่วยงานทุก 6 เดือน',
    complaintChannel: `แจ้งเบาะแสหรือร้องเรียนได้ที่${unit.name.th} โทร ${unit.phone} ทางเว็บไซต์ ${unit.website} (เมนูร้องเรียนการทุจริต) หรือศูนย์รับเรื่องร้องเรียนสำนักงานตำรวจแห่งชาติ สายด่วน 1599`,
    whistleblowerProtection:
      'ผู้แจ้งเบาะแสและผู้ให้ข้อมูลโดยสุจริตจะได้รับความคุ้มครอง ข้อมูลส่วนบุคคลจะถูกเก็บรักษาเป็นความลับ และจะไม่ถูกกลั่นแกล้งหรือได้รับผลกระทบใด ๆ จากการแจ้งเบาะแส',
  },
  en: {
    objective: `To state the intention of ${unit.name.en} to oppose giving and taking bribes in any form, and to ensure that every officer works with honesty, transparency and accountability.`,
    scope: `This policy binds the commanders, police officers, government employees and staff of ${unit.name.en}, and anyone acting on the unit's behalf.`,
    definitions:
      '"Bribe" means any property or benefit given, offered or promised to induce an officer to act or refrain from acting in their duty, including gifts, facilitation payments, tokens of goodwill, donations, hospitality and any similar benefit.',
    violationMeasures:
      'A breach of this policy is a disciplinary offence and is subject to disciplinary and criminal proceedings. A commander who knowingly fails to act is also in breach.',
    monitoring:
      'The administration section monitors compliance, assesses bribery risks every fiscal year and reports to the head of the unit every six months.',
    complaintChannel: `Report concerns to ${unit.name.en} by phone on ${unit.phone}, on ${unit.website} (corruption complaints), or to the Royal Thai Police complaint centre, hotline 1599.`,
    whistleblowerProtection:
      'Whistle-blowers and informants acting in good faith are protected: their personal data is kept confidential and they shall suffer no retaliation or harm for reporting.',
  },
})

type Part = { topic: string; th: string; en: string; document?: { th: string; en: string } }

/** The parts each document shows under its own heading (O16, O22–O24), Thai and English. */
const partsOf = (unit: UnitProfile, type: PolicyType): Part[] => {
  const station = unit.kind === 'station'
  const fy = unit.fiscalYear
  switch (type) {
    case 'hr-criteria':
      return [
        station
          ? {
              topic: 'criteria-transfer',
              th: 'การแต่งตั้งโยกย้ายพิจารณาตามกฎ ก.ตร. ว่าด้วยการแต่งตั้งข้าราชการตำรวจ โดยคำนึงถึงความรู้ความสามารถ ผลการปฏิบัติงาน และความอาวุโส',
              en: 'Transfers follow the Police Commission rules on appointments, weighing competence, performance and seniority.',
            }
          : {
              topic: 'criteria-salary-step',
              th: 'การเลื่อนขั้นเลื่อนเงินเดือนพิจารณาจากผลการประเมินการปฏิบัติงานรอบ 6 เดือน ตามหลักเกณฑ์ของสำนักงานตำรวจแห่งชาติ',
              en: 'Salary steps follow the six-monthly performance evaluation under the Royal Thai Police criteria.',
            },
        {
          topic: 'criteria-development',
          th: 'อบรมทบทวนความรู้ด้านกฎหมายและระเบียบอย่างน้อยปีละ 2 ครั้ง และส่งเจ้าหน้าที่เข้ารับการฝึกอบรมหลักสูตรเฉพาะทางตามสายงาน',
          en: 'Refresher training on laws and regulations at least twice a year, and specialised courses for each line of work.',
        },
        {
          topic: 'criteria-evaluation',
          th: 'ประเมินผลการปฏิบัติงานปีละ 2 รอบ ตามตัวชี้วัดที่ตกลงร่วมกันระหว่างผู้บังคับบัญชาและผู้ใต้บังคับบัญชา',
          en: 'Performance is evaluated twice a year against indicators agreed between commanders and staff.',
        },
      ]
    case 'ethics':
      return [
        {
          topic: 'ethics-manual',
          th: `คู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรมของ${unit.name.th} ประจำปีงบประมาณ ${fy}`,
          en: `Ethics guidelines of ${unit.name.en}, fiscal year ${fy}`,
          document: {
            th: `คู่มือจริยธรรม ${unit.short.th} ${fy}`,
            en: `Ethics manual ${unit.short.en} ${fy}`,
          },
        },
        {
          topic: 'not-below-rtp-code',
          th: 'แนวทางนี้ไม่ต่ำกว่ามาตรฐานตามประมวลจริยธรรมของข้าราชการตำรวจ พ.ศ. 2564 ซึ่งประกาศในราชกิจจานุเบกษา เมื่อวันที่ 1 กันยายน 2564',
          en: 'These guidelines meet or exceed the Police Code of Ethics B.E. 2564, published in the Royal Gazette on 1 September 2021.',
        },
        {
          topic: 'do-and-dont',
          th: 'ควรปฏิบัติ: ให้บริการด้วยความสุภาพ เสมอภาค และรวดเร็ว แจ้งสิทธิทุกครั้ง ไม่ควรปฏิบัติ: เรียกหรือรับประโยชน์ใด ๆ จากการปฏิบัติหน้าที่ ใช้ตำแหน่งเพื่อประโยชน์ส่วนตน',
          en: 'Do: serve politely, equally and promptly; always explain rights. Don’t: ask for or accept any benefit; use your position for private gain.',
        },
      ]
    case 'assets':
      return [
        {
          topic: 'asset-classification',
          th: 'จำแนกเป็นครุภัณฑ์และวัสดุสำนักงาน ยานพาหนะ อาวุธปืนและเครื่องกระสุน และของบริจาค แต่ละประเภทมีทะเบียนคุมแยกกัน',
          en: 'Office equipment, vehicles, firearms and ammunition, and donations each have their own register.',
        },
        {
          topic: 'asset-control',
          th: 'ทุกรายการมีผู้รับผิดชอบ ตรวจสอบสภาพการใช้งานทุกไตรมาส โดยเฉพาะยานพาหนะและอาวุธที่เสี่ยงต่อการนำไปใช้โดยมิชอบ',
          en: 'Every item has an owner and is inspected every quarter, vehicles and weapons first.',
        },
        {
          topic: 'weapons-inspection',
          th: 'ตรวจนับอาวุธปืนและเครื่องกระสุนทุกวันก่อนและหลังเปลี่ยนเวร บันทึกในสมุดคุม',
          en: 'Firearms and ammunition are counted at every change of shift and logged.',
        },
        {
          topic: 'borrowing-rules',
          th: 'ยืมหรือเบิกทรัพย์สินไปปฏิบัติงานได้เมื่อได้รับอนุมัติเป็นลายลักษณ์อักษร และต้องคืนภายในกำหนด',
          en: 'Assets are lent only with written approval and returned on time.',
        },
        {
          topic: 'staff-awareness',
          th: 'ชี้แจงแนวทางในการประชุมประจำเดือน และติดประกาศขั้นตอนการยืมคืนไว้ที่ห้องพัสดุ',
          en: 'The rules are explained at the monthly meeting and posted in the store room.',
        },
        {
          topic: 'evidence-storage',
          th: 'บันทึกของกลางทุกรายการในระบบทันทีที่ยึดหรืออายัด ถ่ายภาพ ติดรหัส เก็บในห้องที่มีกล้องวงจรปิด การเบิกต้องลงนาม 2 คน',
          en: 'Seized evidence is registered, photographed and tagged at once and kept in a CCTV-monitored room; release needs two signatures.',
        },
        {
          topic: 'practice-report',
          th: 'ผลการปฏิบัติ 6 เดือนแรก (ต.ค.–มี.ค.): ตรวจนับอาวุธครบทุกวัน ไม่พบความสูญหาย ตรวจห้องเก็บของกลาง 6 ครั้ง ถูกต้องตรงตามทะเบียน',
          en: 'First six months (October–March): daily weapons counts complete with no losses; six evidence-room inspections, all matching the register.',
        },
      ]
    case 'measures':
      return [
        {
          topic: 'ita-working-group-order',
          th: `คำสั่ง${unit.name.th} เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนและกำกับติดตามการประเมิน ITA ประจำปีงบประมาณ ${fy}`,
          en: `Order of ${unit.name.en} appointing the fiscal year ${fy} ITA working group`,
          document: { th: `คำสั่งแต่งตั้งคณะทำงาน ITA ${fy}`, en: `ITA working group order ${fy}` },
        },
        {
          topic: 'head-briefing',
          th: `${headName(unit).th} ชี้แจงเกณฑ์การประเมิน ITA และบทบาทของเจ้าหน้าที่ทุกคนในการประชุมประจำเดือนตุลาคม`,
          en: `${headName(unit).en} briefed all staff on the ITA criteria and their roles at the October meeting.`,
        },
        {
          topic: 'oss-pr-point',
          th: 'จัดจุดประชาสัมพันธ์และสอบถามความคืบหน้าคดีบริเวณทางเข้า มีเจ้าหน้าที่ประจำ ตารางเวรพร้อมเบอร์โทรศัพท์',
          en: 'An information and case-inquiry desk at the entrance, staffed, with the duty roster and phone numbers.',
        },
        {
          topic: 'oss-service-signs',
          th: 'ติดป้ายบอกจุดบริการและป้ายห้อง One Stop Service ที่มองเห็นได้ชัดเจน',
          en: 'Clear signs for each service point and the One Stop Service room.',
        },
        {
          topic: 'oss-pledge-sign',
          th: 'ติดป้ายพันธะสัญญาที่ระบุเวลาการให้บริการ ข้อมูลเป็นปัจจุบัน สมบูรณ์ไม่ชำรุด',
          en: 'A current, undamaged pledge sign stating the service hours.',
        },
        {
          topic: 'oss-no-gift-sign',
          th: 'ติดป้าย No Gift Policy ในห้อง One Stop Service',
          en: 'A No Gift Policy sign in the One Stop Service room.',
        },
        {
          topic: 'oss-manual-download-sign',
          th: 'ติดป้าย QR Code สำหรับ Download คู่มือการให้บริการที่จุดประชาสัมพันธ์และห้อง One Stop Service',
          en: 'QR-code signs to download the service manuals at the desk and in the One Stop Service room.',
        },
        {
          topic: 'oss-facilities',
          th: 'จัดที่นั่งพักคอย น้ำดื่ม Wi-Fi ห้องน้ำและที่จอดรถสำหรับผู้พิการ และคอมพิวเตอร์สำหรับแจ้งความออนไลน์และตอบแบบวัด EIT',
          en: 'Waiting seats, drinking water, Wi-Fi, accessible toilets and parking, and a computer for online reports and the EIT survey.',
        },
        {
          topic: 'oit-website',
          th: 'ปรับปรุงเว็บไซต์ของหน่วยงานให้เป็นปัจจุบันทุกเดือน',
          en: 'The unit website is brought up to date every month.',
        },
        {
          topic: 'oit-data-preparation',
          th: 'จัดทำข้อมูลสาธารณะครบทุกข้อตามเกณฑ์ OIT ในรูปแบบข้อมูลที่กำหนด',
          en: 'Public data is prepared for every OIT item in the required formats.',
        },
        {
          topic: 'oit-monitoring',
          th: 'หัวหน้าหน่วยงานเป็นประธานประชุมติดตามการเผยแพร่ข้อมูลทุกเดือน',
          en: 'The head of the unit chairs a monthly follow-up of the published data.',
        },
        {
          topic: 'oit-owners',
          th: 'มอบหมายเจ้าภาพและผู้รับผิดชอบข้อมูล OIT รายข้อ',
          en: 'An owner is assigned to each OIT item.',
        },
      ]
    default:
      return []
  }
}

type PolicyData = {
  type: PolicyType
  title: { th: string; en: string }
  body: { th: Block[]; en?: Block[] }
  announcedOn: string
  status?: 'draft'
}

const policyDoc = (unit: UnitProfile, policy: PolicyData) =>
  doc({
    collection: 'policies',
    key: { and: [{ type: { equals: policy.type } }, { fiscalYear: { equals: unit.fiscalYear } }] },
    status: policy.status,
    english: true,
    publishLast: policy.type === 'anti-bribery',
    build: async ({ locale, t, rich, image, pdf }) => ({
      type: policy.type,
      fiscalYear: unit.fiscalYear,
      title: t(policy.title),
      body: rich(policy.body),
      ...(policy.type === 'anti-bribery'
        ? {
            sections: antiBriberySections(unit)[locale],
            infographic: await image({
              kind: 'infographic',
              alt: {
                th: `อินโฟกราฟิก No Gift Policy งดรับ งดให้ของขวัญ ${unit.short.th}`,
                en: `No Gift Policy infographic, ${unit.short.en}`,
              },
            }),
          }
        : {}),
      parts: await Promise.all(
        partsOf(unit, policy.type).map(async (part) => ({
          topic: part.topic as never,
          text: t(part),
          ...(part.document
            ? { attachment: await pdf({ title: part.document, code: unit.short.en }) }
            : {}),
        })),
      ),
      announcedOn: policy.announcedOn,
      signerName: t(headName(unit)),
      signerPosition: t(unit.head.position),
    }),
  })

export const policyDocs = (
  unit: UnitProfile,
  announcedOn: string,
  overrides: Partial<Record<PolicyType, Partial<PolicyData>>> = {},
) => {
  const fy = unit.fiscalYear
  const station = unit.kind === 'station'
  const policies: PolicyData[] = [
    {
      type: 'hr-criteria',
      announcedOn,
      title: {
        th: `ประกาศ${unit.name.th} เรื่อง หลักเกณฑ์การบริหารและพัฒนากำลังพล ประจำปีงบประมาณ พ.ศ. ${fy}`,
        en: `${unit.name.en}: personnel management and development criteria, fiscal year ${fy}`,
      },
      body: {
        th: [
          `${unit.name.th}ใช้หลักเกณฑ์ของสำนักงานตำรวจแห่งชาติในการบริหารและพัฒนากำลังพล โดยยึดหลักคุณธรรม ความรู้ความสามารถ และความโปร่งใส ดังนี้`,
          ...(station
            ? [
                { h: 'การแต่งตั้งโยกย้าย' },
                'พิจารณาตามกฎ ก.ตร. ว่าด้วยการแต่งตั้งข้าราชการตำรวจ โดยคำนึงถึงอาวุโส ความรู้ความสามารถ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง เปิดเผยหลักเกณฑ์และผลการพิจารณาให้ทราบทั่วกัน',
              ]
            : [
                { h: 'การเลื่อนขั้นเลื่อนเงินเดือน' },
                'พิจารณาจากผลการประเมินการปฏิบัติราชการรอบ 6 เดือน (1 เมษายน และ 1 ตุลาคม) ตามโควตาที่ได้รับ โดยคณะกรรมการกลั่นกรองประจำหน่วย และประกาศรายชื่อให้ทราบ',
              ]),
          { h: 'การพัฒนากำลังพล' },
          {
            ul: [
              'อบรมทบทวนความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องอย่างน้อยปีละ 2 ครั้ง',
              'ฝึกทักษะการใช้อาวุธและยุทธวิธีตำรวจตามแผนของหน่วย',
              'ส่งเสริมการเรียนรู้ด้วยตนเองผ่านระบบการเรียนรู้ออนไลน์ของสำนักงานตำรวจแห่งชาติ',
            ],
          },
          { h: 'การประเมินผลการปฏิบัติงาน' },
          'ประเมินปีละ 2 รอบ ตามตัวชี้วัดที่ตกลงร่วมกันระหว่างผู้บังคับบัญชาและผู้ใต้บังคับบัญชา แจ้งผลการประเมินเป็นรายบุคคล และเปิดโอกาสให้โต้แย้งผลการประเมินได้',
        ],
        en: [
          `${unit.name.en} applies the Royal Thai Police criteria for transfers or salary steps, staff development and performance evaluation, based on merit, competence and transparency.`,
        ],
      },
    },
    {
      type: 'anti-bribery',
      announcedOn,
      title: {
        th: `ประกาศ${unit.name.th} เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)`,
        en: `${unit.name.en} Announcement: Anti-Bribery Policy`,
      },
      body: {
        th: [
          `${unit.name.th}ตระหนักว่าการรับสินบนเป็นการทุจริตที่ทำลายความเชื่อมั่นของประชาชนต่อเจ้าหน้าที่ตำรวจ จึงประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) เพื่อให้เจ้าหน้าที่ทุกนายถือปฏิบัติ ตามหัวข้อด้านล่าง`,
          `ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป`,
        ],
        en: [
          `${unit.name.en} recognises that bribery destroys public trust in the police. It therefore announces this Anti-Bribery Policy and a No Gift Policy (no gifts of any kind in connection with official duties), binding on every officer, as set out in the sections below.`,
          'Effective immediately.',
        ],
      },
    },
    {
      type: 'ethics',
      announcedOn,
      title: {
        th: `คู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม ${unit.short.th} ประจำปีงบประมาณ พ.ศ. ${fy}`,
        en: `Code of ethics guidelines, ${unit.short.en}, fiscal year ${fy}`,
      },
      body: {
        th: [
          'แนวทางนี้ไม่ต่ำกว่ามาตรฐานตามประมวลจริยธรรมของข้าราชการตำรวจ ซึ่งประกาศในราชกิจจานุเบกษาเมื่อวันที่ 1 กันยายน 2564 และใช้กับเจ้าหน้าที่ทุกนายของหน่วยงาน',
          { h: 'พฤติกรรมที่พึงปฏิบัติ (Do)' },
          {
            ul: [
              'ให้บริการประชาชนด้วยความสุภาพ เสมอภาค และรวดเร็ว',
              'แจ้งสิทธิและขั้นตอนให้ผู้มาติดต่อทราบอย่างครบถ้วน',
              'แสดงตนและแต่งกายถูกต้องตามระเบียบขณะปฏิบัติหน้าที่',
              'รายงานผู้บังคับบัญชาเมื่อมีผู้เสนอผลประโยชน์หรือแทรกแซงการปฏิบัติหน้าที่',
            ],
          },
          { h: 'พฤติกรรมที่ไม่พึงปฏิบัติ (Don’t)' },
          {
            ul: [
              'ไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์ใด ๆ จากการปฏิบัติหน้าที่',
              'ไม่ใช้ตำแหน่งหน้าที่เพื่อประโยชน์ส่วนตนหรือพวกพ้อง',
              'ไม่เปิดเผยข้อมูลของผู้แจ้งความหรือพยานโดยไม่มีอำนาจ',
              'ไม่ใช้ทรัพย์สินของราชการเพื่อกิจส่วนตัว',
            ],
          },
        ],
        en: [
          'These guidelines meet or exceed the Police Code of Ethics published in the Royal Gazette on 1 September 2021 (B.E. 2564).',
          { h: 'Do' },
          {
            ul: [
              'Serve the public politely, equally and promptly',
              'Tell every visitor their rights and the steps of the service',
              'Report any offer of a benefit or any interference to your commander',
            ],
          },
          { h: 'Don’t' },
          {
            ul: [
              'Ask for or accept any property or benefit in connection with your duties',
              'Use your position for yourself or your associates',
              'Use government property for private purposes',
            ],
          },
        ],
      },
    },
    {
      type: 'assets',
      announcedOn,
      title: {
        th: `แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง ${unit.short.th}`,
        en: `Government assets, donations and seized evidence, ${unit.short.en}`,
      },
      body: {
        th: [
          { h: '1. การจำแนกประเภททรัพย์สิน' },
          {
            ul: [
              'ครุภัณฑ์และวัสดุสำนักงาน',
              'ยานพาหนะ',
              'อาวุธปืน เครื่องกระสุน และอุปกรณ์ยุทธภัณฑ์',
              'ทรัพย์สินที่ได้รับบริจาค (ลงทะเบียนแยกจากทรัพย์สินของราชการ)',
            ],
          },
          { h: '2. การควบคุมและตรวจสอบ' },
          'ทุกรายการมีทะเบียนคุมและผู้รับผิดชอบ ตรวจสอบสภาพการใช้งานทุกไตรมาส และตรวจสอบพัสดุประจำปีโดยคณะกรรมการ',
          { h: '3. การตรวจนับอาวุธยุทโธปกรณ์' },
          'ตรวจนับอาวุธปืนและเครื่องกระสุนทุกวันก่อนและหลังเปลี่ยนเวร บันทึกในสมุดคุมการเบิกจ่ายอาวุธ',
          { h: '4. การยืมและเบิกจ่าย' },
          'ยืมหรือเบิกทรัพย์สินไปปฏิบัติงานได้เมื่อได้รับอนุมัติเป็นลายลักษณ์อักษร ระบุวัตถุประสงค์และกำหนดส่งคืน ห้ามนำไปใช้เพื่อกิจส่วนตัว',
          { h: '5. การสร้างความรู้ความเข้าใจ' },
          'ชี้แจงแนวทางในการประชุมประจำเดือน และติดประกาศขั้นตอนการยืมคืนไว้ที่ห้องพัสดุ',
          { h: '6. ระบบการจัดเก็บของกลาง' },
          'บันทึกของกลางทุกรายการในระบบทันทีที่ยึดหรืออายัด ถ่ายภาพ ติดรหัส และเก็บในห้องเก็บของกลางที่มีกล้องวงจรปิด การเบิกออกต้องมีผู้ควบคุมสองคนลงนาม เพื่อป้องกันการสับเปลี่ยนหรือการนำเข้าระบบเพียงบางส่วน',
          { h: '7. รายงานผลการปฏิบัติ 6 เดือนแรก (ต.ค.–มี.ค.)' },
          'ตรวจนับอาวุธครบทุกวัน ไม่พบความสูญหาย ตรวจสอบห้องเก็บของกลาง 6 ครั้ง ทุกรายการตรงตามทะเบียน และรับบริจาคครุภัณฑ์ 2 รายการ ลงทะเบียนเรียบร้อยแล้ว',
        ],
        en: [
          'Government assets, weapons and donations are classified and registered separately, inspected every quarter, and lent only with written approval. Weapons are counted at every change of shift.',
          'Seized evidence is registered, photographed and tagged on seizure and kept in a CCTV-monitored room; releasing an item needs two signatures.',
          'First six months (October–March): daily weapons counts complete with no losses; six evidence-room inspections, all items matching the register; two donated items registered.',
        ],
      },
    },
    {
      type: 'measures',
      announcedOn,
      title: {
        th: `มาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน ${unit.short.th} ประจำปีงบประมาณ พ.ศ. ${fy}`,
        en: `Measures to raise integrity and transparency, ${unit.short.en}, fiscal year ${fy}`,
      },
      body: {
        th: [
          `${unit.name.th}มีคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนและกำกับติดตามการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fy} โดยมีหัวหน้าหน่วยงานเป็นประธาน และหัวหน้าหน่วยงานได้ชี้แจงหลักเกณฑ์การประเมินแก่เจ้าหน้าที่ทุกนายในการประชุมประจำเดือน`,
          { h: 'ด้านที่ 1 การพัฒนาการให้บริการ One Stop Service' },
          {
            ul: [
              'จัดจุดประชาสัมพันธ์และสอบถามความคืบหน้าคดีบริเวณทางเข้า มีเจ้าหน้าที่ประจำ และตารางเวรพร้อมเบอร์โทรศัพท์',
              'ติดป้ายประชาสัมพันธ์จุดบริการและห้อง One Stop Service ให้เห็นชัดเจน',
              'ติดป้ายพันธะสัญญาที่ระบุเวลาการให้บริการและข้อมูลเป็นปัจจุบัน',
              'ติดป้าย No Gift Policy ในห้อง One Stop Service',
              'ติดป้าย QR Code สำหรับดาวน์โหลดคู่มือการให้บริการ',
              'จัดสิ่งอำนวยความสะดวก ที่นั่งพักคอย น้ำดื่ม Wi-Fi ห้องน้ำและที่จอดรถสำหรับผู้พิการ',
            ],
          },
          { h: 'ด้านที่ 2 การยกระดับการเผยแพร่ข้อมูลสาธารณะ (OIT)' },
          {
            ul: [
              'ปรับปรุงเว็บไซต์ของหน่วยงานให้เป็นปัจจุบันทุกเดือน',
              'มอบหมายเจ้าภาพจัดทำข้อมูลแต่ละข้อตามเกณฑ์การประเมิน',
              'หัวหน้าหน่วยงานประชุมกำกับติดตามการเผยแพร่ข้อมูลทุกเดือน',
            ],
          },
        ],
        en: [
          `An order appoints the fiscal year ${fy} ITA working group, chaired by the head of the unit, who briefed all staff on the assessment.`,
          { h: 'One Stop Service' },
          {
            ul: [
              'Information and case-inquiry desk at the entrance, with duty roster and phone numbers',
              'Clear service-point, pledge, No Gift Policy and manual-download (QR code) signs',
              'Waiting area, drinking water, Wi-Fi, accessible toilets and parking',
            ],
          },
          { h: 'Open data (OIT)' },
          {
            ul: [
              'Website updated every month',
              'An owner for each OIT item',
              'Monthly follow-up meeting chaired by the head of the unit',
            ],
          },
        ],
      },
    },
  ]
  return policies.map((policy) => policyDoc(unit, { ...policy, ...overrides[policy.type] }))
}
