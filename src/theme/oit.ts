import type { Payload } from 'payload'
import { cache } from 'react'

import { FISCAL_YEAR, periodHeading, windowPeriods } from '../companions/periods'
import { newestByKey, revisionsOf } from '../companions/files'
import { signKey, signNames } from '../frameworks/signNames'
import { stablePath } from '../companions/target'
import {
  defaultYear,
  governing,
  loadFrameworks,
  offeredYears,
  type Framework,
} from '../frameworks/inForce'
import { itemRoute } from '../routing/publicAddresses'
import type { FrameworkItem } from '../frameworks/types'
import type { Site } from './site'

export type SiteOit = {
  /** The fiscal years the site publishes, newest first (frameworks/inForce.ts). */
  years: number[]
  /** The year `/oit` and `/procurement` open: the current fiscal year. */
  current: number | undefined
  /**
   * The framework in force for a published year; undefined for a year the site does not publish.
   */
  inForce: (fiscalYear: number) => Framework | undefined
}

/** The site's OIT years and the framework in force for each; memoised per request. */
export const siteOit = cache(async (site: Site): Promise<SiteOit> => {
  const frameworks = await loadFrameworks(site.payload, { unitType: site.unit.unitType })
  const years = offeredYears(frameworks)
  return {
    years,
    current: defaultYear(years),
    inForce: (fiscalYear) =>
      years.includes(fiscalYear) ? governing(frameworks, fiscalYear) : undefined,
  }
})

/** A `[fiscalYear]` route parameter: a four-digit Buddhist-era year, else NaN. */
export const yearParam = (value: string): number =>
  /^\d{4}$/.test(value) ? Number(value) : Number.NaN

export type PublicFile = { format: string; url: string; size: number; generatedAt: string }
export type PeriodFiles = { period: string; label: string; files: PublicFile[] }

/**
 * An item's generated files, newest per period and format: months in the window's order, then the
 * whole year.
 */
export async function itemFiles(
  payload: Payload,
  unit: { id: number; slug: string },
  fiscalYear: number,
  item: FrameworkItem,
): Promise<PeriodFiles[]> {
  // As anonymous visitors read them: withdrawn files are not listed.
  const newest = newestByKey(
    await revisionsOf(
      payload,
      {
        and: [
          { tenant: { equals: unit.id } },
          { fiscalYear: { equals: fiscalYear } },
          { item: { equals: item.code } },
        ],
      },
      { overrideAccess: false },
    ),
  )
  const periods = [
    ...windowPeriods(fiscalYear, item.window).map(({ period }) => period),
    FISCAL_YEAR,
  ]
  return periods.flatMap((period) => {
    const files = [...newest.values()]
      .filter((doc) => doc.period === period)
      .sort((a, b) => a.format.localeCompare(b.format))
      .map((doc) => ({
        format: doc.format,
        url: stablePath(unit.slug, { fiscalYear, item: item.code, period }, doc.format),
        size: doc.filesize ?? 0,
        generatedAt: doc.generatedAt,
      }))
    return files.length ? [{ period, label: periodHeading(period, fiscalYear), files }] : []
  })
}

/**
 * The unit's printable signs that exist and are not withdrawn, by name, as anonymous visitors may
 * read them.
 */
export async function availableSigns(payload: Payload, unit: number): Promise<Set<string>> {
  const keys = new Map(Object.keys(signNames).map((name) => [signKey(unit, name), name]))
  const newest = newestByKey(
    await revisionsOf(payload, { key: { in: [...keys.keys()] } }, { overrideAccess: false }),
  )
  return new Set(
    [...newest.values()].filter((file) => !file.withdrawn).map((file) => keys.get(file.key)!),
  )
}

/** An item's stable page within a site, the address units paste into ITAP. */

export const itemPath = (site: Site, fiscalYear: number, code: string) =>
  site.href(itemRoute(fiscalYear, code))
