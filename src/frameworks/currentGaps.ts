import type { Payload } from 'payload'

import { currentFiscalYear } from '../fiscal'
import { frameworksInForce, type Framework } from './inForce'
import { unitTypes } from './types'

/**
 * A unit type whose current fiscal year has no framework of its own, and the earlier one in force
 * (the one to clone).
 */
export type FrameworkGap = { unitType: string; fiscalYear: number; inForce: Framework }

/**
 * Every unit type with frameworks whose current fiscal year borrows an earlier year's, in the unit
 * types' order.
 */
export async function currentFrameworkGaps(
  payload: Payload,
  today: Date = new Date(),
): Promise<FrameworkGap[]> {
  const fiscalYear = currentFiscalYear(today)
  const inForce = await frameworksInForce(payload, fiscalYear)
  return unitTypes.flatMap((unitType) => {
    const framework = inForce.get(unitType)
    return framework && framework.fiscalYear !== fiscalYear
      ? [{ unitType, fiscalYear, inForce: framework }]
      : []
  })
}
