import type { PayloadRequest } from 'payload'

import { currentFiscalYear } from '../fiscal'
import { frameworksInForce } from '../frameworks/inForce'
import type { FrameworkItem } from '../frameworks/types'

export type UnitFramework = { unitType: string; fiscalYear: number | null; items: FrameworkItem[] }

/**
 * The framework in force for a unit in a fiscal year (frameworks/inForce.ts). Undated documents use
 * the current fiscal year. Memoised per request.
 */
export async function frameworkFor(
  req: PayloadRequest,
  unitID: number | string,
  fiscalYear: number | null | undefined,
): Promise<UnitFramework> {
  const year = fiscalYear ?? currentFiscalYear()
  const key = `oit:framework:${unitID}:${year}`
  if (req.context[key]) return req.context[key] as UnitFramework
  const unit = await req.payload.findByID({
    collection: 'units',
    id: unitID,
    depth: 0,
    overrideAccess: true,
    req,
    select: { unitType: true },
  })
  const framework = (
    await frameworksInForce(req.payload, year, { unitType: unit.unitType as string, req })
  ).get(unit.unitType as string)
  const result: UnitFramework = {
    unitType: unit.unitType as string,
    fiscalYear: framework?.fiscalYear ?? null,
    items: framework?.items ?? [],
  }
  req.context[key] = result
  return result
}

const matches = (value: unknown, wanted: string): boolean =>
  Array.isArray(value) ? value.includes(wanted) : value === wanted

/**
 * The items of a framework fed by a collection, or by one of its documents (honouring the items'
 * feed
 * filters; a document that names its item, as a disclosure does, feeds that item only).
 */
export const itemsFedBy = (
  framework: UnitFramework,
  collection: string,
  doc?: Record<string, unknown>,
): FrameworkItem[] =>
  framework.items.filter(
    (item) =>
      (item.feeds as string[] | undefined)?.includes(collection) &&
      (!doc ||
        ((typeof doc.itemCode !== 'string' || doc.itemCode === item.code) &&
          (item.feedFilters ?? []).every(
            (filter) =>
              filter.collection !== collection || matches(doc[filter.field], filter.value),
          ))),
  )
