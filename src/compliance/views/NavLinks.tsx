import type { ServerProps } from 'payload'

import { isReviewer, type StaffUser } from '../../access/roles'

/** Links to the readiness views under the admin navigation; the HQ matrix only for reviewers. */
export function ReadinessNavLinks({ user, payload }: ServerProps) {
  const admin = payload.config.routes.admin
  return (
    <div className="readiness-nav">
      <a className="nav__link" href={`${admin}/readiness`}>ความพร้อม OIT ของหน่วยงาน</a>
      {isReviewer(user as unknown as StaffUser) ? <a className="nav__link" href={`${admin}/readiness/matrix`}>ภาพรวมความพร้อม OIT (ผู้ตรวจ)</a> : null}
    </div>
  )
}
