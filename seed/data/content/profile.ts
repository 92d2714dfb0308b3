/** What the content templates need to know about a demo unit. */
import { type LineOfWork, linesOfWork, rankText } from '../../../src/fields/options'
import type { Executive } from '../../../src/payload-types'
import type { ImageKind } from '../../lib/images'
import type { ImageSpec } from '../../lib/spec'

export type Rank = NonNullable<Executive['rank']>

export type Person = {
  rank: Rank
  first: { th: string; en: string }
  last: { th: string; en: string }
  position: { th: string; en: string }
}

export type UnitProfile = {
  slug: string
  kind: 'station' | 'immigration'
  fiscalYear: number
  name: { th: string; en: string }
  short: { th: string; en: string }
  head: Person
  /** The lines of work the unit's checklist names, in order. */
  lines: LineOfWork[]
  phone: string
  website: string
  facebook: string
}

export const fullName = (person: Person, locale: 'th' | 'en' = 'th'): string =>
  locale === 'th'
    ? `${rankText(person.rank, 'th')} ${person.first.th} ${person.last.th}`
    : `${rankText(person.rank, 'en')} ${person.first.en} ${person.last.en}`

export const headName = (unit: UnitProfile) => ({
  th: fullName(unit.head, 'th'),
  en: fullName(unit.head, 'en'),
})

export const lineName = (line: LineOfWork) => linesOfWork[line]

const linePhotoKinds: Record<LineOfWork, ImageKind> = {
  'whole-unit': 'meeting',
  administration: 'facility',
  'crime-prevention': 'checkpoint',
  traffic: 'checkpoint',
  investigation: 'activity',
  inquiry: 'meeting',
  'investigation-suppression': 'activity',
  'border-inspection': 'checkpoint',
  'alien-services': 'facility',
}

/**
 * One stock activity photo per line of work, shared by the monthly reports and the risk report
 * (keeps uploads few).
 */
export const linePhoto = (unit: UnitProfile, line: LineOfWork): ImageSpec => ({
  kind: linePhotoKinds[line],
  alt: {
    th: `ภาพกิจกรรม${linesOfWork[line].th} ${unit.short.th}`,
    en: `${linesOfWork[line].en} activities, ${unit.short.en}`,
  },
})
