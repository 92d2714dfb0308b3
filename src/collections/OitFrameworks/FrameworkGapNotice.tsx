import { Banner } from '@payloadcms/ui'
import type { ServerProps } from 'payload'

import { isSuperAdmin, type StaffUser } from '../../access/roles'
import { currentFrameworkGaps } from '../../frameworks/currentGaps'
import { unitTypeLabels } from '../../frameworks/types'
import { CloneIntoYearButton } from './CloneIntoYearButton'

/**
 * On the admin dashboard, for super-admins (the only ones who may clone): each unit type whose
 * current fiscal year still runs on an earlier year's framework, with that framework's clone into
 * the current year one click away.
 */
export async function FrameworkGapNotice({ payload, user, i18n }: ServerProps) {
  if (!isSuperAdmin(user as unknown as StaffUser)) return null
  const gaps = await currentFrameworkGaps(payload)
  if (!gaps.length) return null
  const en = i18n.language === 'en'
  return (
    <section
      className="framework-gaps"
      aria-label={
        en
          ? 'Assessment criteria of the current fiscal year'
          : 'เกณฑ์การประเมินของปีงบประมาณปัจจุบัน'
      }
    >
      {gaps.map(({ unitType, fiscalYear, inForce }) => {
        const label = unitTypeLabels[unitType as keyof typeof unitTypeLabels]
        return (
          <Banner key={unitType} type="info" className="framework-gaps__gap">
            {en
              ? `FY ${fiscalYear} has no assessment criteria for ${label.en} yet; the FY ${inForce.fiscalYear} criteria apply for now.`
              : `ปีงบประมาณ พ.ศ. ${fiscalYear} ยังไม่มีเกณฑ์การประเมินของ${label.th} ขณะนี้ใช้เกณฑ์ปี พ.ศ. ${inForce.fiscalYear}`}{' '}
            <CloneIntoYearButton
              frameworkID={inForce.id}
              fiscalYear={fiscalYear}
              label={
                en
                  ? `Clone the FY ${inForce.fiscalYear} criteria into FY ${fiscalYear}`
                  : `คัดลอกเกณฑ์ปี พ.ศ. ${inForce.fiscalYear} เป็นปี พ.ศ. ${fiscalYear}`
              }
            />
          </Banner>
        )
      })}
    </section>
  )
}
