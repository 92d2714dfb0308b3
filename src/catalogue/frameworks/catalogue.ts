/**
 * Catalogue of OIT item definitions, one per topic, written once.
 *
 * Each entry is a framework item without its `code`: the code (O1…On) depends on the
 * unit type and fiscal year and is assigned when a framework is composed (see `index.ts`).
 * Guidance never repeats the accepted file formats: `formats` is the single source for those.
 * Labels and guidance speak of "หน่วยงาน" / "หัวหน้าหน่วยงาน" so that one definition serves
 * police stations and provincial immigration; unit-specific wording is applied as overrides.
 *
 * Sources (see README.md): [000] station FY2567 checklist, [003] metropolitan station FY2567,
 * [004] station FY2568 O25 evidence, [002] provincial immigration FY2567, DOMAIN.md §2–§7.
 */
import type {
  ElementCheck,
  FrameworkItem,
  KeyedLabel,
  RecordsCheck,
  RiskBand,
} from '../../frameworks/types'

export type ItemDefinition = Omit<FrameworkItem, 'code'>

/** The first 6 months of the fiscal year: October to March. */
const firstSixMonths = { startMonth: 10, months: 6 } as const

/** Current CRIMES offence groups used by RTP station statistics (DOMAIN §5). */
export const crimeGroups: KeyedLabel[] = [
  { key: 'life-body-sex', label: 'ความผิดเกี่ยวกับชีวิต ร่างกาย และเพศ' },
  { key: 'property', label: 'ความผิดเกี่ยวกับทรัพย์' },
  { key: 'special-offences', label: 'ฐานความผิดพิเศษ' },
  { key: 'state-victim', label: 'คดีที่รัฐเป็นผู้เสียหาย' },
]

/** Risk level bands for score = likelihood (1–5) × impact (1–5); contiguous over 1–25. */
export const riskBands: RiskBand[] = [
  { label: 'ต่ำ', min: 1, max: 3 },
  { label: 'ปานกลาง', min: 4, max: 9 },
  { label: 'สูง', min: 10, max: 16 },
  { label: 'สูงมาก', min: 17, max: 25 },
]

// ───────────── How the readiness dashboard checks elements (see src/frameworks/types.ts)
// ─────────────

const yearFiles: ElementCheck = { type: 'files' }
const announcementMonths: ElementCheck = {
  type: 'monthly',
  collection: 'procurement-announcements',
  declaration: true,
}
const procurementMonths: ElementCheck = {
  type: 'monthly',
  collection: 'procurement-summaries',
  declaration: true,
  files: true,
}
const orgStructure = (field: string): ElementCheck => ({
  type: 'records',
  collection: 'org-structures',
  fields: [field],
})
/** Current executives: published and not past their term's end. */
const executives = (...fields: string[]): ElementCheck => ({
  type: 'records',
  collection: 'executives',
  fields,
  currentUntil: 'termEnd',
})
const unitFields = (...fields: string[]): ElementCheck => ({
  type: 'records',
  collection: 'units',
  fields,
})
/** Parts of the anti-bribery policy, in Thai and English unless said otherwise. */
const antiBribery = (fields: string[], locales: ('th' | 'en')[] = ['th', 'en']): ElementCheck => ({
  type: 'records',
  collection: 'policies',
  where: { field: 'type', value: 'anti-bribery' },
  fields,
  locales,
})
const headNews = (min: number): ElementCheck => ({
  type: 'records',
  collection: 'news',
  where: { field: 'tags', value: 'head-participation' },
  min,
})
const records = (
  collection: string,
  rule: Omit<RecordsCheck, 'type' | 'collection'> = {},
): ElementCheck => ({ type: 'records', collection, ...rule })
/**
 * The lines of work of a police station (DOMAIN §2): each has a head, manuals and risk processes.
 */
export const stationLines = [
  'administration',
  'crime-prevention',
  'traffic',
  'investigation',
  'inquiry',
]
/** The head of the unit and of each line of work. */
export const executiveLines = (lines: string[]): ElementCheck =>
  ({
    ...executives(),
    cover: { field: 'lineOfWork', values: ['whole-unit', ...lines] },
  }) as ElementCheck
const tagged = (tag: string, rule: Omit<RecordsCheck, 'type' | 'collection'> = {}) =>
  records('news', { where: { field: 'tags', value: tag }, ...rule })
const staffManual = (line: string) =>
  records('manuals', {
    where: [
      { field: 'audience', value: 'staff' },
      { field: 'lineOfWork', value: line },
    ],
    fields: ['file'],
  })
export const citizenManuals = (rule: Omit<RecordsCheck, 'type' | 'collection'> = {}) =>
  records('manuals', {
    ...rule,
    where: [{ field: 'audience', value: 'citizen' }, ...[rule.where ?? []].flat()],
  })
const eService = (kind: string) =>
  records('e-services', { where: { field: 'kind', value: kind }, fields: ['url'] })
const monthlyActivities = (...fields: string[]) =>
  records('monthly-reports', { rows: 'activities', fields })
const budgetSources = (...fields: string[]) =>
  records('budget-reports', { rows: 'sources', fields })
/**
 * Announcements of a kind (not declarations); with `every`, those of every other kind, as many as
 * there were procurements (none in a month declared "none").
 */
const announcements = (kind: string, every = false) =>
  records('procurement-announcements', {
    where: [
      { field: 'kind', value: kind, not: every },
      { field: 'noneDeclared', value: 'true', not: true },
    ],
    fields: ['title'],
    ...(every ? { min: 0 } : {}),
  })
/** Every row of every สขร.1 has the column (a month declared "none" has no rows). */
const procurementColumns = (...fields: string[]) =>
  records('procurement-summaries', { rows: 'rows', fields, min: 0 })
/** Counts of the months that had complaints (a month declared "none" has none to count). */
const complaintCounts = (field: string) =>
  records('complaint-statistics', {
    where: { field: 'noneDeclared', value: 'true', not: true },
    fields: [field],
    min: 0,
  })
/** A part of a policy document (O16, O22–O24), found by the element it evidences. */
export const policyPart = (
  type: string,
  topic: string,
  fields: string[] = ['text'],
  signs?: string[],
) =>
  records('policies', {
    where: { field: 'type', value: type },
    rows: 'parts',
    rowWhere: { field: 'topic', value: topic },
    fields,
    ...(signs ? { signs } : {}),
  })
const noGiftSigns = ['no-gift-policy-th', 'no-gift-policy-en']
const manualSigns = ['service-manuals-qr']
const riskRows = (...fields: string[]) => records('risk-assessments', { rows: 'rows', fields })
const riskResults = (...fields: string[]) => records('risk-reports', { rows: 'results', fields })
const evidencePhotos = (slot: string, signs?: string[]) =>
  records('measure-reports', {
    rows: 'evidence',
    rowWhere: { field: 'slot', value: slot },
    fields: ['photos', 'caption', 'date'],
    ...(signs ? { signs } : {}),
  })
const guideline = (category: string) =>
  records('laws', { where: { field: 'category', value: category }, fields: ['title'] })

export const catalogue = {
  // ───────────── 9.1 ข้อมูลพื้นฐาน ─────────────
  structure: {
    title: {
      th: 'โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร',
      en: 'Structure, manpower and executives',
    },
    subIndicator: '9.1',
    guidance:
      'แสดงแผนผังโครงสร้างการแบ่งงานภายในหน่วยงาน อัตรากำลังพร้อมวันที่ของข้อมูล และรายชื่อผู้บริหารปัจจุบัน (หัวหน้าหน่วยงานและหัวหน้าทุกสายงาน) ผู้ตรวจดูว่าผู้บริหารทุกคนมียศ ชื่อ นามสกุล ตำแหน่ง รูปถ่าย และเบอร์โทรศัพท์ที่ติดต่อได้โดยตรงครบถ้วน',
    requiredElements: [
      {
        key: 'org-chart',
        check: orgStructure('orgChart'),
        label:
          'แผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน (Organization chart) แสดงการแบ่งงาน/สายงานภายใน',
      },
      { key: 'manpower', check: orgStructure('manpower'), label: 'อัตรากำลังของหน่วยงาน' },
      {
        key: 'manpower-as-of',
        check: orgStructure('asOf'),
        label: 'วันที่ของข้อมูลอัตรากำลัง (ระบุ ณ วันที่)',
      },
      {
        key: 'executives-current',
        check: executiveLines(stationLines),
        label: 'รายนามผู้บริหารที่เป็นปัจจุบัน ได้แก่ หัวหน้าหน่วยงานและหัวหน้าแต่ละสายงาน',
      },
      {
        key: 'executive-rank-name',
        check: executives('rank', 'firstName', 'lastName'),
        label: 'ยศ ชื่อ นามสกุล ของผู้บริหารแต่ละคน',
      },
      {
        key: 'executive-position',
        check: executives('position'),
        label: 'ตำแหน่งของผู้บริหารแต่ละคน',
      },
      { key: 'executive-photo', check: executives('photo'), label: 'รูปถ่ายของผู้บริหารแต่ละคน' },
      {
        key: 'executive-direct-phone',
        check: executives('directPhone'),
        label: 'เบอร์โทรศัพท์ที่ติดต่อผู้บริหารได้โดยตรง',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['executives', 'org-structures'],
  },

  authority: {
    title: { th: 'อำนาจหน้าที่และพื้นที่รับผิดชอบ', en: 'Authority and area of responsibility' },
    subIndicator: '9.1',
    guidance:
      'แสดงอำนาจหน้าที่/ภารกิจของหน่วยงานและบทบาทของแต่ละงาน พร้อมข้อมูลพื้นที่รับผิดชอบ (เขต/ตำบล และจำนวนประชากร) และต้องระบุเดือน/ปีที่จัดทำข้อมูล',
    requiredElements: [
      {
        key: 'unit-authority',
        check: records('authorities', { fields: ['mission'] }),
        label: 'อำนาจหน้าที่หรือภารกิจของหน่วยงาน',
      },
      {
        key: 'line-responsibilities',
        check: records('authorities', {
          rows: 'lines',
          fields: ['mission'],
          cover: { field: 'lineOfWork', values: stationLines },
        }),
        label: 'บทบาทภารกิจความรับผิดชอบของแต่ละงาน/สายงานภายในหน่วยงาน',
      },
      {
        key: 'area-districts',
        check: records('authorities', { rows: 'area', fields: ['district'] }),
        label: 'พื้นที่รับผิดชอบ: เขต/ตำบล',
      },
      {
        key: 'area-population',
        check: records('authorities', { rows: 'area', fields: ['population'] }),
        label: 'จำนวนประชากรในพื้นที่รับผิดชอบ',
      },
      {
        key: 'data-prepared-month-year',
        check: records('authorities', { fields: ['preparedMonth'] }),
        label: 'เดือน/ปี ที่จัดทำข้อมูล',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['authorities'],
  },

  laws: {
    title: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Related laws' },
    subIndicator: '9.1',
    guidance:
      'แสดงกฎหมายที่หน่วยงานบังคับใช้ จัดเป็นหมวดหมู่ให้ค้นหาง่าย พร้อมแนวทางปฏิบัติตามกฎหมาย ได้แก่ การจับหรือค้น การป้องกันการแทรกแซงดุลยพินิจ การไม่รับคำร้องทุกข์ การสอบปากคำ และสิทธิของผู้เสียหายและผู้ต้องหา',
    requiredElements: [
      {
        key: 'laws-enforced',
        check: records('laws', {
          where: { field: 'kind', value: 'guideline', not: true },
          fields: ['title'],
        }),
        label: 'ข้อมูลกฎหมายที่หน่วยงานบังคับใช้',
      },
      {
        key: 'laws-categorised',
        check: records('laws', {
          where: { field: 'kind', value: 'guideline', not: true },
          fields: ['category'],
        }),
        label: 'จัดกฎหมายเป็นหมวดหมู่ ง่ายต่อการค้นหา',
      },
      {
        key: 'guideline-arrest-search',
        check: guideline('guideline-arrest-search'),
        label: 'แนวทางปฏิบัติในการจับหรือค้น',
      },
      {
        key: 'guideline-discretion-interference',
        check: guideline('guideline-discretion-interference'),
        label: 'มาตรการป้องกันการแทรกแซงการใช้ดุลยพินิจ',
      },
      {
        key: 'guideline-complaint-refusal',
        check: guideline('guideline-complaint-refusal'),
        label: 'แนวปฏิบัติในการใช้ดุลยพินิจไม่รับคำร้องทุกข์ในคดีอาญา',
      },
      {
        key: 'guideline-interrogation',
        check: guideline('guideline-interrogation'),
        label: 'แนวปฏิบัติในการสอบปากคำของพนักงานสอบสวน',
      },
      {
        key: 'rights-of-victims',
        check: guideline('rights-of-victims'),
        label: 'สิทธิของผู้เสียหายหรือเหยื่ออาชญากรรม',
      },
      {
        key: 'rights-of-suspects',
        check: guideline('rights-of-suspects'),
        label: 'สิทธิของผู้ต้องหา',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['laws'],
  },

  committee: {
    title: {
      th: 'ข้อมูลคณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.) ของสถานีตำรวจ',
      en: 'Police Administration Monitoring Committee (กต.ตร.) of the station',
    },
    subIndicator: '9.1',
    guidance:
      'แสดงบทบาทและอำนาจหน้าที่ของ กต.ตร. สถานีตำรวจ รายชื่อกรรมการพร้อมรูปภาพ ตำแหน่ง และอาชีพ และผลการดำเนินงานของ กต.ตร. ในรอบ 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)',
    requiredElements: [
      {
        key: 'committee-role',
        check: { type: 'records', collection: 'committee-reports', fields: ['role'] },
        label: 'บทบาท อำนาจหน้าที่ของ กต.ตร. สถานีตำรวจ',
      },
      {
        key: 'committee-members',
        check: { type: 'records', collection: 'committee-members' },
        label: 'รายชื่อกรรมการ กต.ตร.',
      },
      {
        key: 'member-photo',
        check: { type: 'records', collection: 'committee-members', fields: ['photo'] },
        label: 'รูปภาพของกรรมการแต่ละคน',
      },
      {
        key: 'member-position',
        check: { type: 'records', collection: 'committee-members', fields: ['committeePosition'] },
        label: 'ตำแหน่งของกรรมการแต่ละคน',
      },
      {
        key: 'member-occupation',
        check: { type: 'records', collection: 'committee-members', fields: ['occupation'] },
        label: 'อาชีพของกรรมการแต่ละคน',
      },
      {
        key: 'committee-results',
        check: { type: 'records', collection: 'committee-reports', fields: ['results'] },
        label: 'ผลการดำเนินงานของ กต.ตร. ในรอบ 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['committee-members', 'committee-reports'],
  },

  contact: {
    title: {
      th: 'ข้อมูลการติดต่อและช่องทางการถาม-ตอบ/รับฟังความคิดเห็น',
      en: 'Contact information and Q&A/feedback channel',
    },
    subIndicator: '9.1',
    guidance:
      'ข้อมูลการติดต่อต้องครบทุกองค์ประกอบ ได้แก่ ชื่อหน่วยงาน ที่อยู่ เบอร์โทรศัพท์ อีเมล และแผนที่ตั้ง และต้องปรับปรุงทุกครั้งที่ข้อมูลเปลี่ยน พร้อมมีช่องทางบนเว็บไซต์ให้บุคคลภายนอกสอบถาม แสดงความคิดเห็น แนะนำ หรือติชมได้',
    requiredElements: [
      { key: 'unit-name', check: unitFields('name'), label: 'ชื่อหน่วยงาน' },
      { key: 'address', check: unitFields('contact.address'), label: 'ที่อยู่' },
      { key: 'phone', check: unitFields('contact.phones'), label: 'หมายเลขโทรศัพท์' },
      {
        key: 'email',
        check: unitFields('contact.email'),
        label: 'ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ (E-mail)',
      },
      { key: 'map', check: unitFields('contact.map.url'), label: 'แผนที่ตั้งหน่วยงาน' },
      {
        key: 'feedback-channel',
        check: { type: 'website', form: 'feedback' },
        label:
          'ช่องทางบนเว็บไซต์ให้บุคคลภายนอกถาม-ตอบ แสดงความคิดเห็น แนะนำ หรือติชมการดำเนินงาน/การให้บริการ',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['units', 'feedback'],
  },

  publicRelations: {
    title: { th: 'การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน', en: 'Publicity of performance results' },
    subIndicator: '9.1',
    guidance:
      'เผยแพร่ข่าวผลการดำเนินงานของปีงบประมาณตั้งแต่เดือนตุลาคมเป็นต้นไปบนเว็บไซต์หลัก โดยมีสื่อสังคมออนไลน์ (Facebook, Line ฯลฯ) ที่เชื่อมโยงกลับมายังเว็บไซต์หลัก รวมทั้งข่าวเกี่ยวกับการประเมิน ITA ของหน่วยงานและลิงก์หรือ QR Code สำหรับตอบแบบวัด EIT',
    requiredElements: [
      {
        key: 'performance-news',
        check: tagged('performance'),
        label: 'ข่าวประชาสัมพันธ์ผลการดำเนินงานของปีงบประมาณ เริ่มตั้งแต่เดือนตุลาคม',
      },
      {
        key: 'main-website',
        check: tagged('performance', { fields: ['body'] }),
        label: 'เผยแพร่ผ่านเว็บไซต์หลักของหน่วยงาน',
      },
      {
        key: 'social-media-linked',
        check: records('news', { rows: 'socialLinks', fields: ['url'] }),
        label: 'สื่อสังคมออนไลน์ (เช่น Facebook, Line) ที่เชื่อมโยงไปยังเว็บไซต์หลักได้',
      },
      {
        key: 'ita-news',
        check: tagged('ita'),
        label: 'ข่าวประชาสัมพันธ์ข้อมูลการประเมิน ITA ของหน่วยงานประจำปีงบประมาณ',
      },
      {
        key: 'eit-link',
        check: {
          ...(unitFields('contact.eitSurveyUrl') as RecordsCheck),
          signs: ['eit-survey-qr'],
        },
        label: 'ข่าวประชาสัมพันธ์การตอบแบบวัด EIT ผ่านลิงก์หรือ QR Code อย่างชัดเจน',
      },
    ],
    formats: [],
    cadence: 'per-event',
    window: firstSixMonths,
    feeds: ['news'],
  },

  // ───────────── 9.2 การบริหารงาน ─────────────
  monthlyReport: {
    title: { th: 'รายงานการปฏิบัติราชการประจำเดือน', en: 'Monthly performance report' },
    subIndicator: '9.2',
    guidance:
      'เผยแพร่รายงานแยกรายเดือนทุกเดือนตั้งแต่ ต.ค. ถึง มี.ค. โดยแต่ละเดือนมีการปฏิบัติงาน โครงการ/กิจกรรม รายละเอียด ระยะเวลา ผู้รับผิดชอบ และภาพกิจกรรม',
    requiredElements: [
      {
        key: 'every-month',
        check: { type: 'monthly', collection: 'monthly-reports', files: true },
        label:
          'รายงานแยกรายเดือน ครบทุกเดือนในรอบ 6 เดือนแรก (ต.ค.–มี.ค.) และเผยแพร่เป็นประจำทุกเดือน',
      },
      {
        key: 'work-performed',
        check: records('monthly-reports', { fields: ['summary'] }),
        label: 'การปฏิบัติงานของหน่วยงาน',
      },
      { key: 'projects-activities', check: monthlyActivities('title'), label: 'โครงการ/กิจกรรม' },
      {
        key: 'activity-details',
        check: monthlyActivities('details'),
        label: 'รายละเอียดของโครงการ/กิจกรรม',
      },
      {
        key: 'duration',
        check: monthlyActivities('startDate', 'endDate'),
        label: 'ระยะเวลาดำเนินการ',
      },
      {
        key: 'responsible-section',
        check: monthlyActivities('section'),
        label: 'หน่วยงาน/งานที่รับผิดชอบ',
      },
      { key: 'activity-photos', check: monthlyActivities('photos'), label: 'ภาพกิจกรรม' },
    ],
    formats: [{ anyOf: ['pdf'] }, { anyOf: ['docx'] }],
    companions: ['pdf', 'docx'],
    cadence: 'monthly',
    window: firstSixMonths,
    feeds: ['monthly-reports'],
  },

  staffManuals: {
    title: { th: 'คู่มือการปฏิบัติงานสำหรับเจ้าหน้าที่', en: 'Operating manuals for staff' },
    subIndicator: '9.2',
    guidance:
      'แสดงคู่มือหรือมาตรฐานการปฏิบัติงานตามภารกิจของแต่ละงานพร้อมรายละเอียด ให้ครบทั้ง 5 สายงาน ได้แก่ งานอำนวยการ งานป้องกันปราบปราม งานจราจร งานสืบสวน และงานสอบสวน',
    requiredElements: [
      {
        key: 'manual-administration',
        check: staffManual('administration'),
        label: 'คู่มือ/มาตรฐานการปฏิบัติงาน งานอำนวยการ (อำนวยความสะดวก)',
      },
      {
        key: 'manual-crime-prevention',
        check: staffManual('crime-prevention'),
        label: 'คู่มือ/มาตรฐานการปฏิบัติงาน งานป้องกันปราบปราม',
      },
      {
        key: 'manual-traffic',
        check: staffManual('traffic'),
        label: 'คู่มือ/มาตรฐานการปฏิบัติงาน งานจราจร',
      },
      {
        key: 'manual-investigation',
        check: staffManual('investigation'),
        label: 'คู่มือ/มาตรฐานการปฏิบัติงาน งานสืบสวน',
      },
      {
        key: 'manual-inquiry',
        check: staffManual('inquiry'),
        label: 'คู่มือ/มาตรฐานการปฏิบัติงาน งานสอบสวน',
      },
      {
        key: 'manual-details',
        check: records('manuals', {
          where: { field: 'audience', value: 'staff' },
          fields: ['description'],
        }),
        label: 'คู่มือมีรายละเอียดขั้นตอนการปฏิบัติงาน',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['manuals'],
    feedFilters: [{ collection: 'manuals', field: 'audience', value: 'staff' }],
  },

  citizenManuals: {
    title: { th: 'คู่มือการให้บริการประชาชน', en: 'Service manuals for citizens' },
    subIndicator: '9.2',
    guidance:
      'แสดงคู่มือฉบับประชาชนสำหรับการขอรับบริการ โดยแยกตามหมวดหมู่งานบริการของแต่ละสายงาน (อำนวยการ ป้องกันปราบปราม จราจร สืบสวน สอบสวน)',
    requiredElements: [
      {
        key: 'citizen-manuals',
        check: citizenManuals({ fields: ['file'] }),
        label: 'คู่มือฉบับประชาชนในการขอรับบริการกับหน่วยงาน',
      },
      {
        key: 'grouped-by-service',
        check: citizenManuals({ cover: { field: 'lineOfWork', values: stationLines } }),
        label:
          'แยกตามหมวดหมู่ของงานบริการแต่ละสายงาน (อำนวยการ ป้องกันปราบปราม จราจร สืบสวน สอบสวน)',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['manuals'],
    feedFilters: [{ collection: 'manuals', field: 'audience', value: 'citizen' }],
  },

  eService: {
    title: { th: 'E-Service', en: 'E-Service' },
    subIndicator: '9.2',
    guidance:
      'ทำลิงก์จากเว็บไซต์หลักไปยังบริการออนไลน์ของหน่วยงาน ได้แก่ ระบบแจ้งความออนไลน์ ระบบเสียค่าปรับออนไลน์ และระบบติดตามความคืบหน้าคดีสำหรับประชาชน (Case tracking)',
    requiredElements: [
      {
        key: 'online-crime-report',
        check: eService('online-crime-report'),
        label: 'ระบบแจ้งความออนไลน์',
      },
      {
        key: 'online-fine-payment',
        check: eService('online-fine-payment'),
        label: 'ระบบเสียค่าปรับออนไลน์',
      },
      {
        key: 'case-tracking',
        check: eService('case-tracking'),
        label: 'ระบบติดตามความคืบหน้าของคดีสำหรับประชาชน (Case tracking)',
      },
      {
        key: 'linked-from-main-site',
        check: records('e-services', { fields: ['url'], min: 3 }),
        label: 'เข้าถึงหรือเชื่อมโยงไปยังทุกระบบได้จากเว็บไซต์หลักของหน่วยงาน',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['e-services'],
  },

  statistics: {
    title: { th: 'ข้อมูลผลการดำเนินการในเชิงสถิติ', en: 'Statistical performance data' },
    subIndicator: '9.2',
    guidance:
      'เผยแพร่สถิติแยกรายเดือนทุกเดือนในรอบ 6 เดือนแรก (ต.ค.–มี.ค.) ทั้งสถิติคดีอาญา 4 กลุ่มตามระบบ CRIMES และสถิติการตั้งจุดตรวจ จุดสกัด',
    requiredElements: [
      {
        key: 'crime-statistics',
        check: { type: 'monthly', collection: 'crime-statistics' },
        label: 'สถิติคดีอาญา 4 กลุ่มตามระบบ CRIMES แยกรายเดือน',
      },
      {
        key: 'checkpoint-statistics',
        check: { type: 'monthly', collection: 'checkpoint-statistics' },
        label: 'สถิติการตั้งจุดตรวจ จุดสกัด แยกรายเดือน',
      },
      {
        key: 'every-month',
        check: { type: 'monthly', collection: 'crime-statistics', files: true },
        label: 'ครบทุกเดือนในรอบ 6 เดือนแรก (ต.ค.–มี.ค.) และเผยแพร่เป็นประจำทุกเดือน',
      },
    ],
    formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx', 'docx'] }],
    companions: ['pdf', 'xlsx', 'docx'],
    cadence: 'monthly',
    window: firstSixMonths,
    feeds: ['crime-statistics', 'checkpoint-statistics'],
    crimeGroups,
  },

  // ───────────── 9.3 การบริหารเงินงบประมาณ ─────────────
  budget: {
    title: {
      th: 'แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี',
      en: 'Annual budget spending plan and spending report',
    },
    subIndicator: '9.3',
    guidance:
      'แสดงแผนการใช้จ่ายงบประมาณประจำปีจำแนกตามแหล่งที่ได้รับจัดสรร และรายงานผลการใช้จ่ายรอบ 6 เดือนแรก (2 ไตรมาส) ที่เทียบผลกับแผน ระบุปัญหาอุปสรรค และรายงานต่อหัวหน้าหน่วยงาน',
    requiredElements: [
      { key: 'spending-plan', check: yearFiles, label: 'แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ' },
      {
        key: 'plan-by-source',
        check: budgetSources('source', 'allocated'),
        label: 'แผนจำแนกตามแหล่งที่ได้รับการจัดสรร/สนับสนุน',
      },
      {
        key: 'spending-report',
        check: budgetSources('spentQ1', 'spentQ2'),
        label: 'รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือนแรก หรือ 2 ไตรมาส (ต.ค.–มี.ค.)',
      },
      {
        key: 'result-vs-plan',
        check: budgetSources('planQ1', 'planQ2'),
        label: 'ผลการใช้จ่ายเทียบกับเป้าหมายตามแผนการใช้จ่ายงบประมาณ',
      },
      {
        key: 'problems-obstacles',
        check: records('budget-reports', { fields: ['problems'] }),
        label: 'ปัญหา อุปสรรค',
      },
      {
        key: 'reported-to-head',
        check: records('budget-reports', { fields: ['reportedToHeadOn', 'reportedTo'] }),
        label: 'มีการรายงานต่อหัวหน้าหน่วยงาน',
      },
    ],
    formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx'] }],
    companions: ['pdf', 'xlsx'],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['budget-reports'],
  },

  investigationFund: {
    title: {
      th: 'ข้อมูลเงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญา',
      en: 'Criminal investigation and inquiry fund',
    },
    subIndicator: '9.3',
    guidance:
      'แสดงเงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญาที่หน่วยงานได้รับจัดสรรและการใช้จ่ายในรอบ 6 เดือนแรก (2 ไตรมาส) ตามตารางตัวอย่างของ ป.ป.ช. (ปรับได้ตามความเหมาะสม)',
    requiredElements: [
      { key: 'fund-allocated', check: yearFiles, label: 'เงินกองทุนฯ ที่หน่วยงานได้รับการจัดสรร' },
      {
        key: 'fund-spending',
        check: records('investigation-fund-reports', { rows: 'spending', fields: ['amount'] }),
        label: 'การใช้จ่ายเงินกองทุนฯ',
      },
      {
        key: 'first-six-months',
        check: records('investigation-fund-reports', {
          rows: 'spending',
          cover: {
            field: 'period',
            values: ['q1', 'q2'],
            orValues: ['m10', 'm11', 'm12', 'm1', 'm2', 'm3'],
          },
        }),
        label: 'ข้อมูลรอบ 6 เดือนแรก หรือ 2 ไตรมาส ของปีงบประมาณ (ต.ค.–มี.ค.)',
      },
    ],
    formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx'] }, { anyOf: ['docx'] }],
    companions: ['pdf', 'xlsx', 'docx'],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['investigation-fund-reports'],
  },

  procurementAnnouncements: {
    title: { th: 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', en: 'Procurement announcements' },
    subIndicator: '9.3',
    guidance:
      'เผยแพร่ประกาศทุกฉบับตาม พ.ร.บ.การจัดซื้อจัดจ้างฯ พ.ศ. 2560 (ประกาศแผน ประกาศเชิญชวน ประกาศผล ฯลฯ) ทุกครั้งที่มีการจัดซื้อจัดจ้างตลอด 6 เดือนแรก เดือนใดไม่มีให้ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"',
    requiredElements: [
      {
        key: 'procurement-plan',
        check: announcements('plan'),
        label: 'ประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ',
      },
      {
        key: 'announcements',
        check: announcements('plan', true),
        label:
          'ประกาศตาม พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 เช่น ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง เผยแพร่ทุกครั้งที่มีการจัดซื้อจัดจ้าง',
      },
      {
        key: 'every-month',
        check: announcementMonths,
        label: 'ครบทุกรายการในรอบ 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)',
      },
      {
        key: 'none-declared',
        check: announcementMonths,
        label: 'เดือนที่ไม่มีการจัดซื้อจัดจ้าง ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"',
      },
    ],
    formats: [],
    cadence: 'per-event',
    window: firstSixMonths,
    feeds: ['procurement-announcements'],
  },

  procurementSummary: {
    title: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', en: 'Monthly procurement summary (สขร.1)' },
    subIndicator: '9.3',
    guidance:
      'เผยแพร่แบบสรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนละ 1 ตาราง ทุกเดือน ต.ค.–มี.ค. ให้มีคอลัมน์ครบตามแบบ สขร.1 เดือนใดไม่มีให้ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"',
    requiredElements: [
      {
        key: 'every-month',
        check: procurementMonths,
        label: 'แบบ สขร.1 แยกรายเดือน ตารางละ 1 เดือน ครบ ต.ค.–มี.ค. และเผยแพร่ทุกเดือน',
      },
      { key: 'col-item', check: procurementColumns('item'), label: 'งานที่ซื้อหรือจ้าง' },
      { key: 'col-budget', check: procurementColumns('budget'), label: 'วงเงินที่ซื้อหรือจ้าง' },
      {
        key: 'col-reference-price',
        check: procurementColumns('referencePrice'),
        label: 'ราคากลาง',
      },
      { key: 'col-method', check: procurementColumns('method'), label: 'วิธีซื้อหรือจ้าง' },
      {
        key: 'col-bidders',
        check: procurementColumns('bidders'),
        label: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
      },
      {
        key: 'col-winner',
        check: procurementColumns('winner.name', 'winner.price'),
        label: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
      },
      { key: 'col-reason', check: procurementColumns('reason'), label: 'เหตุผลที่คัดเลือกโดยสรุป' },
      {
        key: 'col-contract',
        check: procurementColumns('contract.number', 'contract.date'),
        label: 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
      },
      {
        key: 'none-declared',
        check: procurementMonths,
        label: 'เดือนที่ไม่มีการจัดซื้อจัดจ้าง ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"',
      },
    ],
    formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx', 'docx'] }],
    companions: ['pdf', 'xlsx', 'docx'],
    cadence: 'monthly',
    window: firstSixMonths,
    feeds: ['procurement-summaries'],
  },

  // ───────────── 9.4 การบริหารและพัฒนาทรัพยากรบุคคล ─────────────
  hrCriteria: {
    title: {
      th: 'หลักเกณฑ์การบริหารและพัฒนากำลังพล',
      en: 'Personnel management and development criteria',
    },
    subIndicator: '9.4',
    guidance:
      'ประกาศหลักเกณฑ์การบริหารและพัฒนากำลังพลตามกฎ ระเบียบที่เกี่ยวข้อง ได้แก่ การโยกย้าย การพัฒนากำลังพล และการประเมินผลการปฏิบัติงาน ใช้ข้อมูลกลางของสำนักงานตำรวจแห่งชาติได้',
    requiredElements: [
      {
        key: 'criteria-transfer',
        check: policyPart('hr-criteria', 'criteria-transfer'),
        label: 'หลักเกณฑ์การโยกย้ายกำลังพล',
      },
      {
        key: 'criteria-development',
        check: policyPart('hr-criteria', 'criteria-development'),
        label: 'หลักเกณฑ์การพัฒนากำลังพล',
      },
      {
        key: 'criteria-evaluation',
        check: policyPart('hr-criteria', 'criteria-evaluation'),
        label: 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['policies', 'disclosures'],
    feedFilters: [{ collection: 'policies', field: 'type', value: 'hr-criteria' }],
  },

  // ───────────── 9.5 การส่งเสริมความโปร่งใส ─────────────
  complaints: {
    title: {
      th: 'ช่องทางการแจ้งเรื่องร้องเรียนการทุจริต และข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต',
      en: 'Corruption complaint channel and complaint statistics',
    },
    subIndicator: '9.5',
    guidance:
      'แสดงช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ และสถิติเรื่องร้องเรียนอย่างน้อย 6 เดือนแรก (จำนวนเรื่อง แล้วเสร็จ อยู่ระหว่างดำเนินการ) หากไม่มีเรื่องร้องเรียนให้ระบุว่า "ไม่มีเรื่องร้องเรียน"',
    requiredElements: [
      {
        key: 'complaint-channel',
        check: { type: 'website', form: 'complaint' },
        label: 'ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ของหน่วยงาน',
      },
      {
        key: 'stats-received',
        check: complaintCounts('received'),
        label: 'สถิติจำนวนเรื่องร้องเรียนที่ได้รับ',
      },
      {
        key: 'stats-completed',
        check: complaintCounts('completed'),
        label: 'จำนวนเรื่องที่ดำเนินการแล้วเสร็จ',
      },
      {
        key: 'stats-in-progress',
        check: complaintCounts('inProgress'),
        label: 'จำนวนเรื่องที่อยู่ระหว่างดำเนินการ',
      },
      {
        key: 'first-six-months',
        check: {
          type: 'monthly',
          collection: 'complaint-statistics',
          declaration: true,
          files: true,
        },
        label: 'ข้อมูลอย่างน้อย 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)',
      },
      {
        key: 'none-declared',
        check: { type: 'monthly', collection: 'complaint-statistics', declaration: true },
        label: 'กรณีไม่มีเรื่องร้องเรียน ระบุว่า "ไม่มีเรื่องร้องเรียน"',
      },
    ],
    formats: [],
    companions: ['pdf', 'xlsx'],
    cadence: 'monthly',
    window: firstSixMonths,
    feeds: ['complaint-statistics', 'corruption-complaints'],
  },

  // ───────────── 10.1 การดำเนินการเพื่อป้องกันการทุจริต ─────────────
  antiBribery: {
    title: {
      th: 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)',
      en: 'Anti-Bribery Policy announcement',
    },
    subIndicator: '10.1',
    guidance:
      'ประกาศนโยบายต่อต้านการรับสินบนลงนามโดยหัวหน้าหน่วยงานคนปัจจุบัน ทั้งฉบับภาษาไทยและภาษาอังกฤษ มีหัวข้อครบ (วัตถุประสงค์ ขอบเขต นิยามสินบนรวมของขวัญ มาตรการเมื่อฝ่าฝืน การติดตาม ช่องทางร้องเรียน การคุ้มครองผู้แจ้ง) และวันที่ประกาศ พร้อมอินโฟกราฟิก No Gift Policy',
    requiredElements: [
      {
        key: 'policy-thai',
        check: antiBribery(['title', 'body'], ['th']),
        label: 'ประกาศนโยบายฉบับภาษาไทย',
      },
      {
        key: 'policy-english',
        check: antiBribery(['title', 'body'], ['en']),
        label: 'ฉบับแปลภาษาอังกฤษเผยแพร่ควบคู่กับฉบับภาษาไทย',
      },
      {
        key: 'signed-by-current-head',
        check: {
          ...(antiBribery(['signerName', 'signerPosition'], ['th']) as RecordsCheck),
          headSigns: 'signerName',
        },
        label: 'ประกาศโดยผู้บริหารสูงสุดของหน่วยงาน (หัวหน้าหน่วยงาน) คนปัจจุบัน',
      },
      { key: 'objective', check: antiBribery(['sections.objective']), label: 'วัตถุประสงค์' },
      {
        key: 'scope',
        check: antiBribery(['sections.scope']),
        label: 'ขอบเขตการใช้บังคับ (ใช้บังคับกับใครบ้าง)',
      },
      {
        key: 'bribe-definition',
        check: antiBribery(['sections.definitions']),
        label:
          'นิยามคำว่า "สินบน" รวมถึงของขวัญ ของกำนัล (Gift) ค่าอำนวยความสะดวก เครื่องแสดงไมตรีจิต การรับบริจาค การรับเลี้ยง และประโยชน์ในลักษณะเดียวกัน',
      },
      {
        key: 'violation-measures',
        check: antiBribery(['sections.violationMeasures']),
        label: 'มาตรการจัดการเมื่อมีการฝ่าฝืนนโยบาย',
      },
      {
        key: 'monitoring-measures',
        check: antiBribery(['sections.monitoring']),
        label: 'มาตรการติดตามตรวจสอบ',
      },
      {
        key: 'complaint-channel',
        check: antiBribery(['sections.complaintChannel']),
        label: 'ช่องทางร้องเรียน แจ้งเบาะแส',
      },
      {
        key: 'whistleblower-protection',
        check: antiBribery(['sections.whistleblowerProtection']),
        label: 'มาตรการคุ้มครองผู้ร้องเรียน/แจ้งเบาะแส และการรักษาความลับ',
      },
      {
        key: 'date-announced',
        check: antiBribery(['announcedOn'], ['th']),
        label: 'วัน เดือน ปี ที่ประกาศ',
      },
      {
        key: 'no-gift-infographic',
        check: antiBribery(['infographic'], ['th']),
        label:
          'อินโฟกราฟิกนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['policies'],
    feedFilters: [{ collection: 'policies', field: 'type', value: 'anti-bribery' }],
  },

  headParticipation: {
    title: { th: 'การมีส่วนร่วมของหัวหน้าสถานีตำรวจ', en: 'Participation of the station head' },
    subIndicator: '10.1',
    guidance:
      'เผยแพร่ข่าวกิจกรรมที่หัวหน้าหน่วยงานเป็นผู้นำในการเสริมสร้างคุณธรรมและความโปร่งใส และต่อต้านการทุจริต/สินบนภายในหน่วยงาน ในปีงบประมาณที่ประเมิน อย่างน้อย 3 ข่าว',
    requiredElements: [
      {
        key: 'head-activities',
        check: { ...headNews(1), fields: ['body', 'cover'] } as ElementCheck,
        label:
          'กิจกรรมของหัวหน้าหน่วยงานในการเสริมสร้างคุณธรรมและความโปร่งใส และการต่อต้านการทุจริต/สินบนในหน่วยงาน',
      },
      {
        key: 'current-fiscal-year',
        check: headNews(1),
        label: 'เป็นการดำเนินการในปีงบประมาณที่ประเมิน',
      },
      {
        key: 'min-three-news',
        check: headNews(3),
        label: 'ข่าวกิจกรรมของหัวหน้าหน่วยงานอย่างน้อย 3 ข่าว',
      },
    ],
    formats: [],
    cadence: 'per-event',
    window: firstSixMonths,
    feeds: ['news'],
    feedFilters: [{ collection: 'news', field: 'tags', value: 'head-participation' }],
  },

  riskAssessment: {
    title: { th: 'การประเมินความเสี่ยงต่อการรับสินบน', en: 'Bribery risk assessment' },
    subIndicator: '10.1',
    guidance:
      'แสดงผลการประเมินความเสี่ยงต่อการรับสินบนและแผนบริหารจัดการความเสี่ยงของปีงบประมาณ ครอบคลุมกระบวนงานที่ใช้อำนาจและตำแหน่งหน้าที่ทุกสายงาน โดยแต่ละกระบวนงานมีเกณฑ์การประเมิน ประเด็นความเสี่ยง ระดับความเสี่ยง และแผนจัดการ',
    requiredElements: [
      {
        key: 'assessment-and-plan',
        check: yearFiles,
        label: 'การประเมินความเสี่ยงต่อการรับสินบนและแผนบริหารจัดการความเสี่ยง ประจำปีงบประมาณ',
      },
      {
        key: 'processes-covered',
        check: records('risk-assessments', {
          rows: 'rows',
          cover: { field: 'lineOfWork', values: stationLines },
        }),
        label: 'ครอบคลุมกระบวนงานในการใช้อำนาจและตำแหน่งหน้าที่ทุกสายงาน',
      },
      {
        key: 'process-name',
        check: riskRows('process'),
        label: 'ชื่อกระบวนการ/งาน/โครงการ ของแต่ละสายงาน',
      },
      {
        key: 'assessment-criteria',
        check: records('risk-assessments', { fields: ['criteria'] }),
        label: 'เกณฑ์ในการประเมินความเสี่ยงต่อการรับสินบน',
      },
      {
        key: 'risk-issue',
        check: riskRows('riskIssue'),
        label: 'ประเด็นความเสี่ยงต่อการรับสินบน (เหตุการณ์หรือรูปแบบพฤติกรรมการรับสินบน)',
      },
      {
        key: 'risk-level',
        check: riskRows('likelihood', 'impact'),
        label: 'ระดับของความเสี่ยงต่อการรับสินบน',
      },
      {
        key: 'management-plan',
        check: riskRows('mitigation'),
        label: 'แผนบริหารจัดการความเสี่ยงต่อการรับสินบน',
      },
    ],
    formats: [],
    companions: ['pdf', 'xlsx'],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['risk-assessments'],
    riskBands,
  },

  riskReport: {
    title: {
      th: 'การรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน',
      en: 'Report on bribery risk management actions',
    },
    subIndicator: '10.1',
    guidance:
      'รายงานผลการดำเนินการตามมาตรการในแผนบริหารจัดการความเสี่ยงต่อการรับสินบน แยกตามสายงาน พร้อมภาพกิจกรรมที่แสดงว่าได้ทำจริง',
    requiredElements: [
      {
        key: 'consistent-with-plan',
        check: riskResults('measure'),
        label: 'กิจกรรม/การดำเนินการสอดคล้องกับมาตรการในแผนบริหารจัดการความเสี่ยงต่อการรับสินบน',
      },
      {
        key: 'results-by-process',
        check: records('risk-reports', {
          rows: 'results',
          fields: ['result'],
          cover: { field: 'lineOfWork', values: stationLines },
        }),
        label: 'ผลการดำเนินการตามมาตรการจัดการความเสี่ยงต่อการรับสินบน แยกตามสายงาน',
      },
      {
        key: 'activity-photos',
        check: riskResults('photos'),
        label: 'ภาพกิจกรรมการดำเนินการตามมาตรการจัดการความเสี่ยงต่อการรับสินบน',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['risk-reports'],
  },

  ethics: {
    title: {
      th: 'คู่มือหรือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม',
      en: 'Code of ethics manual or guidelines',
    },
    subIndicator: '10.1',
    guidance:
      "แสดงคู่มือหรือแนวทางปฏิบัติตามมาตรฐานทางจริยธรรมของหน่วยงาน ซึ่งต้องไม่ต่ำกว่าประมวลจริยธรรมของสำนักงานตำรวจแห่งชาติ พ.ศ. 2564 พร้อมแนวปฏิบัติที่เข้าใจง่ายแบบ Do & Don't ตามบทบาทภารกิจ",
    requiredElements: [
      {
        key: 'ethics-manual',
        check: policyPart('ethics', 'ethics-manual'),
        label: 'คู่มือหรือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรมของหน่วยงาน',
      },
      {
        key: 'not-below-rtp-code',
        check: policyPart('ethics', 'not-below-rtp-code'),
        label:
          'ไม่ต่ำกว่ามาตรฐานตามประมวลจริยธรรมของสำนักงานตำรวจแห่งชาติ พ.ศ. 2564 (ราชกิจจานุเบกษา 1 กันยายน 2564)',
      },
      {
        key: 'do-and-dont',
        check: policyPart('ethics', 'do-and-dont'),
        label:
          "แนวปฏิบัติที่เข้าใจง่าย: พฤติกรรมที่พึงประสงค์ (Do & Don't) ตามบทบาทภารกิจของหน่วยงาน",
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['policies', 'disclosures'],
    feedFilters: [{ collection: 'policies', field: 'type', value: 'ethics' }],
  },

  assets: {
    title: {
      th: 'การจัดการทรัพย์สินของราชการ ของบริจาค การจัดเก็บของกลาง และแนวทางการนำไปปฏิบัติ',
      en: 'Management of government assets, donations and seized evidence',
    },
    subIndicator: '10.1',
    guidance:
      'แสดงระบบดูแลทรัพย์สินของราชการ อาวุธยุทโธปกรณ์ และของบริจาค (จำแนกประเภท การควบคุม การตรวจนับ การยืม/เบิก การสร้างความเข้าใจแก่เจ้าหน้าที่) และระบบจัดเก็บของกลางที่ป้องกันการสับเปลี่ยน พร้อมรายงานผลการปฏิบัติอย่างน้อย 6 เดือนแรก',
    requiredElements: [
      {
        key: 'asset-classification',
        check: policyPart('assets', 'asset-classification'),
        label: 'จำแนกประเภททรัพย์สินของราชการ อาวุธยุทโธปกรณ์ และของบริจาค',
      },
      {
        key: 'asset-control',
        check: policyPart('assets', 'asset-control'),
        label:
          'แนวทางควบคุม กำกับ ดูแลรักษา ตรวจสอบสภาพการใช้งานทรัพย์สินของราชการและของบริจาค โดยเฉพาะประเภทที่เสี่ยงต่อการนำไปใช้โดยมิชอบ',
      },
      {
        key: 'weapons-inspection',
        check: policyPart('assets', 'weapons-inspection'),
        label: 'การตรวจสอบและตรวจนับอาวุธยุทโธปกรณ์ให้พร้อมใช้งานในภารกิจประจำวัน',
      },
      {
        key: 'borrowing-rules',
        check: policyPart('assets', 'borrowing-rules'),
        label: 'แนวทางการยืมหรือเบิกจ่ายทรัพย์สินของราชการหรือของบริจาคไปใช้ปฏิบัติงานที่ชัดเจน',
      },
      {
        key: 'staff-awareness',
        check: policyPart('assets', 'staff-awareness'),
        label:
          'แนวทางเผยแพร่/เสริมสร้างความรู้ความเข้าใจให้เจ้าหน้าที่ใช้ทรัพย์สินของราชการและของบริจาคได้ถูกต้อง',
      },
      {
        key: 'evidence-storage',
        check: policyPart('assets', 'evidence-storage'),
        label:
          'ระบบจัดเก็บรักษาของกลางที่ยึด/อายัด ป้องกันการสับเปลี่ยน การไม่นำเข้าระบบ หรือนำเข้าระบบบางส่วน มีระบบควบคุมเหมาะสมตามประเภทของกลาง',
      },
      {
        key: 'practice-report',
        check: policyPart('assets', 'practice-report'),
        label:
          'รายงานผลการปฏิบัติเรื่องทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง อย่างน้อย 6 เดือนแรก (ต.ค.–มี.ค.)',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['policies', 'disclosures'],
    feedFilters: [{ collection: 'policies', field: 'type', value: 'assets' }],
  },

  // ───────────── 10.2 มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ─────────────
  measures: {
    title: {
      th: 'มาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      en: 'Measures to raise integrity and transparency within the unit',
    },
    subIndicator: '10.2',
    guidance:
      'แสดงคำสั่งแต่งตั้งคณะทำงานขับเคลื่อน ITA การชี้แจงของหัวหน้าหน่วยงานแก่เจ้าหน้าที่ และมาตรการ 2 ด้าน คือ (1) การพัฒนา One Stop Service (จุดประชาสัมพันธ์ ป้ายต่าง ๆ สิ่งอำนวยความสะดวก) และ (2) การยกระดับการเผยแพร่ข้อมูล OIT บนเว็บไซต์',
    requiredElements: [
      {
        key: 'ita-working-group-order',
        check: policyPart('measures', 'ita-working-group-order', ['attachment']),
        label: 'คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนและกำกับติดตามการประเมิน ITA ของหน่วยงาน',
      },
      {
        key: 'head-briefing',
        check: policyPart('measures', 'head-briefing'),
        label: 'หัวหน้าหน่วยงานชี้แจงและให้ข้อมูลเกี่ยวกับการประเมินแก่เจ้าหน้าที่ตำรวจในหน่วยงาน',
      },
      {
        key: 'oss-pr-point',
        check: policyPart('measures', 'oss-pr-point'),
        label: 'มาตรการ One Stop Service: จุดประชาสัมพันธ์/สอบถามความคืบหน้าการดำเนินคดี',
      },
      {
        key: 'oss-service-signs',
        check: policyPart('measures', 'oss-service-signs'),
        label: 'มาตรการ One Stop Service: ป้ายประชาสัมพันธ์จุดบริการ',
      },
      {
        key: 'oss-pledge-sign',
        check: policyPart('measures', 'oss-pledge-sign'),
        label: 'มาตรการ One Stop Service: ป้ายพันธะสัญญา (สมบูรณ์ไม่ชำรุด ข้อมูลทันสมัย)',
      },
      {
        key: 'oss-no-gift-sign',
        check: policyPart('measures', 'oss-no-gift-sign', ['text'], noGiftSigns),
        label: 'มาตรการ One Stop Service: ป้าย No Gift Policy',
      },
      {
        key: 'oss-manual-download-sign',
        check: policyPart('measures', 'oss-manual-download-sign', ['text'], manualSigns),
        label: 'มาตรการ One Stop Service: ป้ายประชาสัมพันธ์ Download คู่มือการให้บริการ',
      },
      {
        key: 'oss-facilities',
        check: policyPart('measures', 'oss-facilities'),
        label: 'มาตรการ One Stop Service: การจัดสิ่งอำนวยความสะดวกในการให้บริการประชาชน',
      },
      {
        key: 'oit-website',
        check: policyPart('measures', 'oit-website'),
        label: 'มาตรการ OIT: การจัดทำเว็บไซต์/ปรับปรุงข้อมูลให้เป็นปัจจุบัน',
      },
      {
        key: 'oit-data-preparation',
        check: policyPart('measures', 'oit-data-preparation'),
        label: 'มาตรการ OIT: การจัดทำข้อมูลสาธารณะตามเกณฑ์การประเมินและข้อมูลที่เกี่ยวข้อง',
      },
      {
        key: 'oit-monitoring',
        check: policyPart('measures', 'oit-monitoring'),
        label: 'มาตรการ OIT: การกำกับติดตามการเผยแพร่ข้อมูลสาธารณะอย่างต่อเนื่อง',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['policies', 'disclosures'],
    feedFilters: [{ collection: 'policies', field: 'type', value: 'measures' }],
  },

  measuresReport: {
    title: {
      th: 'การรายงานผลการดำเนินการตามมาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      en: 'Report on the integrity and transparency measures',
    },
    subIndicator: '10.2',
    guidance:
      'รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส/One Stop Service พร้อมภาพถ่ายจริงของจุดประชาสัมพันธ์ ป้ายจุดบริการ ป้ายพันธะสัญญา ป้าย No Gift Policy ป้าย Download คู่มือ และสิ่งอำนวยความสะดวก รวมทั้งภาพการมอบหมายผู้รับผิดชอบ OIT และภาพการประชุมติดตามโดยหัวหน้าหน่วยงาน',
    requiredElements: [
      {
        key: 'measures-results',
        check: records('measure-reports', { fields: ['results'] }),
        label:
          'ผลการดำเนินการตามมาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน/One Stop Service',
      },
      {
        key: 'photo-pr-point',
        check: evidencePhotos('pr-point'),
        label:
          'ภาพจุดประชาสัมพันธ์/สอบถามความคืบหน้าการดำเนินคดี บริเวณทางเข้า มีเจ้าหน้าที่ประจำ ตารางเวรพร้อมเบอร์โทรศัพท์ และรายชื่อ/ภาพพนักงานสอบสวนพร้อมเบอร์โทรศัพท์',
      },
      {
        key: 'photo-service-signs',
        check: evidencePhotos('service-signs'),
        label: 'ภาพป้ายประชาสัมพันธ์จุดบริการ และป้ายห้อง One Stop Service ที่เห็นได้ชัดเจน',
      },
      {
        key: 'photo-pledge-sign',
        check: evidencePhotos('pledge-sign'),
        label: 'ภาพป้ายพันธะสัญญา (ข้อมูลเป็นปัจจุบัน ระบุเวลาการให้บริการ สมบูรณ์ไม่ชำรุด)',
      },
      {
        key: 'photo-no-gift-sign',
        check: evidencePhotos('no-gift-sign', noGiftSigns),
        label: 'ภาพป้าย No Gift Policy ในห้อง One Stop Service',
      },
      {
        key: 'photo-manual-download-sign',
        check: evidencePhotos('manual-download-sign', manualSigns),
        label:
          'ภาพป้ายประชาสัมพันธ์ Download คู่มือการให้บริการ (QR Code) ที่จุดประชาสัมพันธ์และห้อง One Stop Service',
      },
      {
        key: 'photo-facilities',
        check: evidencePhotos('facilities'),
        label:
          'ภาพสิ่งอำนวยความสะดวก เช่น ที่นั่งพักคอย น้ำดื่ม Wi-Fi ช่องโทรทัศน์ สตช. ห้องน้ำสะอาดรวมถึงสำหรับผู้พิการ ที่จอดรถรวมถึงสำหรับผู้พิการ คอมพิวเตอร์สำหรับแจ้งความออนไลน์และตอบแบบวัด EIT',
      },
      {
        key: 'photo-oit-assignment',
        check: evidencePhotos('oit-assignment'),
        label:
          'ภาพกิจกรรมหรือรายงานการประชุมการมอบหมายเจ้าภาพ/ผู้รับผิดชอบการยกระดับการเผยแพร่ข้อมูลสาธารณะ (OIT)',
      },
      {
        key: 'photo-head-follow-up',
        check: evidencePhotos('head-follow-up'),
        label: 'ภาพการประชุมกำกับติดตามโดยหัวหน้าหน่วยงาน',
      },
    ],
    formats: [],
    cadence: 'once',
    window: firstSixMonths,
    feeds: ['measure-reports'],
  },
} satisfies Record<string, ItemDefinition>

export type Topic = keyof typeof catalogue
