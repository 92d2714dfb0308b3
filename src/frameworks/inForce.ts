/**
 * Which framework governs a fiscal year, said once for the public pages, publishing checks,
 * generated files, readiness and the ITAP sheet: the unit type's own framework for that year, else
 * its latest earlier one (a new year's checklist is often entered months after the year began).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { currentFiscalYear } from '../fiscal'
import type { CalendarPhase, FrameworkItem } from './types'

export type Framework = {
  id: number
  fiscalYear: number
  unitType: string
  title: string
  items: FrameworkItem[]
  calendar: CalendarPhase[]
}

/** The framework in force for a fiscal year among one unit type's frameworks (any order). */
export function governing<F extends { fiscalYear: number }>(
  frameworks: readonly F[],
  fiscalYear: number,
): F | undefined {
  let found: F | undefined
  for (const framework of frameworks)
    if (framework.fiscalYear <= fiscalYear && (!found || framework.fiscalYear > found.fiscalYear))
      found = framework
  return found
}

/**
 * The fiscal years a unit type publishes OIT pages for, newest first: from its first framework's
 * year to the current fiscal year, or to a later framework's year when one is already entered.
 * Every one of them is governed by a framework (`governing`).
 */
export function offeredYears(
  frameworks: readonly { fiscalYear: number }[],
  today: Date = new Date(),
): number[] {
  if (!frameworks.length) return []
  const years = frameworks.map(({ fiscalYear }) => fiscalYear)
  const first = Math.min(...years)
  const last = Math.max(currentFiscalYear(today), ...years)
  return Array.from({ length: last - first + 1 }, (_, index) => last - index)
}

/** The year a site opens by default: the current fiscal year, or the offered year nearest to it. */
export function defaultYear(
  years: readonly number[],
  today: Date = new Date(),
): number | undefined {
  const current = currentFiscalYear(today)
  return years.includes(current)
    ? current
    : years.reduce<number | undefined>(
        (best, year) =>
          best === undefined || Math.abs(year - current) < Math.abs(best - current) ? year : best,
        undefined,
      )
}

const toFramework = (doc: {
  id: number
  fiscalYear: number
  unitType: string
  title: string
  items?: unknown
  calendar?: unknown
}): Framework => ({
  id: doc.id,
  fiscalYear: doc.fiscalYear,
  unitType: doc.unitType,
  title: doc.title,
  items: (doc.items ?? []) as FrameworkItem[],
  calendar: (doc.calendar ?? []) as CalendarPhase[],
})

type Scope = { unitType?: string; req?: PayloadRequest }

/** Frameworks (newest first) of one unit type or all, as anyone may read them (they are public). */
export async function loadFrameworks(
  payload: Payload,
  { unitType, req, upTo }: Scope & { upTo?: number } = {},
): Promise<Framework[]> {
  const where: Where[] = [
    ...(unitType ? [{ unitType: { equals: unitType } }] : []),
    ...(upTo !== undefined ? [{ fiscalYear: { less_than_equal: upTo } }] : []),
  ]
  const { docs } = await payload.find({
    collection: 'oit-frameworks',
    where: where.length ? { and: where } : undefined,
    sort: '-fiscalYear',
    pagination: false,
    depth: 0,
    req,
  })
  return docs.map(toFramework)
}

/** Each unit type's framework in force for a fiscal year (one query). */
export async function frameworksInForce(
  payload: Payload,
  fiscalYear: number,
  scope: Scope = {},
): Promise<Map<string, Framework>> {
  const byType = new Map<string, Framework[]>()
  for (const framework of await loadFrameworks(payload, { ...scope, upTo: fiscalYear }))
    byType.set(framework.unitType, [...(byType.get(framework.unitType) ?? []), framework])
  return new Map(
    [...byType].flatMap(([unitType, frameworks]) => {
      const inForce = governing(frameworks, fiscalYear)
      return inForce ? [[unitType, inForce] as const] : []
    }),
  )
}

/**
 * A fiscal year's notice when it is governed by an earlier year's framework, in Thai and English.
 */
export const borrowedFrameworkNotice = (
  fiscalYear: number,
  frameworkYear: number,
): { th: string; en: string } | null =>
  fiscalYear === frameworkYear
    ? null
    : {
        th: `ปีงบประมาณ พ.ศ. ${fiscalYear} ยังไม่มีเกณฑ์การประเมินของปีนี้ จึงใช้เกณฑ์การประเมินปี พ.ศ. ${frameworkYear}`,
        en: `FY ${fiscalYear} has no assessment criteria of its own yet, so the FY ${frameworkYear} criteria apply.`,
      }
