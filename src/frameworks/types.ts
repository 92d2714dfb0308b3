/** Shapes of the OIT framework data (`oit-frameworks`): items are data, not code. */

export const unitTypes = ['police-station', 'immigration-provincial', 'hq'] as const
export type UnitType = (typeof unitTypes)[number]

export const unitTypeLabels = {
  'police-station': { th: 'สถานีตำรวจ', en: 'Police station' },
  'immigration-provincial': { th: 'ตรวจคนเข้าเมืองจังหวัด', en: 'Provincial immigration' },
  hq: { th: 'หน่วยบังคับบัญชา (ภ.จว./ภาค/บช.)', en: 'Headquarters (province/region/bureau)' },
} as const

export const fileFormats = ['pdf', 'docx', 'xlsx', 'csv'] as const
export type FileFormat = (typeof fileFormats)[number]

/** Formats the system generates from an item's structured data (companion files). */
export const companionFormats = ['pdf', 'docx', 'xlsx'] as const
export type CompanionFormat = (typeof companionFormats)[number]

export const cadences = ['once', 'monthly', 'per-event'] as const
export type Cadence = (typeof cadences)[number]

/** Sub-indicators of indicators 9 (disclosure) and 10 (anti-corruption). */
export const subIndicators = ['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'] as const
export type SubIndicator = (typeof subIndicators)[number]

export const subIndicatorLabels: Record<SubIndicator, { th: string; en: string }> = {
  '9.1': { th: '9.1 ข้อมูลพื้นฐาน', en: '9.1 Basic information' },
  '9.2': { th: '9.2 การบริหารงาน', en: '9.2 Administration' },
  '9.3': { th: '9.3 การบริหารเงินงบประมาณ', en: '9.3 Budget' },
  '9.4': { th: '9.4 การบริหารและพัฒนาทรัพยากรบุคคล', en: '9.4 Human resources' },
  '9.5': { th: '9.5 การส่งเสริมความโปร่งใส', en: '9.5 Transparency' },
  '10.1': { th: '10.1 การดำเนินการเพื่อป้องกันการทุจริต', en: '10.1 Preventing corruption' },
  '10.2': {
    th: '10.2 มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส',
    en: '10.2 Internal integrity and transparency measures',
  },
}

/** Content collections that can feed an item (their slugs are fixed by the content issue). */
export const contentCollections = [
  'executives',
  'org-structures',
  'authorities',
  'laws',
  'committee-members',
  'committee-reports',
  'feedback',
  'news',
  'monthly-reports',
  'manuals',
  'e-services',
  'crime-statistics',
  'checkpoint-statistics',
  'budget-reports',
  'investigation-fund-reports',
  'procurement-announcements',
  'procurement-summaries',
  'complaint-statistics',
  'corruption-complaints',
  'policies',
  'risk-assessments',
  'risk-reports',
  'measure-reports',
  'ita-action-plans',
  'disclosures',
  'units',
] as const
export type ContentCollection = (typeof contentCollections)[number]

export type RequiredElement = {
  /** Stable machine key, e.g. `executive-photo`. */
  key: string
  /** What the assessor checks, in Thai. */
  label: string
  /** How the readiness dashboard checks it; without one, the item's published content suffices. */
  check?: ElementCheck | null
}

/**
 * One group of acceptable formats; every group of an item is required (PDF **and** one of DOCX/XLSX
 * = two groups).
 */
export type FormatGroup = { anyOf: FileFormat[] }

export type KeyedLabel = { key: string; label: string }

/**
 * Narrows what a collection feeds to an item: only its documents whose `field` is `value` (or, for
 * a
 * list field, contains it), e.g. policies of type `anti-bribery`, news tagged `head-participation`.
 */
export type FeedFilter = { collection: ContentCollection; field: string; value: string }

export type RiskBand = { label: string; min: number; max: number }

export type FrameworkItem = {
  code: string
  title: { th: string; en: string }
  subIndicator: SubIndicator
  /** Short Thai guidance for editors: what the item asks for. */
  guidance?: string
  requiredElements: RequiredElement[]
  formats: FormatGroup[]
  /**
   * Files generated from the item's data whenever it changes (at least what `formats` requires).
   */
  companions?: CompanionFormat[]
  cadence: Cadence
  /** Months the item must cover: start month (1–12, October = 10) and count. */
  window: { startMonth: number; months: number }
  feeds: ContentCollection[]
  feedFilters?: FeedFilter[]
  crimeGroups?: KeyedLabel[]
  riskBands?: RiskBand[]
}

/** A phase of the year's ITA assessment (DOMAIN §8), days as ISO dates. */
export type CalendarPhase = { phase: string; start: string; end?: string | null }

export type FrameworkData = {
  fiscalYear: number
  unitType: UnitType
  title: string
  calendar?: CalendarPhase[]
  items: FrameworkItem[]
}

export const indicatorLabels = {
  '9': { th: 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', en: 'Indicator 9: Disclosure of information' },
  '10': { th: 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต', en: 'Indicator 10: Corruption prevention' },
} as const

export const indicatorOf = (sub: SubIndicator): '9' | '10' => (sub.startsWith('10') ? '10' : '9')

/**
 * Only documents whose `field` is `value` (a list field: contains it; a relationship: the related
 * document's slug), e.g. news tagged `head-participation`; with `not`, only those whose field is
 * not.
 */
export type CheckFilter = { field: string; value: string; not?: boolean }

/**
 * How a required element is checked against a unit's published data: a few generic rule types,
 * configured per element in the framework data (never one function per item).
 */
export type ElementCheck =
  /**
   * Every month of the item's window that has ended has a published document of `collection` for
   * that month, or (with `declaration`) its "nothing this month" declaration; with `files`, also
   * the
   * item's generated files of that month in the item's formats. Months not yet ended are not due.
   */
  | { type: 'monthly'; collection: string; declaration?: boolean; files?: boolean }
  | RecordsCheck
  /** The item's generated files of the whole fiscal year in the item's formats. */
  | { type: 'files' }
  /**
   * Provided by every unit's website itself: its feedback or complaint form, linked from the item
   * page.
   */
  | { type: 'website'; form?: WebsiteForm }

/**
 * The evidence is published documents of `collection` (of the fiscal year when it has one; only
 * current ones when `currentUntil` names their end date; for `units`, the unit itself) matching
 * `where`, or, with `rows`, the rows of that list field matching `rowWhere`. There are at least
 * `min`
 * (default 1) of them, each has every field of `fields` (paths within the row for `rows`) filled in
 * every locale of `locales` (default Thai), and with `cover`, every value of `cover.values` appears
 * in `cover.field` of one of them (a line of work, a quarter, a photo slot), or every value of
 * `cover.orValues`.
 */
export type RecordsCheck = {
  type: 'records'
  collection: string
  min?: number
  fields?: string[]
  locales?: ('th' | 'en')[]
  where?: CheckFilter | CheckFilter[]
  currentUntil?: string
  rows?: string
  rowWhere?: CheckFilter
  /** The field (a signer's name) names the unit's current head, as the unit's profile has it. */
  headSigns?: string
  /** Printable signs the item page links with this element (companions/signs.ts). */
  signs?: string[]
  /**
   * Every value appears; `orValues` is another complete set that serves as well (two quarters, or
   * six months).
   */
  cover?: { field: string; values: string[]; orValues?: string[] }
}

export const websiteForms = ['feedback', 'complaint'] as const
export type WebsiteForm = (typeof websiteForms)[number]
