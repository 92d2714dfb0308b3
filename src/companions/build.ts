import type { PayloadRequest, Where } from 'payload'

import { formatThaiMonth } from '../fiscal'
import type { FrameworkItem } from '../frameworks/types'
import { frameworkFor, itemsFedBy, type UnitFramework } from '../requirements/frameworkFor'
import {
  FISCAL_YEAR,
  monthValue,
  parseMonthPeriod,
  periodLabel,
  windowPeriods,
  type Period,
} from './periods'
import type { Block, Report } from './report'
import { companionSources } from './sources'
import type { CompanionSource, SourceContext, SourceDoc } from './sources/types'
import type { CompanionTarget } from './target'

export type BuiltReport = { report: Report; item: FrameworkItem; unitSlug: string }

/** The item of a unit's framework that has companion files, if the code names one. */
export async function companionItem(
  req: PayloadRequest,
  unit: number,
  fiscalYear: number,
  code: string,
): Promise<{ framework: UnitFramework; item: FrameworkItem } | null> {
  const framework = await frameworkFor(req, unit, fiscalYear)
  const item = framework.items.find((candidate) => candidate.code === code)
  return item?.companions?.length ? { framework, item } : null
}

export const sourcesOf = (item: FrameworkItem): CompanionSource[] =>
  item.feeds.flatMap((collection) => companionSources[collection] ?? [])

/** The item has a roll-up: monthly data, summed up over the months of its window. */
export const hasRollUp = (item: FrameworkItem): boolean =>
  sourcesOf(item).some((source) => source.monthly)

/**
 * Published documents of one source for a unit, fiscal year and (for monthly sources) month, that
 * feed the item.
 */
async function publishedDocs(
  req: PayloadRequest,
  framework: UnitFramework,
  item: FrameworkItem,
  source: CompanionSource,
  target: CompanionTarget,
  period: Period,
): Promise<SourceDoc[]> {
  const where: Where[] = [
    { tenant: { equals: target.unit } },
    { fiscalYear: { equals: target.fiscalYear } },
    { _status: { equals: 'published' } },
  ]
  const month = parseMonthPeriod(period)
  if (source.monthly && month) where.push({ month: { equals: monthValue(month) } })
  const { docs } = await req.payload.find({
    collection: source.collection as 'monthly-reports',
    where: { and: where },
    draft: false,
    depth: 1,
    locale: 'th',
    fallbackLocale: 'th',
    limit: 100,
    overrideAccess: true,
    req,
  })
  return (docs as SourceDoc[]).filter((doc) =>
    itemsFedBy(framework, source.collection, doc).some((fed) => fed.code === item.code),
  )
}

async function periodBlocks(
  req: PayloadRequest,
  framework: UnitFramework,
  item: FrameworkItem,
  target: CompanionTarget,
  period: Period,
  context: SourceContext,
): Promise<{ blocks: Block[]; found: number }> {
  let found = 0
  const blocks: Block[] = []
  for (const source of sourcesOf(item)) {
    const docs = await publishedDocs(req, framework, item, source, target, period)
    found += docs.length
    blocks.push(...(await source.blocks(docs, context)))
  }
  return { blocks, found }
}

const titleOf = (item: FrameworkItem, context: SourceContext): string =>
  sourcesOf(item)
    .find((source) => source.title)
    ?.title?.(context) ?? item.title.th

/**
 * The report of a target from published data only, or null when nothing is published for it (the
 * target's files are then withdrawn). The fiscal year of a monthly item is its roll-up: each month
 * of the window in turn, its tables on sheets named after the month.
 */
export async function buildReport(
  req: PayloadRequest,
  target: CompanionTarget,
  options: { photos?: boolean } = {},
): Promise<BuiltReport | null> {
  const found = await companionItem(req, target.unit, target.fiscalYear, target.item)
  if (!found) return null
  const { framework, item } = found
  const unit = await req.payload.findByID({
    collection: 'units',
    id: target.unit,
    depth: 0,
    locale: 'th',
    overrideAccess: true,
    req,
  })
  const context = (period: Period): SourceContext => ({
    req,
    item,
    fiscalYear: target.fiscalYear,
    period,
    periodLabel: periodLabel(period, target.fiscalYear),
    photos: options.photos ?? true,
  })
  const sources = sourcesOf(item)
  const base = {
    formCode: sources.find((source) => source.formCode)?.formCode,
    unitName: unit.name,
    fiscalYear: target.fiscalYear,
    periodLabel: periodLabel(target.period, target.fiscalYear),
    orientation: sources.some((source) => source.orientation === 'landscape')
      ? ('landscape' as const)
      : ('portrait' as const),
  }
  if (target.period === FISCAL_YEAR && hasRollUp(item)) {
    let found = 0
    const blocks: Block[] = []
    for (const [index, month] of windowPeriods(target.fiscalYear, item.window).entries()) {
      const monthContext = context(month.period)
      const part = await periodBlocks(req, framework, item, target, month.period, monthContext)
      found += part.found
      const short = formatThaiMonth(month.year, month.month, { style: 'short' })
      blocks.push({ kind: 'heading', text: titleOf(item, monthContext), newPage: index > 0 })
      blocks.push(
        ...part.blocks.map(
          (block): Block =>
            block.kind === 'table'
              ? {
                  ...block,
                  table: {
                    ...block.table,
                    sheet: `${short} ${block.table.sheet}`,
                    period: monthContext.periodLabel,
                  },
                }
              : block,
        ),
      )
    }
    if (!found) return null
    return {
      item,
      unitSlug: unit.slug,
      report: { ...base, title: `${item.title.th} ${base.periodLabel}`, blocks },
    }
  }
  const periodContext = context(target.period)
  const part = await periodBlocks(req, framework, item, target, target.period, periodContext)
  if (!part.found) return null
  return {
    item,
    unitSlug: unit.slug,
    report: { ...base, title: titleOf(item, periodContext), blocks: part.blocks },
  }
}
