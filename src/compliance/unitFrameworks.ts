import type { PayloadRequest } from 'payload'

import { governing, loadFrameworks, offeredYears, type Framework } from '../frameworks/inForce'
import type { Text } from './readiness'

export type UnitFrameworks = {
  /**
   * The fiscal years the unit's public site publishes: the only ones with item pages to link to.
   */
  offered: number[]
  /** The framework in force for the year, keyed by unit type as `readiness()` takes it. */
  inForce: Map<string, Framework>
}

/**
 * One unit type's frameworks seen from a fiscal year (one query): what readiness evaluates, and
 * which years the site serves.
 */
export async function unitFrameworks(
  req: PayloadRequest,
  unitType: string,
  fiscalYear: number,
  today = new Date(),
): Promise<UnitFrameworks> {
  const frameworks = await loadFrameworks(req.payload, { unitType, req })
  const inForce = governing(frameworks, fiscalYear)
  return {
    offered: offeredYears(frameworks, today),
    inForce: new Map(inForce ? [[unitType, inForce]] : []),
  }
}

/**
 * Why a year outside `offered` has no public item pages (nor ITAP links), naming the years that do.
 */
export const notOfferedNotice = (fiscalYear: number, offered: readonly number[]): Text => {
  const years = [...offered].sort((a, b) => a - b).join(', ') || '–'
  return {
    th: `เว็บไซต์หน่วยงานไม่มีหน้า OIT ของปีงบประมาณ พ.ศ. ${fiscalYear} (ปีที่มี: ${years})`,
    en: `the unit's website has no OIT pages for FY ${fiscalYear} (years published: ${years})`,
  }
}
