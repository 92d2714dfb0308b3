/**
 * Station A, สภ.เมืองระนอง: a complete FY2568 (every item O1–O25, all six months of the monthly
 * items).
 */
import type { UnitContent } from '../../lib/spec'
import { budgetReportDoc, investigationFundDoc } from './budget'
import { day, monthsOf } from './calendar'
import { committeeMemberDocs, committeeReportDoc } from './committee'
import { eServiceDocs } from './eServices'
import { lawDocs, stationLaws } from './laws'
import { manualDocs, stationManuals } from './manuals'
import { actionPlanDocs, measureReportDoc } from './measures'
import { monthlyReportDocs } from './monthly'
import { newsDocs } from './news'
import { aboutPageDoc } from './pages'
import { authorityDoc, executiveDocs, orgStructureDoc } from './organisation'
import { policyDocs } from './policies'
import { procurementDocs } from './procurement'
import type { UnitProfile } from './profile'
import { riskAssessmentDoc, riskReportDoc, stationRisks } from './risk'
import { checkpointStatisticDocs, complaintStatisticDocs, crimeStatisticDocs } from './statistics'

export const unit: UnitProfile = {
  slug: 'mueang-ranong',
  kind: 'station',
  fiscalYear: 2568,
  name: { th: 'สถานีตำรวจภูธรเมืองระนอง', en: 'Mueang Ranong Police Station' },
  short: { th: 'สภ.เมืองระนอง', en: 'Mueang Ranong PS' },
  head: {
    rank: 'pol-col',
    first: { th: 'สมชาย', en: 'Somchai' },
    last: { th: 'ใจดี', en: 'Jaidee' },
    position: {
      th: 'ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง',
      en: 'Superintendent, Mueang Ranong Police Station',
    },
  },
  lines: ['administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry'],
  phone: '077-811-222',
  website: 'https://mueangranong.ranong.police.go.th',
  facebook: 'https://www.facebook.com/mueangranongpolice',
}

const [oct, nov, dec, jan, feb, mar] = monthsOf(unit.fiscalYear)
const months = [oct!, nov!, dec!, jan!, feb!, mar!]

const executives = executiveDocs([
  { ...unit.head, line: 'whole-unit', phone: '081-370-1001', since: day(2023, 10, 1) },
  {
    rank: 'pol-lt-col',
    first: { th: 'ประเสริฐ', en: 'Prasert' },
    last: { th: 'วงศ์สวัสดิ์', en: 'Wongsawat' },
    position: {
      th: 'รองผู้กำกับการป้องกันปราบปราม สภ.เมืองระนอง',
      en: 'Deputy Superintendent (Crime Prevention and Suppression)',
    },
    line: 'crime-prevention',
    phone: '081-370-1002',
    since: day(2023, 10, 1),
  },
  {
    rank: 'pol-lt-col',
    first: { th: 'ธนากร', en: 'Thanakorn' },
    last: { th: 'ศักดิ์ดี', en: 'Sakdee' },
    position: {
      th: 'รองผู้กำกับการสืบสวน สภ.เมืองระนอง',
      en: 'Deputy Superintendent (Investigation)',
    },
    line: 'investigation',
    phone: '081-370-1003',
    since: day(2024, 4, 1),
  },
  {
    rank: 'pol-lt-col',
    first: { th: 'อนุชา', en: 'Anucha' },
    last: { th: 'พรหมมา', en: 'Promma' },
    position: { th: 'รองผู้กำกับการสอบสวน สภ.เมืองระนอง', en: 'Deputy Superintendent (Inquiry)' },
    line: 'inquiry',
    phone: '081-370-1004',
    since: day(2022, 10, 1),
  },
  {
    rank: 'pol-maj',
    first: { th: 'กิตติศักดิ์', en: 'Kittisak' },
    last: { th: 'แก้วมณี', en: 'Kaewmanee' },
    position: { th: 'สารวัตรจราจร สภ.เมืองระนอง', en: 'Inspector (Traffic)' },
    line: 'traffic',
    phone: '081-370-1005',
    since: day(2024, 1, 15),
  },
  {
    rank: 'pol-maj-f',
    first: { th: 'วรรณา', en: 'Wanna' },
    last: { th: 'ทองคำ', en: 'Thongkham' },
    position: { th: 'สารวัตรอำนวยการ สภ.เมืองระนอง', en: 'Inspector (Administration)' },
    line: 'administration',
    phone: '081-370-1006',
    since: day(2023, 4, 1),
  },
])

const activity = (
  title: string,
  details: string,
  days: [number, number],
  line: UnitProfile['lines'][number],
) => ({ title, details, days, line })

export const mueangRanong: UnitContent = {
  unit: unit.slug,
  docs: [
    aboutPageDoc(
      unit,
      {
        th: [
          'สถานีตำรวจภูธรเมืองระนองตั้งอยู่ริมถนนท่าเมือง ใจกลางเมืองระนอง ดูแลความสงบเรียบร้อยของประชาชนในอำเภอเมืองระนองและพื้นที่ชายแดนทางทะเล',
          'ปัจจุบันมีข้าราชการตำรวจปฏิบัติหน้าที่ในงานอำนวยการ ป้องกันปราบปราม จราจร สืบสวน และสอบสวน',
        ],
        en: [
          'Mueang Ranong Police Station stands on Tha Mueang Road in the heart of Ranong town and keeps the peace in Mueang Ranong district and its sea border.',
          'Its officers work in administration, crime prevention, traffic, investigation and inquiry.',
        ],
      },
      {
        th: 'เป็นสถานีตำรวจที่ประชาชนไว้วางใจ โปร่งใส ตรวจสอบได้',
        en: 'A police station people trust: transparent and accountable.',
      },
    ),
    ...executives,
    orgStructureDoc(unit, day(2025, 1, 1), [
      { group: { th: 'สัญญาบัตร', en: 'Commissioned officers' }, allotted: 38, actual: 33 },
      { group: { th: 'ประทวน', en: 'Non-commissioned officers' }, allotted: 112, actual: 97 },
      { group: { th: 'พนักงานราชการ', en: 'Government employees' }, allotted: 4, actual: 4 },
      { group: { th: 'ลูกจ้าง', en: 'Staff' }, allotted: 6, actual: 5 },
    ]),
    authorityDoc(
      unit,
      oct!.iso,
      [
        'สถานีตำรวจภูธรเมืองระนองมีอำนาจหน้าที่ตามพระราชบัญญัติตำรวจแห่งชาติ พ.ศ. 2565 ดังนี้',
        {
          ul: [
            'รักษาความสงบเรียบร้อยและความปลอดภัยของประชาชนในเขตพื้นที่',
            'ป้องกันและปราบปรามการกระทำความผิดทางอาญา',
            'สืบสวนและสอบสวนคดีอาญาตามประมวลกฎหมายวิธีพิจารณาความอาญา',
            'อำนวยความสะดวกด้านการจราจรและบังคับใช้กฎหมายจราจร',
            'ให้บริการประชาชนและปฏิบัติการอื่นตามที่กฎหมายกำหนด',
          ],
        },
        'พื้นที่รับผิดชอบ 6 ตำบลในอำเภอเมืองระนอง ข้อมูลประชากรจากสำนักทะเบียนอำเภอเมืองระนอง ณ กันยายน 2567',
      ],
      [
        { district: 'อำเภอเมืองระนอง', subdistrict: 'เขานิเวศน์', population: 21830 },
        { district: 'อำเภอเมืองระนอง', subdistrict: 'บางริ้น', population: 17420 },
        { district: 'อำเภอเมืองระนอง', subdistrict: 'บางนอน', population: 9860 },
        { district: 'อำเภอเมืองระนอง', subdistrict: 'ปากน้ำ', population: 8940 },
        { district: 'อำเภอเมืองระนอง', subdistrict: 'หาดส้มแป้น', population: 3120 },
        { district: 'อำเภอเมืองระนอง', subdistrict: 'ทรายแดง', population: 2310 },
      ],
    ),
    ...lawDocs(stationLaws),
    ...committeeMemberDocs([
      {
        name: 'นายประยุทธ ศรีวงศ์',
        position: 'chair',
        occupation: 'ข้าราชการบำนาญ (อดีตผู้อำนวยการโรงเรียน)',
        since: day(2023, 4, 1),
      },
      {
        name: 'นายสุชาติ ทองดี',
        position: 'vice-chair',
        occupation: 'ผู้ประกอบการท่าเทียบเรือประมง',
        since: day(2023, 4, 1),
      },
      {
        name: 'นางสาวกมลวรรณ พานิช',
        position: 'member',
        occupation: 'ทนายความ',
        since: day(2023, 4, 1),
      },
      {
        name: 'นายอำนาจ แสงทอง',
        position: 'member',
        occupation: 'กำนันตำบลบางริ้น',
        since: day(2023, 4, 1),
      },
      {
        name: 'นางจันทร์เพ็ญ ศักดิ์สิทธิ์',
        position: 'member',
        occupation: 'พยาบาลวิชาชีพ',
        since: day(2023, 4, 1),
      },
      {
        name: 'นายวีระ บุญมา',
        position: 'member',
        occupation: 'ประธานชุมชนตลาดระนอง',
        since: day(2023, 4, 1),
      },
      {
        name: 'นายชัยวัฒน์ รัตนพันธ์',
        position: 'member',
        occupation: 'ผู้สื่อข่าวท้องถิ่น',
        since: day(2023, 4, 1),
      },
      {
        name: 'พ.ต.อ. สมชาย ใจดี',
        position: 'secretary',
        occupation: 'ข้าราชการตำรวจ (ผู้กำกับการ สภ.เมืองระนอง)',
        since: day(2023, 10, 1),
      },
    ]),
    committeeReportDoc(unit, [
      {
        month: nov!,
        date: 20,
        topic: 'ประชุม กต.ตร. ครั้งที่ 1/2568 ติดตามการดูแลความปลอดภัยช่วงเทศกาลลอยกระทง',
        outcome: 'เสนอให้เพิ่มจุดตรวจบริเวณสะพานปลาและตลาดสดในช่วงกลางคืน',
      },
      {
        month: jan!,
        date: 22,
        topic: 'ประชุม กต.ตร. ครั้งที่ 2/2568 สรุปผลมาตรการลดอุบัติเหตุช่วงปีใหม่',
        outcome: 'ชื่นชมการตั้งจุดตรวจร่วมกับฝ่ายปกครอง และเสนอให้รณรงค์สวมหมวกนิรภัยในโรงเรียน',
      },
      {
        month: mar!,
        date: 19,
        topic: 'ประชุม กต.ตร. ครั้งที่ 3/2568 และสำรวจความพึงพอใจของประชาชนต่อการให้บริการ',
        outcome:
          'ผลสำรวจความพึงพอใจร้อยละ 91.4 เสนอให้ขยายเวลาบริการห้อง One Stop Service ในวันหยุด',
      },
    ]),
    ...newsDocs(unit, [
      {
        title: 'สภ.เมืองระนอง จับกุมผู้ต้องหาค้ายาบ้า พร้อมของกลาง 12,000 เม็ด',
        date: day(2024, 10, 18),
        tags: ['performance'],
        photo: 'activity',
        summary: 'ชุดสืบสวนจับกุมผู้ต้องหา 2 ราย ในพื้นที่ตำบลบางริ้น',
        body: [
          'ชุดสืบสวน สภ.เมืองระนอง ร่วมกับฝ่ายปกครองอำเภอเมืองระนอง จับกุมผู้ต้องหา 2 ราย พร้อมของกลางยาบ้า 12,000 เม็ด ในพื้นที่ตำบลบางริ้น',
          'ผู้ต้องหาถูกแจ้งข้อกล่าวหาร่วมกันมียาเสพติดให้โทษประเภท 1 ไว้ในครอบครองเพื่อจำหน่าย และส่งพนักงานสอบสวนดำเนินคดีตามกฎหมาย',
        ],
      },
      {
        title: 'สภ.เมืองระนอง จัดกำลังดูแลความปลอดภัยประชาชนในงานประเพณีลอยกระทง ประจำปี 2567',
        date: day(2024, 11, 15),
        tags: ['performance', 'public-service'],
        photo: 'activity',
        summary: 'จัดกำลัง 60 นาย ดูแลความปลอดภัยและการจราจรบริเวณสวนสาธารณะรักษะวาริน',
        body: [
          'สภ.เมืองระนองจัดกำลังเจ้าหน้าที่ตำรวจ 60 นาย ร่วมกับอาสาสมัคร ดูแลความปลอดภัยและอำนวยความสะดวกการจราจรในงานประเพณีลอยกระทง บริเวณสวนสาธารณะรักษะวาริน',
          'ตลอดการจัดงานไม่มีเหตุร้ายแรง และมีจุดบริการรับแจ้งเด็กพลัดหลงและทรัพย์สินสูญหาย',
        ],
      },
      {
        title: {
          th: 'สภ.เมืองระนอง ตั้งจุดตรวจ จุดบริการประชาชน ช่วงเทศกาลปีใหม่ 2568',
          en: 'Mueang Ranong PS sets up checkpoints and service points for New Year 2025',
        },
        date: day(2024, 12, 27),
        tags: ['performance', 'public-service'],
        photo: 'checkpoint',
        summary: 'มาตรการลดอุบัติเหตุทางถนนช่วง 7 วันอันตราย',
        body: {
          th: [
            'สภ.เมืองระนองตั้งจุดตรวจหลัก 3 จุด และจุดบริการประชาชน 2 จุด ตามมาตรการลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568 (7 วันอันตราย) ระหว่างวันที่ 27 ธันวาคม 2567 ถึง 2 มกราคม 2568',
            'เน้นตรวจผู้ขับขี่ที่ดื่มสุรา ไม่สวมหมวกนิรภัย และไม่มีใบอนุญาตขับขี่',
          ],
          en: [
            'Mueang Ranong Police Station ran three main checkpoints and two service points during the New Year road-safety campaign, 27 December 2024 to 2 January 2025, focusing on drunk driving, helmets and driving licences.',
          ],
        },
      },
      {
        title: 'สภ.เมืองระนอง ร่วมจัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2568',
        date: day(2025, 1, 11),
        tags: ['performance', 'public-service'],
        photo: 'activity',
        summary: 'เปิดสถานีให้เด็กและเยาวชนเยี่ยมชม พร้อมให้ความรู้ด้านความปลอดภัย',
        body: [
          'สภ.เมืองระนองเปิดสถานีตำรวจให้เด็กและเยาวชนเข้าเยี่ยมชม จัดฐานกิจกรรมให้ความรู้เรื่องความปลอดภัยทางถนนและการป้องกันยาเสพติด และมอบของขวัญแก่เด็กที่ร่วมกิจกรรม',
        ],
      },
      {
        title: 'สภ.เมืองระนอง อบรมให้ความรู้ป้องกันภัยแก๊งคอลเซ็นเตอร์แก่ผู้สูงอายุ',
        date: day(2025, 2, 14),
        tags: ['performance', 'public-service'],
        photo: 'meeting',
        summary: 'ให้ความรู้รูปแบบการหลอกลวงทางโทรศัพท์และช่องทางแจ้งความออนไลน์',
        body: [
          'งานสืบสวน สภ.เมืองระนอง จัดอบรมให้ความรู้แก่ผู้สูงอายุในชมรมผู้สูงอายุเทศบาลเมืองระนอง เรื่องรูปแบบการหลอกลวงของแก๊งคอลเซ็นเตอร์และบัญชีม้า',
          'พร้อมแนะนำการแจ้งความออนไลน์ที่ thaipoliceonline.go.th และสายด่วน 1441',
        ],
      },
      {
        title: 'สภ.เมืองระนอง ติดตามจับกุมผู้ต้องหาตามหมายจับคดีลักทรัพย์ในเคหสถาน',
        date: day(2025, 3, 21),
        tags: ['performance'],
        photo: 'activity',
        summary: 'จับกุมผู้ต้องหาพร้อมคืนทรัพย์สินแก่ผู้เสียหาย',
        body: [
          'ชุดสืบสวนติดตามจับกุมผู้ต้องหาตามหมายจับศาลจังหวัดระนอง คดีลักทรัพย์ในเคหสถานเวลากลางคืน 3 คดี และคืนทรัพย์สินมูลค่ากว่า 80,000 บาท แก่ผู้เสียหาย',
        ],
      },
      {
        title: {
          th: 'สภ.เมืองระนอง ประชุมชี้แจงการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568',
          en: 'Mueang Ranong PS briefs staff on the Integrity and Transparency Assessment (ITA), fiscal year 2568',
        },
        date: day(2025, 1, 8),
        tags: ['ita'],
        photo: 'meeting',
        summary: 'ชี้แจงหลักเกณฑ์ IIT EIT และ OIT แก่ข้าราชการตำรวจทุกนาย',
        body: {
          th: [
            'ผู้กำกับการ สภ.เมืองระนอง ประชุมชี้แจงหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ทั้งแบบวัด IIT EIT และแบบตรวจ OIT และมอบหมายผู้รับผิดชอบการเผยแพร่ข้อมูลแต่ละข้อ',
          ],
          en: [
            'The superintendent briefed all officers on the fiscal year 2568 Integrity and Transparency Assessment (IIT, EIT and OIT) and assigned an owner to each OIT item.',
          ],
        },
      },
      {
        title: {
          th: 'ขอเชิญประชาชนร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ พ.ศ. 2568',
          en: 'Invitation: answer the External Integrity and Transparency Assessment (EIT) survey, fiscal year 2568',
        },
        date: day(2025, 1, 15),
        tags: ['eit'],
        photo: 'sign',
        summary: 'ตอบแบบวัด EIT ได้ทาง QR Code ที่จุดบริการหรือลิงก์บนเว็บไซต์',
        body: {
          th: [
            'สภ.เมืองระนองขอเชิญประชาชนผู้มาติดต่อราชการร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ตั้งแต่บัดนี้ถึงเดือนกรกฎาคม 2568',
            'สแกน QR Code ที่จุดประชาสัมพันธ์และห้อง One Stop Service หรือกดลิงก์แบบวัด EIT บนหน้าแรกของเว็บไซต์นี้ ความคิดเห็นของท่านจะนำไปปรับปรุงการให้บริการ',
          ],
          en: [
            'Mueang Ranong Police Station invites everyone who has used its services to answer the EIT survey until July 2025: scan the QR code at the information desk or the One Stop Service room, or follow the EIT link on the home page of this website.',
          ],
        },
      },
      {
        title: {
          th: 'ผกก.สภ.เมืองระนอง ประชุมมอบนโยบาย No Gift Policy และการต่อต้านการรับสินบนแก่ข้าราชการตำรวจในสังกัด',
          en: 'Mueang Ranong PS superintendent briefs officers on the No Gift and Anti-Bribery policies',
        },
        date: day(2024, 10, 7),
        tags: ['head-participation'],
        photo: 'meeting',
        summary: 'หัวหน้าสถานีมอบนโยบายไม่รับของขวัญและต่อต้านการรับสินบน',
        body: {
          th: [
            'พ.ต.อ. สมชาย ใจดี ผู้กำกับการ สภ.เมืองระนอง ประชุมมอบนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และนโยบายต่อต้านการรับสินบน แก่ข้าราชการตำรวจทุกนาย',
            'กำชับให้รายงานผู้บังคับบัญชาทันทีเมื่อมีผู้เสนอผลประโยชน์',
          ],
          en: [
            'Pol.Col. Somchai Jaidee briefed all officers on the No Gift Policy and the Anti-Bribery Policy, and ordered them to report any offer of a benefit to their commander at once.',
          ],
        },
      },
      {
        title:
          'ผกก.สภ.เมืองระนอง นำข้าราชการตำรวจกล่าวคำปฏิญาณตนต่อต้านการทุจริต เนื่องในวันต่อต้านคอร์รัปชันสากล',
        date: day(2024, 12, 9),
        tags: ['head-participation'],
        photo: 'activity',
        summary: 'กิจกรรมวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2567',
        body: [
          'ผู้กำกับการ สภ.เมืองระนอง นำข้าราชการตำรวจในสังกัดกล่าวคำปฏิญาณตนว่าจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต ไม่เรียก ไม่รับสินบน เนื่องในวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2567',
        ],
      },
      {
        title: {
          th: 'ผกก.สภ.เมืองระนอง จัดอบรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใสภายในหน่วยงาน',
          en: 'Mueang Ranong PS superintendent holds integrity and ethics training for staff',
        },
        date: day(2025, 2, 5),
        tags: ['head-participation'],
        photo: 'meeting',
        summary: 'อบรมตามประมวลจริยธรรมของข้าราชการตำรวจ',
        body: {
          th: [
            'ผู้กำกับการ สภ.เมืองระนอง เป็นประธานและวิทยากรการอบรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใส ให้ข้าราชการตำรวจ 120 นาย โดยยกกรณีศึกษาการรับสินบนและแนวทางปฏิบัติแบบ Do & Don’t',
          ],
          en: [
            'The superintendent led integrity and ethics training for 120 officers, with bribery case studies and Do & Don’t guidance.',
          ],
        },
      },
      {
        title:
          'ผกก.สภ.เมืองระนอง ตรวจเยี่ยมห้อง One Stop Service ย้ำเจ้าหน้าที่ให้บริการด้วยความโปร่งใส ไม่รับสินบน',
        date: day(2025, 3, 12),
        tags: ['head-participation', 'public-service'],
        photo: 'facility',
        summary: 'ตรวจความพร้อมของจุดบริการ ป้าย No Gift Policy และสิ่งอำนวยความสะดวก',
        body: [
          'ผู้กำกับการ สภ.เมืองระนอง ตรวจเยี่ยมห้อง One Stop Service ตรวจความพร้อมของป้ายพันธะสัญญา ป้าย No Gift Policy และสิ่งอำนวยความสะดวก และย้ำให้เจ้าหน้าที่ให้บริการด้วยความโปร่งใส ไม่รับสินบนทุกกรณี',
        ],
      },
      {
        title: 'DRAFT-MARKER-A ร่างข่าวผลการปฏิบัติงานประจำเดือนมีนาคม 2568',
        date: day(2025, 3, 28),
        tags: ['performance'],
        photo: 'activity',
        photoAlt: 'ภาพประกอบข่าวผลการปฏิบัติงานประจำเดือนมีนาคม 2568',
        summary: 'ร่างรอผู้กำกับการตรวจทาน',
        body: ['ร่างข่าวสรุปผลการปฏิบัติงานประจำเดือนมีนาคม 2568 รอการตรวจทาน'],
        status: 'draft',
      },
    ]),
    ...monthlyReportDocs(unit, [
      {
        month: oct!,
        summary: 'เดือนแรกของปีงบประมาณ เน้นการป้องกันอาชญากรรมและปราบปรามยาเสพติดในพื้นที่',
        activities: [
          activity(
            'ตั้งจุดตรวจ จุดสกัด ป้องกันอาชญากรรมและยาเสพติด',
            'ตั้งจุดตรวจตามแผนของสถานีทุกวัน บริเวณถนนเพชรเกษมและทางเข้าตัวเมือง',
            [1, 31],
            'crime-prevention',
          ),
          activity(
            'ปฏิบัติการปราบปรามยาเสพติดในพื้นที่ตำบลบางริ้น',
            'สืบสวนและจับกุมผู้ค้ายาเสพติดรายย่อยตามข้อมูลจากการแจ้งเบาะแสของประชาชน',
            [14, 18],
            'investigation',
          ),
          activity(
            'อบรมทบทวนการใช้ระบบ CRIMES แก่พนักงานสอบสวน',
            'ทบทวนการลงรับแจ้งความและการบันทึกสำนวนในระบบ CRIMES',
            [22, 22],
            'inquiry',
          ),
        ],
      },
      {
        month: nov!,
        summary: 'ดูแลความปลอดภัยช่วงเทศกาลลอยกระทงและเสริมสร้างความสัมพันธ์กับชุมชน',
        activities: [
          activity(
            'อำนวยความสะดวกการจราจรและดูแลความปลอดภัยงานลอยกระทง',
            'จัดกำลังจราจรและสายตรวจ 60 นาย บริเวณสวนสาธารณะรักษะวาริน',
            [15, 15],
            'traffic',
          ),
          activity(
            'ตำรวจชุมชนสัมพันธ์ประชุมหมู่บ้านและชุมชน',
            'ประชุมรับฟังปัญหาอาชญากรรมในชุมชน 8 แห่ง',
            [5, 26],
            'crime-prevention',
          ),
          activity(
            'ตรวจสอบพัสดุและครุภัณฑ์ประจำปี',
            'คณะกรรมการตรวจสอบพัสดุประจำปีตรวจนับครุภัณฑ์และอาวุธปืนครบทุกรายการ',
            [11, 20],
            'administration',
          ),
        ],
      },
      {
        month: dec!,
        summary: 'มาตรการลดอุบัติเหตุช่วงเทศกาลปีใหม่และกิจกรรมวันต่อต้านคอร์รัปชันสากล',
        activities: [
          activity(
            'มาตรการลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ (7 วันอันตราย)',
            'ตั้งจุดตรวจหลัก 3 จุดและจุดบริการประชาชน 2 จุด ร่วมกับฝ่ายปกครองและอาสาสมัคร',
            [27, 31],
            'traffic',
          ),
          activity(
            'กิจกรรมวันต่อต้านคอร์รัปชันสากล',
            'ข้าราชการตำรวจกล่าวคำปฏิญาณตนต่อต้านการทุจริต',
            [9, 9],
            'administration',
          ),
          activity(
            'ติดตามจับกุมผู้ต้องหาตามหมายจับค้างเก่า',
            'ติดตามจับกุมผู้ต้องหาตามหมายจับได้ 11 ราย',
            [1, 20],
            'investigation',
          ),
        ],
      },
      {
        month: jan!,
        summary: 'กิจกรรมวันเด็กแห่งชาติ ชี้แจงการประเมิน ITA และเร่งรัดคดีค้าง',
        activities: [
          activity(
            'จัดกิจกรรมวันเด็กแห่งชาติ',
            'เปิดสถานีให้เด็กและเยาวชนเยี่ยมชมและร่วมฐานกิจกรรมความปลอดภัย',
            [11, 11],
            'crime-prevention',
          ),
          activity(
            'ประชุมชี้แจงการประเมิน ITA แก่ข้าราชการตำรวจ',
            'ชี้แจงหลักเกณฑ์ IIT EIT และ OIT และมอบหมายผู้รับผิดชอบแต่ละข้อ',
            [8, 8],
            'administration',
          ),
          activity(
            'เร่งรัดสำนวนการสอบสวนคดีค้างเกินกำหนด',
            'ตรวจสอบและเร่งรัดสำนวนที่ค้างเกินระยะเวลา 18 สำนวน',
            [6, 31],
            'inquiry',
          ),
        ],
      },
      {
        month: feb!,
        summary: 'ป้องกันภัยออนไลน์ เสริมสร้างคุณธรรม และรณรงค์ความปลอดภัยทางถนนในสถานศึกษา',
        activities: [
          activity(
            'อบรมป้องกันภัยแก๊งคอลเซ็นเตอร์แก่ผู้สูงอายุ',
            'ให้ความรู้แก่สมาชิกชมรมผู้สูงอายุ 85 คน',
            [14, 14],
            'investigation',
          ),
          activity(
            'อบรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใส',
            'อบรมข้าราชการตำรวจ 120 นาย ตามประมวลจริยธรรมของข้าราชการตำรวจ',
            [5, 5],
            'administration',
          ),
          activity(
            'รณรงค์สวมหมวกนิรภัย 100% ในสถานศึกษา',
            'ให้ความรู้กฎจราจรและแจกหมวกนิรภัยแก่นักเรียน 5 โรงเรียน',
            [10, 21],
            'traffic',
          ),
        ],
      },
      {
        month: mar!,
        summary: 'ตรวจความพร้อมของจุดบริการ ปราบปรามการพนันออนไลน์ และคืนทรัพย์สินแก่ผู้เสียหาย',
        activities: [
          activity(
            'ตรวจเยี่ยมห้อง One Stop Service',
            'หัวหน้าสถานีตรวจความพร้อมของป้ายและสิ่งอำนวยความสะดวก',
            [12, 12],
            'administration',
          ),
          activity(
            'ปราบปรามการพนันออนไลน์และบัญชีม้า',
            'สืบสวนขยายผลบัญชีรับโอนเงินที่ใช้กระทำความผิด 6 บัญชี',
            [3, 28],
            'investigation',
          ),
          activity(
            'สอบสวนคดีลักทรัพย์ในเคหสถานและคืนทรัพย์สินแก่ผู้เสียหาย',
            'สรุปสำนวนส่งพนักงานอัยการ และคืนทรัพย์สินของกลางแก่ผู้เสียหาย 3 ราย',
            [17, 21],
            'inquiry',
          ),
        ],
      },
    ]),
    ...manualDocs(unit, stationManuals),
    ...eServiceDocs(unit),
    ...crimeStatisticDocs(unit, months),
    ...checkpointStatisticDocs(unit, months),
    budgetReportDoc(
      unit,
      [
        {
          source: 'งบดำเนินงาน (ค่าตอบแทน ค่าใช้สอย และค่าวัสดุ)',
          allocated: 1_850_000,
          plan: [480_000, 470_000, 450_000, 450_000],
          spent: [452_300, 468_900],
        },
        {
          source: 'ค่าสาธารณูปโภค',
          allocated: 420_000,
          plan: [105_000, 105_000, 105_000, 105_000],
          spent: [98_650, 101_240],
        },
        {
          source: 'งบลงทุน (ครุภัณฑ์)',
          allocated: 650_000,
          plan: [0, 480_000, 170_000, 0],
          spent: [0, 458_000],
        },
        {
          source: 'เงินอุดหนุนจากเทศบาลเมืองระนอง (โครงการป้องกันอาชญากรรม)',
          allocated: 150_000,
          plan: [50_000, 50_000, 50_000, 0],
          spent: [42_000, 51_800],
        },
      ],
      'การเบิกจ่ายงบลงทุนล่าช้ากว่าแผนเล็กน้อยเนื่องจากได้รับอนุมัติเงินประจำงวดในเดือนมกราคม และค่าน้ำมันเชื้อเพลิงช่วงเทศกาลปีใหม่สูงกว่าที่ประมาณการไว้',
      day(2025, 4, 3),
    ),
    investigationFundDoc(
      unit,
      420_000,
      [
        { period: 'm10', cases: 3, amount: 42_000 },
        { period: 'm11', cases: 4, amount: 61_500 },
        { period: 'm12', cases: 2, amount: 28_000 },
        { period: 'm1', cases: 5, amount: 73_200 },
        { period: 'm2', cases: 3, amount: 39_800 },
        { period: 'm3', cases: 4, amount: 56_300 },
      ],
      'ใช้จ่ายในการสืบสวนคดียาเสพติด คดีลักทรัพย์ และคดีฉ้อโกงออนไลน์ ตามระเบียบสำนักงานตำรวจแห่งชาติว่าด้วยเงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญา',
    ),
    ...procurementDocs(unit, [
      {
        month: oct!,
        purchases: [
          {
            item: 'จัดซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์) ประจำไตรมาสที่ 1',
            budget: 45_000,
            referencePrice: 44_800,
            method: 'specific',
            bids: [
              ['ร้านระนองเครื่องเขียน', 43_950],
              ['ห้างหุ้นส่วนจำกัด อันดามันออฟฟิศ', 44_600],
            ],
            contractDay: 15,
          },
          {
            item: 'จ้างซ่อมบำรุงรถยนต์สายตรวจ หมายเลขทะเบียน โล่ 12345',
            budget: 28_500,
            referencePrice: 28_500,
            method: 'specific',
            bids: [
              ['อู่ช่างเอกการช่าง', 27_800],
              ['บริษัท ระนองออโต้เซอร์วิส จำกัด', 28_400],
            ],
            contractDay: 22,
          },
        ],
      },
      {
        month: nov!,
        purchases: [
          {
            item: 'จัดซื้อน้ำมันเชื้อเพลิงสำหรับรถยนต์ราชการ ประจำเดือนพฤศจิกายน 2567',
            budget: 60_000,
            referencePrice: 60_000,
            method: 'specific',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ปั๊มน้ำมันเขานิเวศน์', 59_420],
              ['บริษัท ระนองปิโตรเลียม จำกัด', 59_900],
            ],
            contractDay: 5,
          },
          {
            item: 'จ้างปรับปรุงห้องน้ำสำหรับผู้พิการ อาคารที่ทำการ สภ.เมืองระนอง',
            budget: 480_000,
            referencePrice: 472_000,
            method: 'e-bidding',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ระนองก่อสร้าง', 458_000],
              ['บริษัท อันดามันบิลด์ จำกัด', 465_500],
              ['ห้างหุ้นส่วนจำกัด เขานิเวศน์วิศวกรรม', 469_900],
            ],
            contractDay: 28,
          },
        ],
      },
      { month: dec!, purchases: [] },
      {
        month: jan!,
        purchases: [
          {
            item: 'จัดซื้อกล้องติดตัวเจ้าหน้าที่ตำรวจ (Body Camera) จำนวน 10 ชุด',
            budget: 150_000,
            referencePrice: 148_500,
            method: 'selection',
            bids: [
              ['บริษัท ไทยซีเคียวริตี้เทค จำกัด', 142_000],
              ['บริษัท สมาร์ทวิชั่น จำกัด', 146_800],
              ['ห้างหุ้นส่วนจำกัด ระนองคอมพิวเตอร์', 147_500],
            ],
            contractDay: 24,
          },
        ],
      },
      {
        month: feb!,
        purchases: [
          {
            item: 'จัดซื้อกรวยจราจรและแผงกั้นสำหรับจุดตรวจ',
            budget: 38_000,
            referencePrice: 37_600,
            method: 'specific',
            bids: [
              ['ร้านเจริญการค้า', 36_900],
              ['ห้างหุ้นส่วนจำกัด ระนองเซฟตี้', 37_400],
            ],
            contractDay: 12,
          },
          {
            item: 'จ้างทำป้าย No Gift Policy และป้ายห้อง One Stop Service',
            budget: 12_000,
            referencePrice: 12_000,
            method: 'specific',
            bids: [
              ['ร้านระนองป้ายโฆษณา', 11_500],
              ['ร้านอาร์ตดีไซน์ระนอง', 11_800],
            ],
            contractDay: 18,
          },
        ],
      },
      {
        month: mar!,
        purchases: [
          {
            item: 'จัดซื้อน้ำมันเชื้อเพลิงสำหรับรถยนต์ราชการ ประจำเดือนมีนาคม 2568',
            budget: 60_000,
            referencePrice: 60_000,
            method: 'specific',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ปั๊มน้ำมันเขานิเวศน์', 58_760],
              ['บริษัท ระนองปิโตรเลียม จำกัด', 59_350],
            ],
            contractDay: 4,
          },
          {
            item: 'จ้างเหมาทำความสะอาดอาคารที่ทำการ (เมษายน–กันยายน 2568)',
            budget: 96_000,
            referencePrice: 95_000,
            method: 'specific',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ระนองคลีนนิ่ง', 93_000],
              ['ร้านสะอาดเซอร์วิส', 94_800],
            ],
            contractDay: 26,
          },
        ],
      },
    ]),
    ...complaintStatisticDocs(unit, [
      { month: oct!, figures: 'none' },
      {
        month: nov!,
        figures: { received: 1, completed: 1, inProgress: 0 },
        notes: 'ร้องเรียนพฤติกรรมเจ้าหน้าที่จุดตรวจ ตรวจสอบแล้วไม่พบการเรียกรับเงิน',
      },
      { month: dec!, figures: 'none' },
      { month: jan!, figures: { received: 2, completed: 1, inProgress: 1 } },
      { month: feb!, figures: 'none' },
      { month: mar!, figures: { received: 1, completed: 0, inProgress: 1 } },
    ]),
    ...policyDocs(unit, day(2024, 10, 1)),
    riskAssessmentDoc(unit, stationRisks),
    riskReportDoc(unit, stationRisks),
    ...actionPlanDocs(unit, months),
    measureReportDoc(unit, months),
  ],
}
