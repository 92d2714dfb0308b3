import { Banner } from '@payloadcms/ui'

import { unitTypeLabels } from '../../frameworks/types'
import { borrowedFrameworkNotice } from '../../frameworks/inForce'

type Props = { fiscalYear: number; frameworkYear: number | null; unitType?: string }

/**
 * Says so when a fiscal year is judged by an earlier year's framework (it has none of its own yet),
 * naming that year; with `unitType`, for that unit type only (the HQ matrix mixes types).
 */
export function BorrowedFrameworkNotice({ fiscalYear, frameworkYear, unitType }: Props) {
  const notice = frameworkYear === null ? null : borrowedFrameworkNotice(fiscalYear, frameworkYear)
  if (!notice) return null
  const label = unitType ? unitTypeLabels[unitType as keyof typeof unitTypeLabels] : undefined
  return (
    <Banner type="info" className="readiness__notice">
      {label ? `${label.th}: ` : ''}
      {notice.th} / <span lang="en">{label ? `${label.en}: ` : ''}{notice.en}</span>
    </Banner>
  )
}
