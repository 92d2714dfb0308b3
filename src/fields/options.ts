import type { UnitType } from '../frameworks/types'

type Option = { value: string; label: { th: string; en: string } }

/** Royal Thai Police ranks, commissioned and non-commissioned, each with its female form. */
const ranks: [value: string, th: string, en: string][] = [
  ['pol-gen', 'พล.ต.อ.', 'Pol.Gen.'],
  ['pol-lt-gen', 'พล.ต.ท.', 'Pol.Lt.Gen.'],
  ['pol-maj-gen', 'พล.ต.ต.', 'Pol.Maj.Gen.'],
  ['pol-col', 'พ.ต.อ.', 'Pol.Col.'],
  ['pol-lt-col', 'พ.ต.ท.', 'Pol.Lt.Col.'],
  ['pol-maj', 'พ.ต.ต.', 'Pol.Maj.'],
  ['pol-capt', 'ร.ต.อ.', 'Pol.Capt.'],
  ['pol-lt', 'ร.ต.ท.', 'Pol.Lt.'],
  ['pol-sub-lt', 'ร.ต.ต.', 'Pol.Sub.Lt.'],
  ['pol-snr-sgt-maj', 'ด.ต.', 'Pol.Snr.Sgt.Maj.'],
  ['pol-sgt-maj', 'จ.ส.ต.', 'Pol.Sgt.Maj.'],
  ['pol-sgt', 'ส.ต.อ.', 'Pol.Sgt.'],
  ['pol-cpl', 'ส.ต.ท.', 'Pol.Cpl.'],
  ['pol-l-cpl', 'ส.ต.ต.', 'Pol.L.Cpl.'],
]

export const rankOptions: Option[] = ranks.flatMap(([value, th, en]) => [
  { value, label: { th, en } },
  { value: `${value}-f`, label: { th: `${th}หญิง`, en: `${en} (female)` } },
])

/** The rank as printed before a name: "พ.ต.อ.หญิง" / "Pol.Col.". */
export const rankText = (value: string | null | undefined, locale: 'th' | 'en' = 'th'): string => {
  const option = rankOptions.find((rank) => rank.value === value)
  return option ? (locale === 'en' ? option.label.en.replace(' (female)', '') : option.label.th) : ''
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

export const lineOfWorkOptions: Option[] = Object.entries(linesOfWork).map(([value, label]) => ({ value, label }))

/** The lines of work each unit type must cover (e.g. every line in the O20 risk register). */
export const linesOfWorkByUnitType: Record<UnitType, LineOfWork[]> = {
  'police-station': ['administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry'],
  'immigration-provincial': ['administration', 'investigation-suppression', 'border-inspection', 'alien-services'],
  hq: ['administration'],
}

export const optionsOf = (labels: Record<string, { th: string; en: string }>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
