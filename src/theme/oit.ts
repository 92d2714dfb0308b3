import type { Payload } from 'payload'

import { FISCAL_YEAR, periodHeading, windowPeriods } from '../companions/periods'
import { newestByKey, revisionsOf } from '../companions/files'
import { stablePath } from '../companions/target'
import type { FrameworkItem } from '../frameworks/types'
import type { Site } from './site'

/** The unit type's frameworks, newest first (for the year switcher). */
export async function frameworksOf(payload: Payload, unitType: string) {
  const { docs } = await payload.find({ collection: 'oit-frameworks', where: { unitType: { equals: unitType } }, sort: '-fiscalYear', limit: 50, depth: 0, overrideAccess: false })
  return docs.map((doc) => ({ fiscalYear: doc.fiscalYear, title: doc.title, items: doc.items as unknown as FrameworkItem[] }))
}

export type PublicFile = { format: string; url: string; size: number; generatedAt: string }
export type PeriodFiles = { period: string; label: string; files: PublicFile[] }

/** An item's generated files, newest per period and format: months in the window's order, then the whole year. */
export async function itemFiles(payload: Payload, unit: { id: number; slug: string }, fiscalYear: number, item: FrameworkItem): Promise<PeriodFiles[]> {
  // As anonymous visitors read them: withdrawn files are not listed.
  const newest = newestByKey(await revisionsOf(payload, { and: [{ tenant: { equals: unit.id } }, { fiscalYear: { equals: fiscalYear } }, { item: { equals: item.code } }] }, { overrideAccess: false }))
  const periods = [...windowPeriods(fiscalYear, item.window).map(({ period }) => period), FISCAL_YEAR]
  return periods.flatMap((period) => {
    const files = [...newest.values()]
      .filter((doc) => doc.period === period)
      .sort((a, b) => a.format.localeCompare(b.format))
      .map((doc) => ({ format: doc.format, url: stablePath(unit.slug, { fiscalYear, item: item.code, period }, doc.format), size: doc.filesize ?? 0, generatedAt: doc.generatedAt }))
    return files.length ? [{ period, label: periodHeading(period, fiscalYear), files }] : []
  })
}

/** An item's stable page within a site, the address units paste into ITAP. */
export const itemRoute = (fiscalYear: number, code: string) => `/oit/${fiscalYear}/${code.toLowerCase()}`

export const itemPath = (site: Site, fiscalYear: number, code: string) => site.href(itemRoute(fiscalYear, code))
