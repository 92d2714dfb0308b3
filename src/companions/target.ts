import type { CompanionFormat } from '../frameworks/types'
import type { Period } from './periods'

/**
 * What one generation produces files for: an item of a unit's fiscal year, for a month or the whole
 * year.
 */
export type CompanionTarget = { unit: number; fiscalYear: number; item: string; period: Period }

export const targetKey = ({ unit, fiscalYear, item, period }: CompanionTarget): string =>
  `${unit}/${fiscalYear}/${item}/${period}`

/**
 * The key of one file: its target and format. The stable URL resolves it to the newest revision.
 */
export const fileKey = (target: CompanionTarget, format: CompanionFormat): string =>
  `${targetKey(target)}.${format}`

export const mimeTypes: Record<CompanionFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Path of the stable public URL: `/oit/<unit slug>/<fiscal year>/<item>/<period>.<format>`. */
export const stablePath = (
  unitSlug: string,
  target: Omit<CompanionTarget, 'unit'>,
  format: string,
): string =>
  `/oit/${encodeURIComponent(unitSlug)}/${target.fiscalYear}/${encodeURIComponent(target.item)}/${target.period}.${format}`
