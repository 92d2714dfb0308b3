/**
 * ตม.จว.ระนอง: its framework is FY2567 (24 items, no committee, no checkpoint statistics), months
 * Oct 2023–Mar 2024.
 */
import type { UnitContent } from '../../lib/spec'
import { budgetReportDoc, investigationFundDoc } from './budget'
import { day, monthsOf } from './calendar'
import { eServiceDocs } from './eServices'
import { immigrationLaws, lawDocs } from './laws'
import { immigrationManuals, manualDocs } from './manuals'
import { measureReportDoc } from './measures'
import { monthlyReportDocs } from './monthly'
import { newsDocs } from './news'
import { authorityDoc, executiveDocs, orgStructureDoc } from './organisation'
import { policyDocs } from './policies'
import { procurementDocs } from './procurement'
import type { UnitProfile } from './profile'
import { immigrationRisks, riskAssessmentDoc, riskReportDoc } from './risk'
import { complaintStatisticDocs, crimeStatisticDocs } from './statistics'

export const unit: UnitProfile = {
  slug: 'ranong-immigration',
  kind: 'immigration',
  fiscalYear: 2567,
  name: { th: 'ตรวจคนเข้าเมืองจังหวัดระนอง', en: 'Ranong Provincial Immigration' },
  short: { th: 'ตม.จว.ระนอง', en: 'Ranong Immigration' },
  head: {
    rank: 'pol-col',
    first: { th: 'ชาญวิทย์', en: 'Chanwit' },
    last: { th: 'ศรีสมุทร', en: 'Srisamut' },
    position: {
      th: 'ผู้กำกับการตรวจคนเข้าเมืองจังหวัดระนอง',
      en: 'Superintendent, Ranong Provincial Immigration',
    },
  },
  lines: ['administration', 'investigation-suppression', 'border-inspection', 'alien-services'],
  phone: '077-812-009',
  website: 'https://ranong.immigration.go.th',
  facebook: 'https://www.facebook.com/ranongimmigration',
}

const [oct, nov, dec, jan, feb, mar] = monthsOf(unit.fiscalYear)
const months = [oct!, nov!, dec!, jan!, feb!, mar!]

export const ranongImmigration: UnitContent = {
  unit: unit.slug,
  docs: [
    ...executiveDocs([
      { ...unit.head, line: 'whole-unit', phone: '081-415-3001', since: day(2022, 10, 1) },
      {
        rank: 'pol-lt-col',
        first: { th: 'ปิยะพงษ์', en: 'Piyapong' },
        last: { th: 'เพชรรัตน์', en: 'Petcharat' },
        position: {
          th: 'รองผู้กำกับการ ด่านตรวจคนเข้าเมืองระนอง',
          en: 'Deputy Superintendent, Ranong Immigration Checkpoint',
        },
        line: 'border-inspection',
        phone: '081-415-3002',
        since: day(2023, 4, 1),
      },
      {
        rank: 'pol-maj',
        first: { th: 'สมศักดิ์', en: 'Somsak' },
        last: { th: 'ทะเลทอง', en: 'Thalethong' },
        position: {
          th: 'สารวัตรงานสืบสวนปราบปราม',
          en: 'Inspector (Investigation and Suppression)',
        },
        line: 'investigation-suppression',
        phone: '081-415-3003',
        since: day(2023, 10, 1),
      },
      {
        rank: 'pol-maj-f',
        first: { th: 'ศิริพร', en: 'Siriporn' },
        last: { th: 'วงศ์ใหญ่', en: 'Wongyai' },
        position: { th: 'สารวัตรงานบริการคนต่างด้าว', en: 'Inspector (Foreigner Services)' },
        line: 'alien-services',
        phone: '081-415-3004',
        since: day(2022, 10, 1),
      },
      {
        rank: 'pol-capt-f',
        first: { th: 'นภัสสร', en: 'Napatsorn' },
        last: { th: 'ใจงาม', en: 'Jai-ngam' },
        position: { th: 'รองสารวัตรงานอำนวยการ', en: 'Deputy Inspector (Administration)' },
        line: 'administration',
        phone: '081-415-3005',
        since: day(2023, 10, 1),
      },
    ]),
    orgStructureDoc(unit, day(2024, 1, 1), [
      { group: { th: 'สัญญาบัตร', en: 'Commissioned officers' }, allotted: 24, actual: 21 },
      { group: { th: 'ประทวน', en: 'Non-commissioned officers' }, allotted: 58, actual: 52 },
      {
        group: { th: 'พนักงานราชการและลูกจ้าง', en: 'Government employees and staff' },
        allotted: 8,
        actual: 8,
      },
    ]),
    authorityDoc(
      unit,
      oct!.iso,
      [
        'ตรวจคนเข้าเมืองจังหวัดระนองสังกัดกองบังคับการตรวจคนเข้าเมือง 6 สำนักงานตรวจคนเข้าเมือง มีอำนาจหน้าที่ตามพระราชบัญญัติคนเข้าเมือง พ.ศ. 2522 ดังนี้',
        {
          ul: [
            'ตรวจบุคคลและพาหนะที่เดินทางเข้าออกราชอาณาจักรทางด่านท่าเรือระนอง',
            'ให้บริการและควบคุมคนต่างด้าวที่อยู่ในราชอาณาจักร',
            'สืบสวนปราบปรามการกระทำความผิดตามกฎหมายคนเข้าเมืองและการค้ามนุษย์',
          ],
        },
        'พื้นที่รับผิดชอบทั้งจังหวัดระนอง 5 อำเภอ ข้อมูลประชากรจากสำนักงานสถิติจังหวัดระนอง ณ กันยายน 2566',
      ],
      [
        { district: 'อำเภอเมืองระนอง', subdistrict: 'ทุกตำบล (9 ตำบล)', population: 88_450 },
        { district: 'อำเภอกระบุรี', subdistrict: 'ทุกตำบล (7 ตำบล)', population: 36_210 },
        { district: 'อำเภอกะเปอร์', subdistrict: 'ทุกตำบล (5 ตำบล)', population: 19_380 },
        { district: 'อำเภอละอุ่น', subdistrict: 'ทุกตำบล (7 ตำบล)', population: 15_020 },
        { district: 'อำเภอสุขสำราญ', subdistrict: 'ทุกตำบล (2 ตำบล)', population: 13_560 },
      ],
    ),
    ...lawDocs(immigrationLaws),
    ...newsDocs(unit, [
      {
        title: 'ตม.จว.ระนอง จับกุมคนต่างด้าวลักลอบเข้าเมืองโดยผิดกฎหมาย 15 ราย',
        date: day(2023, 10, 20),
        tags: ['performance'],
        photo: 'activity',
        summary: 'สกัดกั้นเรือลักลอบขนคนต่างด้าวบริเวณปากน้ำระนอง',
        body: [
          'ชุดสืบสวนปราบปราม ตม.จว.ระนอง ร่วมกับหน่วยป้องกันและปราบปรามประมงทะเล สกัดกั้นเรือลักลอบขนคนต่างด้าว 15 ราย บริเวณปากน้ำระนอง ส่งดำเนินคดีตามพระราชบัญญัติคนเข้าเมือง พ.ศ. 2522',
        ],
      },
      {
        title: {
          th: 'ตม.จว.ระนอง อำนวยความสะดวกนักท่องเที่ยวเดินทางผ่านด่านท่าเรือช่วงเทศกาลปีใหม่',
          en: 'Ranong Immigration eases New Year travel through the port checkpoint',
        },
        date: day(2023, 12, 28),
        tags: ['performance', 'public-service'],
        photo: 'checkpoint',
        summary: 'เพิ่มช่องตรวจและเจ้าหน้าที่ช่วงวันหยุดยาว',
        body: {
          th: [
            'ด่านตรวจคนเข้าเมืองระนองเพิ่มช่องตรวจและเจ้าหน้าที่ในช่วงเทศกาลปีใหม่ รองรับนักท่องเที่ยวที่เดินทางไปเกาะสองและเกาะพยาม',
          ],
          en: [
            'The Ranong immigration checkpoint opened extra counters over the New Year holiday for travellers to Kawthaung and Ko Phayam.',
          ],
        },
      },
      {
        title:
          'ตม.จว.ระนอง ให้บริการรับแจ้งที่พักอาศัยเกิน 90 วันนอกสถานที่ แก่แรงงานต่างด้าวในสถานประกอบการ',
        date: day(2024, 2, 16),
        tags: ['performance', 'public-service'],
        photo: 'facility',
        summary: 'หน่วยบริการเคลื่อนที่ ณ โรงงานแปรรูปสัตว์น้ำ',
        body: [
          'งานบริการคนต่างด้าวออกหน่วยบริการเคลื่อนที่รับแจ้งที่พักอาศัยเกิน 90 วัน ณ โรงงานแปรรูปสัตว์น้ำในตำบลปากน้ำ ให้บริการแรงงานต่างด้าว 312 ราย',
        ],
      },
      {
        title: 'ตม.จว.ระนอง ร่วมคัดแยกผู้เสียหายจากการค้ามนุษย์ในเรือประมง',
        date: day(2024, 3, 14),
        tags: ['performance'],
        photo: 'activity',
        summary: 'ตรวจเรือประมงร่วมกับศูนย์ควบคุมการแจ้งเข้าออกเรือประมง',
        body: [
          'ตม.จว.ระนองร่วมกับศูนย์ควบคุมการแจ้งเข้าออกเรือประมง (PIPO) ตรวจเรือประมง 12 ลำ และสัมภาษณ์คัดแยกลูกเรือต่างด้าวเพื่อป้องกันการค้ามนุษย์',
        ],
      },
      {
        title: {
          th: 'ตม.จว.ระนอง ประชุมชี้แจงการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567',
          en: 'Ranong Immigration briefs staff on the Integrity and Transparency Assessment (ITA), fiscal year 2567',
        },
        date: day(2024, 1, 10),
        tags: ['ita'],
        photo: 'meeting',
        summary: 'ชี้แจงเกณฑ์การประเมินและมอบหมายผู้รับผิดชอบ',
        body: {
          th: [
            'ผู้กำกับการ ตม.จว.ระนอง ชี้แจงหลักเกณฑ์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 และมอบหมายผู้รับผิดชอบการเผยแพร่ข้อมูล OIT ทั้ง 24 ข้อ',
          ],
          en: [
            'The superintendent explained the fiscal year 2567 ITA criteria and assigned an owner to each of the 24 OIT items.',
          ],
        },
      },
      {
        title: {
          th: 'ผกก.ตม.จว.ระนอง ประกาศเจตนารมณ์ No Gift Policy ต่อเจ้าหน้าที่ในสังกัด',
          en: 'Ranong Immigration superintendent declares the No Gift Policy to staff',
        },
        date: day(2023, 10, 9),
        tags: ['head-participation'],
        photo: 'meeting',
        summary: 'หัวหน้าหน่วยงานนำประกาศเจตนารมณ์ภายในหน่วยงาน',
        body: {
          th: [
            'พ.ต.อ. ชาญวิทย์ ศรีสมุทร ผู้กำกับการ ตม.จว.ระนอง นำเจ้าหน้าที่ทุกนายประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ณ ห้องประชุมของหน่วยงาน',
          ],
          en: [
            'Pol.Col. Chanwit Srisamut led all staff in declaring that they accept no gifts of any kind in connection with their duties.',
          ],
        },
      },
      {
        title:
          'ผกก.ตม.จว.ระนอง นำเจ้าหน้าที่กล่าวคำปฏิญาณต่อต้านการทุจริต เนื่องในวันต่อต้านคอร์รัปชันสากล',
        date: day(2023, 12, 8),
        tags: ['head-participation'],
        photo: 'activity',
        summary: 'กิจกรรมภายในหน่วยงาน ณ ด่านตรวจคนเข้าเมืองระนอง',
        body: [
          'ผู้กำกับการ ตม.จว.ระนอง นำเจ้าหน้าที่กล่าวคำปฏิญาณต่อต้านการทุจริต ณ ด่านตรวจคนเข้าเมืองระนอง เนื่องในวันต่อต้านคอร์รัปชันสากล',
        ],
      },
      {
        title: 'ผกก.ตม.จว.ระนอง บรรยายเสริมสร้างจิตสำนึกป้องกันการรับส่วยแรงงานต่างด้าว',
        date: day(2024, 2, 22),
        tags: ['head-participation'],
        photo: 'meeting',
        summary: 'อบรมภายในหน่วยงานเรื่องความเสี่ยงการรับสินบน',
        body: [
          'ผู้กำกับการ ตม.จว.ระนอง บรรยายแก่เจ้าหน้าที่งานสืบสวนปราบปรามและงานบริการคนต่างด้าว เรื่องความเสี่ยงต่อการรับสินบนและส่วยแรงงานต่างด้าว พร้อมแนวทางปฏิบัติเมื่อมีผู้เสนอผลประโยชน์',
        ],
      },
    ]),
    ...monthlyReportDocs(
      unit,
      months.map((month, index) => ({
        month,
        summary: `ผลการปฏิบัติงานด้านการตรวจคนเข้าเมืองและการให้บริการคนต่างด้าวประจำเดือน${month.th}`,
        activities: [
          {
            title: 'ตรวจบุคคลและพาหนะเข้าออกราชอาณาจักร ณ ด่านท่าเรือระนอง',
            details: `ตรวจผู้เดินทางเข้าออก ${(18_000 + index * 1_150).toLocaleString('th-TH')} คน และเรือโดยสาร ${420 + index * 15} เที่ยว`,
            days: [1, 28] as [number, number],
            line: 'border-inspection' as const,
          },
          {
            title: 'ให้บริการคนต่างด้าว (อยู่ต่อ แจ้ง 90 วัน และ Re-entry)',
            details: `พิจารณาคำขออยู่ต่อ ${310 + index * 12} ราย รับแจ้ง 90 วัน ${1_240 + index * 40} ราย`,
            days: [1, 28] as [number, number],
            line: 'alien-services' as const,
          },
          ...(index % 2 === 0
            ? [
                {
                  title: 'สืบสวนปราบปรามคนต่างด้าวหลบหนีเข้าเมือง',
                  details: 'ตรวจสถานประกอบการและแหล่งพักอาศัยของแรงงานต่างด้าวร่วมกับฝ่ายปกครอง',
                  days: [5, 20] as [number, number],
                  line: 'investigation-suppression' as const,
                },
              ]
            : [
                {
                  title: 'ประชุมประจำเดือนและติดตามการเผยแพร่ข้อมูล OIT',
                  details: 'หัวหน้าหน่วยงานติดตามผลการดำเนินงานและการเผยแพร่ข้อมูลบนเว็บไซต์',
                  days: [10, 10] as [number, number],
                  line: 'administration' as const,
                },
              ]),
        ],
      })),
    ),
    ...manualDocs(unit, immigrationManuals),
    ...eServiceDocs(unit),
    ...crimeStatisticDocs(unit, months, 0.5),
    budgetReportDoc(
      unit,
      [
        {
          source: 'งบดำเนินงาน (ค่าตอบแทน ค่าใช้สอย และค่าวัสดุ)',
          allocated: 1_240_000,
          plan: [320_000, 310_000, 310_000, 300_000],
          spent: [301_450, 318_700],
        },
        {
          source: 'ค่าสาธารณูปโภค',
          allocated: 280_000,
          plan: [70_000, 70_000, 70_000, 70_000],
          spent: [66_820, 68_410],
        },
        {
          source: 'งบลงทุน (ครุภัณฑ์ตรวจหนังสือเดินทาง)',
          allocated: 360_000,
          plan: [0, 360_000, 0, 0],
          spent: [0, 352_000],
        },
      ],
      'ผู้เดินทางผ่านด่านช่วงเทศกาลมากกว่าที่คาดการณ์ ทำให้ค่าตอบแทนการปฏิบัติงานนอกเวลาสูงกว่าแผนในไตรมาสที่ 1',
      day(2024, 4, 5),
    ),
    investigationFundDoc(
      unit,
      180_000,
      [
        { period: 'q1', cases: 4, amount: 52_000 },
        { period: 'q2', cases: 5, amount: 61_500 },
      ],
      'ใช้ในการสืบสวนคดีลักลอบเข้าเมืองและคดีค้ามนุษย์',
    ),
    ...procurementDocs(unit, [
      {
        month: oct!,
        purchases: [
          {
            item: 'จัดซื้อวัสดุสำนักงานและแบบพิมพ์ ตม. ประจำไตรมาสที่ 1',
            budget: 38_000,
            referencePrice: 37_500,
            method: 'specific',
            bids: [
              ['ร้านระนองเครื่องเขียน', 36_800],
              ['ห้างหุ้นส่วนจำกัด อันดามันออฟฟิศ', 37_200],
            ],
            contractDay: 17,
          },
        ],
      },
      {
        month: nov!,
        purchases: [
          {
            item: 'จ้างซ่อมเครื่องปรับอากาศห้องให้บริการคนต่างด้าว',
            budget: 24_000,
            referencePrice: 24_000,
            method: 'specific',
            bids: [
              ['ร้านระนองแอร์เซอร์วิส', 22_500],
              ['ห้างหุ้นส่วนจำกัด เย็นฉ่ำการช่าง', 23_600],
            ],
            contractDay: 9,
          },
        ],
      },
      {
        month: dec!,
        purchases: [
          {
            item: 'จัดซื้อเครื่องอ่านหนังสือเดินทาง จำนวน 4 เครื่อง',
            budget: 360_000,
            referencePrice: 356_000,
            method: 'e-bidding',
            bids: [
              ['บริษัท ไทยพาสปอร์ตเทคโนโลยี จำกัด', 348_000],
              ['บริษัท ดิจิทัลบอร์เดอร์ จำกัด', 352_000],
              ['บริษัท สมาร์ทไอดี จำกัด', 355_500],
            ],
            contractDay: 26,
          },
        ],
      },
      { month: jan!, purchases: [] },
      {
        month: feb!,
        purchases: [
          {
            item: 'จัดซื้อน้ำมันเชื้อเพลิงสำหรับเรือตรวจการณ์',
            budget: 45_000,
            referencePrice: 45_000,
            method: 'specific',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ปั๊มน้ำมันปากน้ำ', 44_100],
              ['บริษัท ระนองปิโตรเลียม จำกัด', 44_800],
            ],
            contractDay: 6,
          },
          {
            item: 'จ้างทำป้าย No Gift Policy และป้ายขั้นตอนการให้บริการ 2 ภาษา',
            budget: 15_000,
            referencePrice: 15_000,
            method: 'specific',
            bids: [
              ['ร้านระนองป้ายโฆษณา', 14_200],
              ['ร้านอาร์ตดีไซน์ระนอง', 14_700],
            ],
            contractDay: 20,
          },
        ],
      },
      {
        month: mar!,
        purchases: [
          {
            item: 'จ้างเหมาทำความสะอาดอาคารที่ทำการ (เมษายน–กันยายน 2567)',
            budget: 84_000,
            referencePrice: 84_000,
            method: 'specific',
            bids: [
              ['ห้างหุ้นส่วนจำกัด ระนองคลีนนิ่ง', 81_000],
              ['ร้านสะอาดเซอร์วิส', 82_500],
            ],
            contractDay: 27,
          },
        ],
      },
    ]),
    ...complaintStatisticDocs(unit, [
      { month: oct!, figures: 'none' },
      { month: nov!, figures: 'none' },
      {
        month: dec!,
        figures: { received: 1, completed: 1, inProgress: 0 },
        notes: 'ร้องเรียนความล่าช้าในการพิจารณาคำขออยู่ต่อ ชี้แจงผู้ร้องแล้ว',
      },
      { month: jan!, figures: 'none' },
      { month: feb!, figures: 'none' },
      { month: mar!, figures: 'none' },
    ]),
    ...policyDocs(unit, day(2023, 10, 2)),
    riskAssessmentDoc(unit, immigrationRisks),
    riskReportDoc(unit, immigrationRisks),
    measureReportDoc(unit, months, true),
  ],
}
