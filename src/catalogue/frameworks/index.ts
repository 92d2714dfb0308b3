/**
 * OIT frameworks (checklists) per unit type and fiscal year, composed from the catalogue.
 *
 * A framework is an ordered list of catalogue topics; the position gives the code (O1…On).
 * Differences between unit types or years are small overrides, never copies of an item.
 */
import type {
  CalendarPhase,
  ElementCheck,
  FrameworkData,
  FrameworkItem,
  RequiredElement,
  UnitType,
} from '../../frameworks/types'
import {
  catalogue,
  citizenManuals,
  executiveLines,
  policyPart,
  type ItemDefinition,
  type Topic,
} from './catalogue'

/** Replace any field of an item, and/or edit its required elements by key. */
export type ItemOverride = Partial<ItemDefinition> & {
  /** Keys of required elements to remove. */
  drop?: string[]
  /** New Thai labels for existing required elements, by key. */
  relabel?: Record<string, string>
  /** Required elements to append. */
  add?: RequiredElement[]
  /** New evidence rules for existing required elements, by key. */
  recheck?: Record<string, ElementCheck>
}

const applyOverride = <T extends ItemDefinition>(
  base: T,
  override: ItemOverride,
  where: string,
): T => {
  const { drop = [], relabel = {}, add = [], recheck = {}, ...fields } = override
  const merged: T = structuredClone({ ...base, ...fields })
  const keys = new Set(merged.requiredElements.map((e) => e.key))
  for (const key of [...drop, ...Object.keys(relabel), ...Object.keys(recheck)]) {
    if (!keys.has(key))
      throw new Error(`${where}: no required element "${key}" to drop, relabel or recheck`)
  }
  merged.requiredElements = [
    ...merged.requiredElements
      .filter((e) => !drop.includes(e.key))
      .map((e) => {
        const label = relabel[e.key]
        const check = recheck[e.key]
        return {
          ...e,
          ...(label === undefined ? {} : { label }),
          ...(check === undefined ? {} : { check: structuredClone(check) }),
        }
      }),
    ...structuredClone(add),
  ]
  return merged
}

/** Build the items of a framework: topics in checklist order, each optionally overridden. */
export const compose = (
  order: readonly Topic[],
  overrides: Partial<Record<Topic, ItemOverride>> = {},
): FrameworkItem[] => {
  for (const topic of Object.keys(overrides)) {
    if (!order.includes(topic as Topic))
      throw new Error(`override for "${topic}", which is not in this framework`)
  }
  return order.map((topic, i) => {
    const code = `O${i + 1}`
    const item = applyOverride(catalogue[topic], overrides[topic] ?? {}, `${code} ${topic}`)
    return { code, ...item }
  })
}

/** A framework derived from another one (e.g. the next fiscal year): overrides by item code. */
export const derive = (
  base: FrameworkData,
  changes: Partial<Omit<FrameworkData, 'items'>> & { items?: Record<string, ItemOverride> },
): FrameworkData => {
  const { items: itemOverrides = {}, ...fields } = changes
  const codes = new Set(base.items.map((item) => item.code))
  for (const code of Object.keys(itemOverrides)) {
    if (!codes.has(code))
      throw new Error(`override for ${code}, which is not in the base framework`)
  }
  return {
    ...base,
    ...fields,
    items: base.items.map((item) => applyOverride(item, itemOverrides[item.code] ?? {}, item.code)),
  }
}

const unitTypeNames: Record<UnitType, string> = {
  'police-station': 'สถานีตำรวจ',
  'immigration-provincial': 'ตรวจคนเข้าเมืองจังหวัด',
  hq: 'หน่วยงานระดับกองบังคับการขึ้นไป',
}

const oitTitle = (unitType: UnitType, fiscalYear: number): string =>
  `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ${unitTypeNames[unitType]} ปีงบประมาณ พ.ศ. ${fiscalYear}`

/** The manpower figures of O1 are stated as of 1 January of the assessed fiscal year. */
const manpowerAsOf = (fiscalYear: number): ItemOverride => ({
  guidance: `${catalogue.structure.guidance} อัตรากำลังให้ระบุข้อมูล ณ วันที่ 1 มกราคม ${fiscalYear}`,
  relabel: { 'manpower-as-of': `วันที่ของข้อมูลอัตรากำลัง (ณ 1 มกราคม ${fiscalYear})` },
})

/** A calendar day as stored (noon UTC); `year` is CE. */
const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month - 1, date, 12)).toISOString()

/**
 * The ITA calendar of a fiscal year, after the FY2568 schedule [001] (DOMAIN §8); other years keep
 * the same dates until the NACC publishes theirs.
 */
export const itaCalendar = (fiscalYear: number): CalendarPhase[] => {
  const ce = fiscalYear - 543
  return [
    {
      phase: 'เตรียมการ ศึกษาแนวทางและจัดทำแผนขับเคลื่อน ITA',
      start: day(ce - 1, 10, 1),
      end: day(ce - 1, 12, 31),
    },
    {
      phase: 'ลงทะเบียนและกรอกข้อมูลพื้นฐานในระบบ ITAP',
      start: day(ce, 1, 1),
      end: day(ce, 1, 31),
    },
    { phase: 'เก็บข้อมูล IIT และ EIT', start: day(ce, 1, 1), end: day(ce, 7, 1) },
    {
      phase: 'ตอบแบบ OIT (ผู้ดูแลระบบรายงาน หัวหน้าหน่วยงานอนุมัติ)',
      start: day(ce, 1, 1),
      end: day(ce, 4, 30),
    },
    { phase: 'ตรวจ OIT และให้ข้อสังเกต', start: day(ce, 5, 1), end: day(ce, 6, 14) },
    { phase: 'อุทธรณ์ผลการตรวจ OIT', start: day(ce, 6, 17), end: day(ce, 6, 26) },
    { phase: 'ประมวลผลคะแนน', start: day(ce, 7, 16), end: day(ce, 7, 31) },
    { phase: 'ประกาศผลการประเมิน', start: day(ce, 8, 1), end: day(ce, 8, 31) },
  ]
}

// ───────────── Police station (สภ./สน.) [000, 003; FY2568: 001, 004] ─────────────

export const stationOrder = [
  'structure', // O1
  'authority', // O2
  'laws', // O3
  'committee', // O4
  'contact', // O5
  'publicRelations', // O6
  'monthlyReport', // O7
  'staffManuals', // O8
  'citizenManuals', // O9
  'eService', // O10
  'statistics', // O11
  'budget', // O12
  'investigationFund', // O13
  'procurementAnnouncements', // O14
  'procurementSummary', // O15
  'hrCriteria', // O16
  'complaints', // O17
  'antiBribery', // O18
  'headParticipation', // O19
  'riskAssessment', // O20
  'riskReport', // O21
  'ethics', // O22
  'assets', // O23
  'measures', // O24
  'measuresReport', // O25
] as const satisfies readonly Topic[]

const station2567: FrameworkData = {
  fiscalYear: 2567,
  unitType: 'police-station',
  title: oitTitle('police-station', 2567),
  calendar: itaCalendar(2567),
  items: compose(stationOrder, { structure: manpowerAsOf(2567) }),
}

/**
 * The FY2568 station measures [001] are a table of issues, activities, outputs, how staff and the
 * public learn of them, deadlines and who is responsible: the unit's published ITA action plan.
 */
export const actionPlanElement: RequiredElement = {
  key: 'ita-action-plan',
  check: {
    type: 'records',
    collection: 'ita-action-plans',
    fields: ['issue', 'activity', 'output', 'communication', 'deadline', 'doer'],
  },
  label:
    'มาตรการ/กิจกรรมเตรียมความพร้อมรับการประเมิน ITA และแนวทางยกระดับ: ประเด็น กิจกรรม ผลผลิต วิธีสร้างการรับรู้ ระยะเวลาแล้วเสร็จ ผู้รับผิดชอบ',
}

const station2568 = derive(station2567, {
  fiscalYear: 2568,
  title: oitTitle('police-station', 2568),
  calendar: itaCalendar(2568),
  items: {
    O1: manpowerAsOf(2568),
    O24: { add: [actionPlanElement], feeds: ['policies', 'disclosures', 'ita-action-plans'] },
  },
})

// ───────────── Provincial immigration (ตม.จว.) [002] ─────────────

/**
 * The ITA calendar of provincial immigration, after the FY2567 plan [002] (its own phases: IIT
 * count,
 * EIT (2) import with 500 respondents, appeal review); later years keep the same dates until
 * replaced.
 */
export const immigrationCalendar = (fiscalYear: number): CalendarPhase[] => {
  const ce = fiscalYear - 543
  return [
    {
      phase: 'เตรียมความพร้อมการประเมิน ทำความเข้าใจแนวทาง แต่งตั้งคณะทำงาน และกำหนดแนวทางยกระดับ',
      start: day(ce - 1, 10, 1),
      end: day(ce - 1, 12, 31),
    },
    {
      phase: 'ลงทะเบียนเข้าสู่ระบบ ITAP และบันทึกข้อมูลพื้นฐาน',
      start: day(ce, 1, 1),
      end: day(ce, 1, 31),
    },
    {
      phase: 'ระบุจำนวนผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      start: day(ce, 1, 1),
      end: day(ce, 1, 31),
    },
    {
      phase: 'นำเข้าข้อมูลผู้มีส่วนได้ส่วนเสียภายนอก (EIT (2)) ของหน่วยงาน',
      start: day(ce, 1, 1),
      end: day(ce, 7, 31),
    },
    {
      phase: 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      start: day(ce, 1, 1),
      end: day(ce, 7, 31),
    },
    {
      phase: 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ไม่น้อยกว่า 500 คน',
      start: day(ce, 1, 1),
      end: day(ce, 7, 1),
    },
    {
      phase: 'ตอบแบบตรวจ OIT (ผู้ดูแลระบบรายงาน หัวหน้าหน่วยงานอนุมัติ)',
      start: day(ce, 1, 1),
      end: day(ce, 4, 30),
    },
    { phase: 'ตรวจ OIT และให้ข้อสังเกต', start: day(ce, 5, 1), end: day(ce, 6, 14) },
    { phase: 'อุทธรณ์ผลการตรวจ OIT', start: day(ce, 6, 17), end: day(ce, 6, 26) },
    { phase: 'ประเมินการอุทธรณ์', start: day(ce, 6, 27), end: day(ce, 7, 15) },
    { phase: 'ประมวลผลการประเมินและจัดทำรายงานผล', start: day(ce, 7, 16), end: day(ce, 7, 31) },
  ]
}

/** Same topics as the station without the กต.ตร. committee item, hence one code less from O4 on. */
export const immigrationOrder = stationOrder.filter((topic) => topic !== 'committee')

const bilingual = 'ทั้งภาษาไทยและภาษาอังกฤษ'
const immigrationRiskProcesses =
  '2 ประเด็น ได้แก่ การรับแจ้ง/การขออยู่ต่อ/การออกใบอนุญาต และส่วยต่างด้าว'

/** The lines of work of provincial immigration ([002]). */
const immigrationLines = [
  'administration',
  'investigation-suppression',
  'border-inspection',
  'alien-services',
]
const records = (collection: string, rule: Record<string, unknown> = {}) =>
  ({ type: 'records', collection, ...rule }) as ElementCheck

const immigration2567: FrameworkData = {
  fiscalYear: 2567,
  unitType: 'immigration-provincial',
  title: oitTitle('immigration-provincial', 2567),
  calendar: immigrationCalendar(2567),
  items: compose(immigrationOrder, {
    structure: {
      ...manpowerAsOf(2567),
      recheck: { 'executives-current': executiveLines(immigrationLines) },
    },
    authority: {
      recheck: {
        'line-responsibilities': records('authorities', {
          rows: 'lines',
          fields: ['mission'],
          cover: { field: 'lineOfWork', values: immigrationLines },
        }),
      },
    },
    laws: {
      guidance:
        'แสดงกฎหมายที่หน่วยงานบังคับใช้ จัดเป็นหมวดหมู่ให้ค้นหาง่าย หากมีกฎหมายจำนวนมากให้เปิดเผยกฎหมายที่ประชาชนต้องรู้/ควรรู้ไว้ก่อน',
      drop: [
        'guideline-arrest-search',
        'guideline-discretion-interference',
        'guideline-complaint-refusal',
        'guideline-interrogation',
        'rights-of-victims',
        'rights-of-suspects',
      ],
      add: [
        {
          key: 'laws-public-must-know',
          check: records('laws', {
            where: { field: 'kind', value: 'guideline', not: true },
            fields: ['summary'],
          }),
          label: 'กฎหมายที่ประชาชนต้องรู้/ควรรู้ เปิดเผยไว้ก่อน (กรณีมีกฎหมายบังคับใช้จำนวนมาก)',
        },
      ],
    },
    publicRelations: {
      guidance:
        'เผยแพร่ข่าวผลการดำเนินงานของปีงบประมาณตั้งแต่เดือนตุลาคมเป็นต้นไปบนเว็บไซต์หลัก โดยมีสื่อสังคมออนไลน์ (Facebook, Line ฯลฯ) ที่เชื่อมโยงกลับมายังเว็บไซต์หลัก และข่าวเกี่ยวกับการประเมิน ITA ของหน่วยงาน',
      drop: ['eit-link'],
    },
    staffManuals: {
      guidance:
        'แสดงคู่มือหรือมาตรฐานการปฏิบัติงานของตรวจคนเข้าเมืองจังหวัดหรือด่านตรวจคนเข้าเมืองตามภารกิจ พร้อมรายละเอียด',
      drop: [
        'manual-administration',
        'manual-crime-prevention',
        'manual-traffic',
        'manual-investigation',
        'manual-inquiry',
      ],
      add: [
        {
          key: 'operating-manuals',
          check: records('manuals', {
            where: { field: 'audience', value: 'staff' },
            fields: ['file'],
            cover: { field: 'lineOfWork', values: immigrationLines },
          }),
          label:
            'คู่มือหรือมาตรฐานการปฏิบัติงานของตรวจคนเข้าเมืองจังหวัด/ด่านตรวจคนเข้าเมือง ตามภารกิจ',
        },
      ],
    },
    citizenManuals: {
      guidance:
        'แสดงคู่มือฉบับประชาชน/ชาวต่างชาติสำหรับการขอรับบริการ แยกเป็นหมวดหมู่ของงานบริการ และต้องมีทั้งฉบับภาษาไทยและฉบับภาษาต่างประเทศ',
      relabel: {
        'citizen-manuals': 'คู่มือฉบับประชาชน/ชาวต่างชาติในการขอรับบริการกับหน่วยงาน',
        'grouped-by-service': 'แยกเป็นหมวดหมู่ของงานบริการ',
      },
      recheck: {
        'grouped-by-service': citizenManuals({
          cover: {
            field: 'lineOfWork',
            values: ['investigation-suppression', 'border-inspection', 'alien-services'],
          },
        }),
      },
      add: [
        {
          key: 'language-thai',
          check: citizenManuals({ where: { field: 'languages', value: 'th' }, fields: ['file'] }),
          label: 'คู่มือฉบับภาษาไทย',
        },
        {
          key: 'language-foreign',
          check: citizenManuals({ where: { field: 'languages', value: 'en' }, fields: ['file'] }),
          label: 'คู่มือฉบับภาษาต่างประเทศ (เช่น ภาษาอังกฤษ)',
        },
      ],
    },
    eService: {
      guidance:
        'ทำลิงก์จากเว็บไซต์หลักไปยังบริการออนไลน์ ได้แก่ ระบบแจ้งความออนไลน์ ระบบขออนุญาตอยู่ต่อในราชอาณาจักรเป็นการชั่วคราวทางอิเล็กทรอนิกส์ (e-Extension) และระบบขอรับการตรวจลงตรา (E-VOA)',
      drop: ['online-fine-payment', 'case-tracking'],
      add: [
        {
          key: 'e-extension',
          check: records('e-services', {
            where: { field: 'kind', value: 'e-extension' },
            fields: ['url'],
          }),
          label:
            'ระบบขออนุญาตอยู่ต่อในราชอาณาจักรเป็นการชั่วคราวด้วยวิธีการทางอิเล็กทรอนิกส์ (e-Extension)',
        },
        {
          key: 'e-voa',
          check: records('e-services', {
            where: { field: 'kind', value: 'e-voa' },
            fields: ['url'],
          }),
          label: 'ระบบขอรับการตรวจลงตรา (E-VOA)',
        },
      ],
    },
    statistics: {
      guidance:
        'เผยแพร่สถิติด้านคดีอาญาตามระบบ CRIMES แยกรายเดือนทุกเดือนในรอบ 6 เดือนแรก (ต.ค.–มี.ค.)',
      drop: ['checkpoint-statistics'],
      relabel: { 'crime-statistics': 'สถิติด้านคดีอาญาตามระบบ CRIMES แยกรายเดือน' },
      feeds: ['crime-statistics'],
    },
    budget: { formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx', 'docx'] }] },
    investigationFund: { formats: [{ anyOf: ['pdf'] }, { anyOf: ['xlsx', 'docx'] }] },
    procurementAnnouncements: {
      guidance:
        'เผยแพร่ประกาศทุกฉบับตาม พ.ร.บ.การจัดซื้อจัดจ้างฯ พ.ศ. 2560 ที่ลงนามโดยหัวหน้าหน่วยงาน ทุกครั้งที่มีการจัดซื้อจัดจ้างตลอด 6 เดือนแรก เดือนใดไม่มีให้ระบุว่า "ไม่มีการจัดซื้อจัดจ้าง"',
      add: [
        {
          key: 'signed-by-head',
          check: records('procurement-announcements', {
            where: { field: 'noneDeclared', value: 'true', not: true },
            fields: ['signer'],
            headSigns: 'signer',
          }),
          label: 'ประกาศลงนามโดยหัวหน้าตรวจคนเข้าเมืองจังหวัดหรือด่านตรวจคนเข้าเมือง',
        },
      ],
    },
    hrCriteria: {
      guidance:
        'ประกาศหลักเกณฑ์การบริหารและพัฒนากำลังพลตามกฎ ระเบียบที่เกี่ยวข้อง ได้แก่ การประเมินผลการปฏิบัติงาน การเลื่อนขั้นเลื่อนเงินเดือน และการพัฒนากำลังพล ใช้ข้อมูลกลางของสำนักงานตำรวจแห่งชาติได้',
      drop: ['criteria-transfer'],
      add: [
        {
          key: 'criteria-salary-step',
          check: policyPart('hr-criteria', 'criteria-salary-step'),
          label: 'หลักเกณฑ์การเลื่อนขั้น เลื่อนเงินเดือน',
        },
      ],
    },
    headParticipation: {
      title: {
        th: 'การมีส่วนร่วมของหัวหน้าตรวจคนเข้าเมืองจังหวัดหรือด่านตรวจคนเข้าเมือง',
        en: 'Participation of the head of provincial immigration or the immigration checkpoint',
      },
      guidance:
        'เผยแพร่ข่าวกิจกรรมที่หัวหน้าหน่วยงานเป็นผู้นำในการเสริมสร้างคุณธรรม จริยธรรม และต่อต้านการทุจริต/สินบน อย่างน้อย 3 ข่าว ต้องเป็นกิจกรรมที่จัดภายในหน่วยงาน ไม่ใช่การไปร่วมกิจกรรมของหน่วยงานภายนอก',
      add: [
        {
          key: 'internal-activities',
          check: records('news', {
            where: { field: 'tags', value: 'head-participation' },
            fields: ['body'],
          }),
          label: 'เป็นกิจกรรมที่ดำเนินการภายในหน่วยงาน มิใช่กิจกรรมที่ไปเข้าร่วมกับหน่วยงานภายนอก',
        },
      ],
    },
    riskAssessment: {
      guidance: `แสดงผลการประเมินความเสี่ยงต่อการรับสินบนและแผนบริหารจัดการความเสี่ยงของปีงบประมาณ จากกระบวนงานที่ใช้อำนาจและตำแหน่งหน้าที่ ${immigrationRiskProcesses} โดยแต่ละกระบวนงานมีเกณฑ์การประเมิน ประเด็นความเสี่ยง ระดับความเสี่ยง และแผนจัดการ`,
      relabel: {
        'processes-covered': `ครอบคลุมกระบวนงานในการใช้อำนาจและตำแหน่งหน้าที่ ${immigrationRiskProcesses}`,
        'process-name': 'ชื่อกระบวนงาน/งาน/โครงการ',
      },
      recheck: {
        'processes-covered': records('risk-assessments', {
          rows: 'rows',
          fields: ['process'],
          min: 2,
        }),
      },
    },
    riskReport: {
      recheck: {
        'results-by-process': records('risk-reports', {
          rows: 'results',
          fields: ['result'],
          min: 2,
        }),
      },
      guidance: `รายงานผลการดำเนินการตามมาตรการในแผนบริหารจัดการความเสี่ยงต่อการรับสินบน แยกตามกระบวนงาน ${immigrationRiskProcesses} พร้อมภาพกิจกรรม`,
      relabel: {
        'results-by-process': `ผลการดำเนินการตามมาตรการจัดการความเสี่ยงต่อการรับสินบน แยกตามกระบวนงาน ${immigrationRiskProcesses}`,
      },
    },
    measures: {
      title: {
        th: 'มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        en: 'Measures to raise integrity and transparency within the unit',
      },
      guidance: `แสดงคำสั่งแต่งตั้งคณะทำงานขับเคลื่อน ITA การชี้แจงของหัวหน้าหน่วยงานแก่เจ้าหน้าที่ และมาตรการ 2 ด้าน คือ (1) การพัฒนา One Stop Service สำหรับประชาชน/ชาวต่างชาติ โดยป้ายต่าง ๆ ${bilingual} และ (2) การยกระดับการเผยแพร่ข้อมูล OIT`,
      relabel: {
        'oss-pr-point':
          'มาตรการ One Stop Service: จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ',
        'oss-service-signs':
          'มาตรการ One Stop Service: ป้ายประชาสัมพันธ์จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ',
        'oss-pledge-sign': `มาตรการ One Stop Service: ป้ายพันธะสัญญา/ขั้นตอนการให้บริการ ${bilingual}`,
        'oss-no-gift-sign': `มาตรการ One Stop Service: ป้าย No Gift Policy ${bilingual}`,
        'oss-manual-download-sign': `มาตรการ One Stop Service: ป้ายประชาสัมพันธ์ Download คู่มือการให้บริการ/การขออนุญาต ${bilingual}`,
        'oss-facilities':
          'มาตรการ One Stop Service: การจัดสิ่งอำนวยความสะดวกในการให้บริการประชาชน/ชาวต่างชาติ',
      },
      add: [
        {
          key: 'oit-owners',
          check: policyPart('measures', 'oit-owners'),
          label: 'มาตรการ OIT: การกำหนดเจ้าภาพ/ผู้รับผิดชอบ',
        },
      ],
    },
    measuresReport: {
      title: {
        th: 'การรายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        en: 'Report on the integrity and transparency measures',
      },
      guidance: `รายงานผลการดำเนินการตามมาตรการ/One Stop Service พร้อมภาพถ่ายจริงของจุดบริการ ป้ายต่าง ๆ (${bilingual}) และสิ่งอำนวยความสะดวกสำหรับประชาชน/ชาวต่างชาติ รวมทั้งภาพการมอบหมายผู้รับผิดชอบ OIT และภาพการประชุมติดตามโดยหัวหน้าหน่วยงาน`,
      relabel: {
        'photo-pr-point':
          'ภาพจุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ (เจ้าหน้าที่ประจำจุด ป้ายยศ ชื่อ สกุล ของเจ้าหน้าที่เวรพร้อมเบอร์โทรศัพท์)',
        'photo-service-signs':
          'ภาพป้ายประชาสัมพันธ์จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ',
        'photo-pledge-sign': `ภาพป้ายพันธะสัญญา/ขั้นตอนการให้บริการ ${bilingual}`,
        'photo-no-gift-sign': `ภาพป้าย No Gift Policy ${bilingual}`,
        'photo-manual-download-sign': `ภาพป้ายประชาสัมพันธ์ Download คู่มือการให้บริการ/การขออนุญาต ${bilingual}`,
        'photo-facilities':
          'ภาพการจัดสิ่งอำนวยความสะดวกในการให้บริการประชาชน/ชาวต่างชาติ เช่น น้ำดื่ม ที่นั่งพัก Wi-Fi ห้องน้ำรวมถึงสำหรับผู้พิการ แว่นสายตาสำหรับผู้สูงอายุ ที่จอดรถ',
      },
    },
  }),
}

export const frameworks: FrameworkData[] = [station2567, station2568, immigration2567]
