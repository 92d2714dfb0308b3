import { borrowedFrameworkNotice } from '../../frameworks/inForce'
import type { Site } from '../site'

/**
 * Says so when a fiscal year's pages follow an earlier year's framework (no framework of its own
 * yet).
 */
export function FrameworkNotice({
  site,
  fiscalYear,
  frameworkYear,
}: {
  site: Site
  fiscalYear: number
  frameworkYear: number
}) {
  const notice = borrowedFrameworkNotice(fiscalYear, frameworkYear)
  return notice ? <p className="card notice framework-notice">{site.pick(notice)}</p> : null
}
