import type { UnitType } from '../frameworks/types'

type Option = { value: string; label: { th: string; en: string } }

/**
 * Royal Thai Police ranks, commissioned and non-commissioned, each with its female form:
 * abbreviated and in full.
 */
const ranks: [value: string, th: string, en: string, thFull: string, enFull: string][] = [
  ['pol-gen', 'พล.ต.อ.', 'Pol.Gen.', 'พลตำรวจเอก', 'Police General'],
  ['pol-lt-gen', 'พล.ต.ท.', 'Pol.Lt.Gen.', 'พลตำรวจโท', 'Police Lieutenant General'],
  ['pol-maj-gen', 'พล.ต.ต.', 'Pol.Maj.Gen.', 'พลตำรวจตรี', 'Police Major General'],
  ['pol-col', 'พ.ต.อ.', 'Pol.Col.', 'พันตำรวจเอก', 'Police Colonel'],
  ['pol-lt-col', 'พ.ต.ท.', 'Pol.Lt.Col.', 'พันตำรวจโท', 'Police Lieutenant Colonel'],
  ['pol-maj', 'พ.ต.ต.', 'Pol.Maj.', 'พันตำรวจตรี', 'Police Major'],
  ['pol-capt', 'ร.ต.อ.', 'Pol.Capt.', 'ร้อยตำรวจเอก', 'Police Captain'],
  ['pol-lt', 'ร.ต.ท.', 'Pol.Lt.', 'ร้อยตำรวจโท', 'Police Lieutenant'],
  ['pol-sub-lt', 'ร.ต.ต.', 'Pol.Sub.Lt.', 'ร้อยตำรวจตรี', 'Police Sub-Lieutenant'],
  ['pol-snr-sgt-maj', 'ด.ต.', 'Pol.Snr.Sgt.Maj.', 'ดาบตำรวจ', 'Police Senior Sergeant Major'],
  ['pol-sgt-maj', 'จ.ส.ต.', 'Pol.Sgt.Maj.', 'จ่าสิบตำรวจ', 'Police Sergeant Major'],
  ['pol-sgt', 'ส.ต.อ.', 'Pol.Sgt.', 'สิบตำรวจเอก', 'Police Sergeant'],
  ['pol-cpl', 'ส.ต.ท.', 'Pol.Cpl.', 'สิบตำรวจโท', 'Police Corporal'],
  ['pol-l-cpl', 'ส.ต.ต.', 'Pol.L.Cpl.', 'สิบตำรวจตรี', 'Police Lance Corporal'],
]

export const rankOptions: Option[] = ranks.flatMap(([value, th, en]) => [
  { value, label: { th, en } },
  { value: `${value}-f`, label: { th: `${th}หญิง`, en: `${en} (female)` } },
])

/** The rank as printed before a name: "พ.ต.อ.หญิง" / "Pol.Col.". */
export const rankText = (value: string | null | undefined, locale: 'th' | 'en' = 'th'): string => {
  const option = rankOptions.find((rank) => rank.value === value)
  return option
    ? locale === 'en'
      ? option.label.en.replace(' (female)', '')
      : option.label.th
    : ''
}

const squeeze = (text: string) => text.replace(/\s/g, '').toLowerCase()

/**
 * A rank in full, as signed documents print it ("พันตำรวจเอก", "Police Colonel"), from a rank value
 * or
 * a rank typed in any form ("พ.ต.อ.", "พ.ต.อ.หญิง", "Pol.Col."); text that is no known rank stays
 * as it is.
 */
export const fullRank = (rank: string | null | undefined, locale: 'th' | 'en' = 'th'): string => {
  if (!rank) return ''
  const typed = squeeze(rank)
  const female = typed.endsWith('หญิง') || rank.endsWith('-f')
  const bare = typed.replace(/หญิง$/, '')
  const found = ranks.find(([value, th, en, thFull, enFull]) =>
    [value, `${value}-f`, th, en, thFull, enFull].some(
      (form) => squeeze(form) === bare || squeeze(form) === typed,
    ),
  )
  if (!found) return rank
  return locale === 'en' ? found[4] : `${found[3]}${female ? 'หญิง' : ''}`
}

/** Lines of work (สายงาน) of stations and of provincial immigration (DOMAIN §1). */
export const linesOfWork = {
  'whole-unit': { th: 'ภาพรวมหน่วยงาน', en: 'Whole unit' },
  administration: { th: 'งานอำนวยการ', en: 'Administration' },
  'crime-prevention': { th: 'งานป้องกันปราบปราม', en: 'Crime prevention and suppression' },
  traffic: { th: 'งานจราจร', en: 'Traffic' },
  investigation: { th: 'งานสืบสวน', en: 'Investigation' },
  inquiry: { th: 'งานสอบสวน', en: 'Inquiry' },
  'investigation-suppression': { th: 'งานสืบสวนปราบปราม', en: 'Investigation and suppression' },
  'border-inspection': { th: 'งานตรวจบุคคลและพาหนะ', en: 'Inspection of persons and vehicles' },
  'alien-services': { th: 'งานบริการคนต่างด้าว (บคด.)', en: 'Services for foreigners' },
} as const
export type LineOfWork = keyof typeof linesOfWork

export const lineOfWorkOptions: Option[] = Object.entries(linesOfWork).map(([value, label]) => ({
  value,
  label,
}))

/** The lines of work each unit type must cover (e.g. every line in the O20 risk register). */
export const linesOfWorkByUnitType: Record<UnitType, LineOfWork[]> = {
  'police-station': ['administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry'],
  'immigration-provincial': [
    'administration',
    'investigation-suppression',
    'border-inspection',
    'alien-services',
  ],
  hq: ['administration'],
}

export const optionsOf = (labels: Record<string, { th: string; en: string }>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
