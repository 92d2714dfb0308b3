import type { ServerProps } from 'payload'

import { isReviewer, type StaffUser } from '../../access/roles'
import { languageOf, viewWords } from './words'

/** Links to the readiness views under the admin navigation; the HQ matrix only for reviewers. */
export function ReadinessNavLinks({ user, payload, i18n }: ServerProps) {
  const admin = payload.config.routes.admin
  const t = viewWords[languageOf(i18n)]
  return (
    <div className="readiness-nav">
      <a className="nav__link" href={`${admin}/readiness`}>
        {t.unitReadiness}
      </a>
      {isReviewer(user as unknown as StaffUser) ? (
        <a className="nav__link" href={`${admin}/readiness/matrix`}>
          {t.matrixNav}
        </a>
      ) : null}
    </div>
  )
}
