import { Banner } from '@payloadcms/ui'

import { unitTypeLabels } from '../../frameworks/types'
import { borrowedFrameworkNotice } from '../../frameworks/inForce'

import type { Language } from './words'

type Props = {
  fiscalYear: number
  frameworkYear: number | null
  unitType?: string
  language: Language
}

/**
 * Says so when a fiscal year is judged by an earlier year's framework (it has none of its own yet),
 * naming that year; with `unitType`, for that unit type only (the HQ matrix mixes types).
 */
export function BorrowedFrameworkNotice({ fiscalYear, frameworkYear, unitType, language }: Props) {
  const notice = frameworkYear === null ? null : borrowedFrameworkNotice(fiscalYear, frameworkYear)
  if (!notice) return null
  const label = unitType ? unitTypeLabels[unitType as keyof typeof unitTypeLabels] : undefined
  return (
    <Banner type="info" className="readiness__notice">
      {label ? `${label[language]}: ` : ''}
      {notice[language]}
    </Banner>
  )
}
