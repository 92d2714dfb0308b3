import type { LawCategoryData } from './types'

/**
 * O3 categories shared by every unit: the practice guidelines the station checklist names, then the
 * laws.
 */
export const lawCategories: LawCategoryData[] = [
  {
    slug: 'guideline-arrest-search',
    kind: 'guideline',
    name: { th: 'แนวทางปฏิบัติในการจับหรือค้น', en: 'Guidelines on arrest and search' },
    description: {
      th: 'หลักเกณฑ์และขั้นตอนการจับกุม การตรวจค้นบุคคลและสถานที่ตามประมวลกฎหมายวิธีพิจารณาความอาญา',
      en: 'Rules and steps for arrests and searches of persons and places under the Criminal Procedure Code',
    },
  },
  {
    slug: 'guideline-discretion-interference',
    kind: 'guideline',
    name: {
      th: 'มาตรการป้องกันการแทรกแซงการใช้ดุลยพินิจ',
      en: 'Measures against interference in discretion',
    },
    description: {
      th: 'มาตรการคุ้มครองการใช้ดุลยพินิจของพนักงานสอบสวนและเจ้าหน้าที่ตำรวจจากการแทรกแซง',
      en: 'Protecting the discretion of inquiry officers and police officers from interference',
    },
  },
  {
    slug: 'guideline-complaint-refusal',
    kind: 'guideline',
    name: {
      th: 'แนวปฏิบัติการใช้ดุลยพินิจไม่รับคำร้องทุกข์ในคดีอาญา',
      en: 'Discretion not to accept criminal complaints',
    },
    description: {
      th: 'กรณีที่พนักงานสอบสวนอาจใช้ดุลยพินิจไม่รับคำร้องทุกข์ และการแจ้งเหตุผลให้ผู้ร้องทราบ',
      en: 'When an inquiry officer may decline a complaint, and informing the complainant of the reasons',
    },
  },
  {
    slug: 'guideline-interrogation',
    kind: 'guideline',
    name: {
      th: 'แนวปฏิบัติในการสอบปากคำของพนักงานสอบสวน',
      en: 'Interrogation by inquiry officers',
    },
    description: {
      th: 'การสอบปากคำผู้เสียหาย พยาน และผู้ต้องหา รวมถึงกรณีเด็ก สตรี และผู้ไม่พูดภาษาไทย',
      en: 'Questioning victims, witnesses and suspects, including children, women and non-Thai speakers',
    },
  },
  {
    slug: 'rights-of-victims',
    kind: 'guideline',
    name: { th: 'สิทธิของผู้เสียหายหรือเหยื่ออาชญากรรม', en: 'Rights of victims of crime' },
    description: {
      th: 'สิทธิของผู้เสียหายหรือเหยื่ออาชญากรรมในคดีอาญา',
      en: 'Rights of crime victims in criminal cases',
    },
  },
  {
    slug: 'rights-of-suspects',
    kind: 'guideline',
    name: { th: 'สิทธิของผู้ต้องหา', en: 'Rights of suspects' },
    description: {
      th: 'สิทธิของผู้ต้องหาและผู้ถูกจับในคดีอาญา',
      en: 'Rights of suspects and arrested persons in criminal cases',
    },
  },
  {
    slug: 'criminal-law',
    kind: 'law',
    name: { th: 'กฎหมายอาญาและวิธีพิจารณาความอาญา', en: 'Criminal law and procedure' },
  },
  {
    slug: 'traffic-law',
    kind: 'law',
    name: { th: 'กฎหมายจราจรและการขนส่ง', en: 'Traffic and transport law' },
  },
  { slug: 'narcotics-law', kind: 'law', name: { th: 'กฎหมายยาเสพติด', en: 'Narcotics law' } },
  {
    slug: 'immigration-law',
    kind: 'law',
    name: { th: 'กฎหมายคนเข้าเมืองและคนต่างด้าว', en: 'Immigration and foreigners law' },
  },
  {
    slug: 'administrative-law',
    kind: 'law',
    name: {
      th: 'กฎหมายปกครองและการบริหารราชการตำรวจ',
      en: 'Administrative and police administration law',
    },
  },
  {
    slug: 'procurement-law',
    kind: 'law',
    name: {
      th: 'กฎหมายการจัดซื้อจัดจ้างและการเงินการคลัง',
      en: 'Procurement and public finance law',
    },
  },
]
