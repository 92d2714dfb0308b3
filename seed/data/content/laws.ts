/**
 * O3: laws the units enforce and the practice guidelines, by shared category
 * (src/catalogue/lawCategories.ts).
 */
import type { Law } from '../../../src/payload-types'
import { doc } from '../../lib/spec'

type LawData = {
  category: string
  kind: NonNullable<Law['kind']>
  title: { th: string; en: string }
  year?: number
  summary: string
  /** A link to the official text; without one the unit publishes its own PDF. */
  link?: string
}

const krisdika = 'https://www.krisdika.go.th/'
const gazette = 'https://ratchakitcha.soc.go.th/'

const common: LawData[] = [
  {
    category: 'criminal-law',
    kind: 'code',
    title: { th: 'ประมวลกฎหมายอาญา', en: 'Criminal Code' },
    year: 2499,
    summary: 'บทบัญญัติว่าด้วยความผิดอาญาและโทษ เป็นกฎหมายหลักที่เจ้าหน้าที่ตำรวจใช้บังคับ',
    link: krisdika,
  },
  {
    category: 'criminal-law',
    kind: 'code',
    title: { th: 'ประมวลกฎหมายวิธีพิจารณาความอาญา', en: 'Criminal Procedure Code' },
    year: 2477,
    summary: 'ขั้นตอนการรับคำร้องทุกข์ การจับ ค้น ควบคุม การสอบสวน และการส่งสำนวนให้พนักงานอัยการ',
    link: krisdika,
  },
  {
    category: 'criminal-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติป้องกันและปราบปรามการทรมานและการกระทำให้บุคคลสูญหาย พ.ศ. 2565',
      en: 'Prevention and Suppression of Torture and Enforced Disappearance Act B.E. 2565',
    },
    year: 2565,
    summary:
      'การบันทึกภาพและเสียงขณะจับกุมและควบคุมตัว และการแจ้งการควบคุมตัวต่อพนักงานอัยการและฝ่ายปกครอง',
    link: gazette,
  },
  {
    category: 'narcotics-law',
    kind: 'code',
    title: { th: 'ประมวลกฎหมายยาเสพติด', en: 'Narcotics Code' },
    year: 2564,
    summary:
      'ความผิดเกี่ยวกับยาเสพติดให้โทษ มาตรการบำบัดรักษา และการริบทรัพย์สินที่เกี่ยวกับการกระทำความผิด',
    link: krisdika,
  },
  {
    category: 'administrative-law',
    kind: 'act',
    title: { th: 'พระราชบัญญัติตำรวจแห่งชาติ พ.ศ. 2565', en: 'National Police Act B.E. 2565' },
    year: 2565,
    summary:
      'อำนาจหน้าที่ของสำนักงานตำรวจแห่งชาติ การบริหารงานบุคคล และคณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ',
    link: krisdika,
  },
  {
    category: 'administrative-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
      en: 'Official Information Act B.E. 2540',
    },
    year: 2540,
    summary:
      'สิทธิของประชาชนในการเข้าถึงข้อมูลข่าวสารของราชการ และหน้าที่ของหน่วยงานในการเปิดเผยข้อมูล',
    link: krisdika,
  },
  {
    category: 'procurement-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
      en: 'Public Procurement and Supplies Administration Act B.E. 2560',
    },
    year: 2560,
    summary:
      'หลักเกณฑ์และวิธีการจัดซื้อจัดจ้าง การประกาศเผยแพร่ และการบริหารพัสดุของหน่วยงานของรัฐ',
    link: gazette,
  },
  {
    category: 'procurement-law',
    kind: 'regulation',
    title: {
      th: 'ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
      en: 'Ministry of Finance Regulation on Public Procurement B.E. 2560',
    },
    year: 2560,
    summary: 'รายละเอียดวิธีการจัดซื้อจัดจ้างแต่ละวิธี การจัดทำราคากลาง และการตรวจรับพัสดุ',
    link: gazette,
  },
]

/** Stations: traffic law and the five practice-guideline categories the station checklist names. */
export const stationLaws: LawData[] = [
  ...common,
  {
    category: 'criminal-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติอาวุธปืน เครื่องกระสุนปืน วัตถุระเบิด ดอกไม้เพลิง และสิ่งเทียมอาวุธปืน พ.ศ. 2490',
      en: 'Firearms, Ammunition, Explosives, Fireworks and Imitation Firearms Act B.E. 2490',
    },
    year: 2490,
    summary: 'การขออนุญาตมีและใช้อาวุธปืน การพกพา และความผิดเกี่ยวกับอาวุธปืนและวัตถุระเบิด',
    link: krisdika,
  },
  {
    category: 'traffic-law',
    kind: 'act',
    title: { th: 'พระราชบัญญัติจราจรทางบก พ.ศ. 2522', en: 'Land Traffic Act B.E. 2522' },
    year: 2522,
    summary: 'กฎจราจร การออกใบสั่ง อัตราค่าปรับ และความผิดฐานขับรถขณะเมาสุรา',
    link: krisdika,
  },
  {
    category: 'traffic-law',
    kind: 'act',
    title: { th: 'พระราชบัญญัติรถยนต์ พ.ศ. 2522', en: 'Motor Vehicle Act B.E. 2522' },
    year: 2522,
    summary: 'การจดทะเบียนรถ ใบอนุญาตขับรถ และการเสียภาษีรถประจำปี',
    link: krisdika,
  },
  {
    category: 'traffic-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติคุ้มครองผู้ประสบภัยจากรถ พ.ศ. 2535',
      en: 'Protection for Motor Vehicle Accident Victims Act B.E. 2535',
    },
    year: 2535,
    summary: 'การทำประกันภัยภาคบังคับ (พ.ร.บ.) และสิทธิของผู้ประสบภัยในการรับค่าเสียหายเบื้องต้น',
    link: krisdika,
  },
  {
    category: 'narcotics-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติให้ใช้ประมวลกฎหมายยาเสพติด พ.ศ. 2564',
      en: 'Act Promulgating the Narcotics Code B.E. 2564',
    },
    year: 2564,
    summary: 'บทเฉพาะกาลและการใช้บังคับประมวลกฎหมายยาเสพติดแทนกฎหมายยาเสพติดฉบับเดิม',
    link: krisdika,
  },
  {
    category: 'immigration-law',
    kind: 'act',
    title: { th: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522', en: 'Immigration Act B.E. 2522' },
    year: 2522,
    summary:
      'ความผิดฐานเข้าเมืองโดยผิดกฎหมายและการให้ที่พักพิงแก่คนต่างด้าวที่เข้าเมืองโดยผิดกฎหมาย',
    link: krisdika,
  },
  {
    category: 'guideline-arrest-search',
    kind: 'guideline',
    title: {
      th: 'แนวทางปฏิบัติในการจับกุมของเจ้าหน้าที่ตำรวจ',
      en: 'Guidelines on arrests by police officers',
    },
    summary:
      'กรณีที่จับได้โดยไม่มีหมายจับ การแจ้งข้อกล่าวหาและสิทธิของผู้ถูกจับ การบันทึกการจับกุม และการส่งตัวผู้ถูกจับ',
  },
  {
    category: 'guideline-arrest-search',
    kind: 'guideline',
    title: {
      th: 'แนวทางปฏิบัติในการตรวจค้นบุคคล ยานพาหนะ และสถานที่',
      en: 'Guidelines on searching persons, vehicles and places',
    },
    summary:
      'การค้นโดยมีหมายค้นและไม่มีหมายค้น การค้นในที่รโหฐาน การค้นต่อหน้าผู้ครอบครองและพยาน และการทำบันทึกการตรวจค้น',
  },
  {
    category: 'guideline-discretion-interference',
    kind: 'guideline',
    title: {
      th: 'มาตรการป้องกันการแทรกแซงการใช้ดุลยพินิจของพนักงานสอบสวน',
      en: 'Measures against interference in inquiry officers’ discretion',
    },
    summary:
      'การรายงานเมื่อมีผู้แทรกแซงการสอบสวน การบันทึกคำสั่งของผู้บังคับบัญชาเป็นลายลักษณ์อักษร และช่องทางร้องเรียนเมื่อถูกแทรกแซง',
  },
  {
    category: 'guideline-discretion-interference',
    kind: 'guideline',
    title: {
      th: 'แนวทางการกำกับดูแลการใช้ดุลยพินิจของผู้บังคับบัญชาในคดีอาญา',
      en: 'Supervision of commanders’ discretion in criminal cases',
    },
    summary: 'ขอบเขตการสั่งการของผู้บังคับบัญชา การตรวจสอบสำนวน และการป้องกันการใช้อำนาจโดยมิชอบ',
  },
  {
    category: 'guideline-complaint-refusal',
    kind: 'guideline',
    title: {
      th: 'แนวปฏิบัติการใช้ดุลยพินิจไม่รับคำร้องทุกข์ในคดีอาญา',
      en: 'Discretion not to accept a criminal complaint',
    },
    summary:
      'กรณีที่ไม่รับคำร้องทุกข์ได้ เช่น ไม่ใช่ความผิดอาญาหรือคดีขาดอายุความ การบันทึกเหตุผล และการแจ้งให้ผู้ร้องทราบเป็นหนังสือ',
  },
  {
    category: 'guideline-complaint-refusal',
    kind: 'guideline',
    title: {
      th: 'การรับแจ้งความร้องทุกข์ทุกท้องที่และการส่งต่อคดี',
      en: 'Accepting complaints in any locality and transferring cases',
    },
    summary:
      'สถานีตำรวจรับแจ้งความได้ทุกท้องที่ แล้วส่งต่อพนักงานสอบสวนผู้รับผิดชอบ ห้ามปฏิเสธการรับแจ้งโดยอ้างว่าเกิดนอกเขต',
  },
  {
    category: 'guideline-interrogation',
    kind: 'guideline',
    title: {
      th: 'แนวปฏิบัติในการสอบปากคำผู้เสียหาย พยาน และผู้ต้องหา',
      en: 'Questioning victims, witnesses and suspects',
    },
    summary:
      'การแจ้งสิทธิก่อนสอบปากคำ การจัดหาทนายความและล่าม และการห้ามใช้วิธีล่อลวง ขู่เข็ญ หรือให้สัญญา',
  },
  {
    category: 'guideline-interrogation',
    kind: 'guideline',
    title: {
      th: 'การสอบปากคำเด็กและผู้เสียหายในคดีความผิดทางเพศ',
      en: 'Questioning children and victims of sexual offences',
    },
    summary:
      'การสอบปากคำร่วมกับนักจิตวิทยาหรือนักสังคมสงเคราะห์และพนักงานอัยการ ในสถานที่ที่เหมาะสมตามประมวลกฎหมายวิธีพิจารณาความอาญา',
  },
  {
    category: 'rights-of-victims',
    kind: 'guideline',
    title: { th: 'สิทธิของผู้เสียหายในคดีอาญา', en: 'Rights of victims in criminal cases' },
    summary:
      'สิทธิได้รับแจ้งความคืบหน้าของคดี สิทธิขอค่าตอบแทนผู้เสียหาย และสิทธิได้รับความคุ้มครองในฐานะพยาน',
  },
  {
    category: 'rights-of-suspects',
    kind: 'guideline',
    title: { th: 'สิทธิของผู้ต้องหาและผู้ถูกจับ', en: 'Rights of suspects and arrested persons' },
    summary: 'สิทธิพบและปรึกษาทนายความ สิทธิแจ้งญาติ สิทธิขอประกันตัว และสิทธิที่จะไม่ให้การ',
  },
  {
    category: 'rights-of-victims',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติค่าตอบแทนผู้เสียหาย และค่าทดแทนและค่าใช้จ่ายแก่จำเลยในคดีอาญา พ.ศ. 2544',
      en: 'Damages for Injured Persons and Compensation for Accused Persons in Criminal Cases Act B.E. 2544',
    },
    year: 2544,
    summary:
      'ค่าตอบแทนแก่ผู้เสียหายจากการกระทำความผิดอาญาของผู้อื่น และค่าทดแทนแก่จำเลยที่ศาลยกฟ้อง',
    link: krisdika,
  },
]

/**
 * Provincial immigration: the laws the public must know first (no station guidelines in its
 * checklist).
 */
export const immigrationLaws: LawData[] = [
  ...common,
  {
    category: 'immigration-law',
    kind: 'act',
    title: { th: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522', en: 'Immigration Act B.E. 2522' },
    year: 2522,
    summary:
      'การเดินทางเข้าออกราชอาณาจักร การตรวจลงตรา การอยู่ต่อ และการแจ้งที่พักของคนต่างด้าว (ตม.30 และ 90 วัน)',
    link: krisdika,
  },
  {
    category: 'immigration-law',
    kind: 'emergency-decree',
    title: {
      th: 'พระราชกำหนดการบริหารจัดการการทำงานของคนต่างด้าว พ.ศ. 2560',
      en: 'Emergency Decree on Managing the Work of Foreigners B.E. 2560',
    },
    year: 2560,
    summary:
      'การขออนุญาตทำงานของคนต่างด้าว หน้าที่ของนายจ้าง และบทลงโทษการจ้างแรงงานต่างด้าวโดยไม่ได้รับอนุญาต',
    link: gazette,
  },
  {
    category: 'immigration-law',
    kind: 'act',
    title: {
      th: 'พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551',
      en: 'Anti-Trafficking in Persons Act B.E. 2551',
    },
    year: 2551,
    summary: 'ความผิดฐานค้ามนุษย์ การคัดแยกและคุ้มครองผู้เสียหาย และมาตรการป้องกันการค้ามนุษย์',
    link: krisdika,
  },
  {
    category: 'immigration-law',
    kind: 'announcement',
    title: {
      th: 'ประกาศสำนักงานตรวจคนเข้าเมือง เรื่อง หลักเกณฑ์การพิจารณาคำขออยู่ต่อในราชอาณาจักร',
      en: 'Immigration Bureau rules on applications for extension of stay',
    },
    summary: 'เอกสารประกอบคำขออยู่ต่อแต่ละกรณี ระยะเวลาที่ได้รับอนุญาต และค่าธรรมเนียม',
  },
]

export const lawDocs = (laws: LawData[]) =>
  laws.map((law) =>
    doc({
      collection: 'laws',
      key: { title: { equals: law.title.th } },
      english: true,
      build: async ({ t, pdf, lawCategory }) => ({
        title: t(law.title),
        category: await lawCategory(law.category),
        kind: law.kind,
        year: law.year,
        summary: t(law.summary),
        ...(law.link ? { link: law.link } : { file: await pdf({ title: law.title, code: 'O3' }) }),
      }),
    }),
  )
