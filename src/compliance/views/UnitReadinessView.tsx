import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { ApprovalDecision } from '../../approval/ApprovalDecision'
import { assignedUnitIDs, hasRole, isReviewer, userOf } from '../../access/roles'
import { defaultYear } from '../../frameworks/inForce'
import { unitDashboard } from '../dashboard'
import { statuses } from '../readiness'
import { itemUrl } from '../sheets'
import { notOfferedNotice } from '../unitFrameworks'
import { idParam, yearParam } from '../units'
import { AdminPage } from './AdminPage'
import { BorrowedFrameworkNotice } from './BorrowedFrameworkNotice'
import { StatusBadge } from './StatusBadge'
import { languageOf, shortDate, viewWords } from './words'

/** A new HQ observation about one item of a unit's year, the form filled in (`prefilledFrom`). */
export const findingLink = (admin: string, unit: number, year: number, code: string) =>
  `${admin}/collections/review-findings/create?unit=${unit}&year=${year}&item=${code}`

/**
 * The unit dashboard (`/admin/readiness?unit=&year=`): every item with its status, what is missing
 * and a link to fix it, who answers for it and by when, the HQ's observations and what is due next.
 */
export async function UnitReadinessView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const search = (props.searchParams ?? {}) as Record<string, string | undefined>
  const admin = req.payload.config.routes.admin
  const language = languageOf(req.i18n)
  const t = viewWords[language]
  const day = (value?: string | null) => shortDate(value, language)
  const fiscalYear = yearParam(search.year)
  const unitID =
    idParam(search.unit) ??
    idParam(getTenantFromCookie(req.headers, 'number')) ??
    idParam(assignedUnitIDs(userOf(req))[0])
  const dashboard = unitID ? await unitDashboard(req, unitID, fiscalYear) : null
  if (!dashboard) {
    return (
      <AdminPage {...props}>
        <h1>{t.readiness}</h1>
        <p>
          {t.chooseUnit} <a href={`${admin}/readiness/matrix`}>{t.matrix}</a>
        </p>
      </AdminPage>
    )
  }
  const { readiness, offeredYears, assignments, findings, dueNext, awaiting } = dashboard
  const head = hasRole(userOf(req), 'unit-approver', 'super-admin')
  const reviewer = isReviewer(userOf(req))
  const { unit, counts } = readiness
  const query = (year: number) => `?unit=${unit.id}&year=${year}`
  // Links lead only to years the unit's site publishes: other years have no item pages, nor ITAP
  // URLs.
  const published = offeredYears.includes(fiscalYear)
  const years = [fiscalYear - 1, fiscalYear, fiscalYear + 1].filter((year) =>
    offeredYears.includes(year),
  )
  const unpublished = published ? null : notOfferedNotice(fiscalYear, offeredYears)
  const fallback = defaultYear(offeredYears)
  return (
    <AdminPage {...props}>
      <h1>
        {t.readiness} · {unit.name} · {t.fiscalYear} {fiscalYear}
      </h1>
      <nav className="readiness__bar" aria-label={t.yearsAndFiles}>
        {years.length ? (
          <span>
            {t.fiscalYear}:{' '}
            {years.map((year) => (
              <a
                key={year}
                href={query(year)}
                aria-current={year === fiscalYear ? 'page' : undefined}
                className="readiness__year"
              >
                {year}
              </a>
            ))}
          </span>
        ) : null}
        {published ? (
          <>
            <a href={`/api/readiness/itap${query(fiscalYear)}`}>{t.itapSheet}</a>
            <a href={`/api/readiness/itap${query(fiscalYear)}&format=csv`}>(CSV)</a>
          </>
        ) : null}
      </nav>
      {unpublished ? (
        <Banner type="info" className="readiness__notice">
          {unpublished[language]}
          {fallback ? (
            <>
              {' '}
              <a href={query(fallback)}>
                {t.goToYear} {fallback}
              </a>
            </>
          ) : null}
        </Banner>
      ) : null}
      <BorrowedFrameworkNotice
        fiscalYear={fiscalYear}
        frameworkYear={readiness.frameworkYear}
        language={language}
      />

      <section className="readiness__summary" aria-label={t.summary}>
        <p className="readiness__score">
          <strong>{t.passed(counts.pass, counts.total)}</strong> (
          {counts.total ? Math.round((counts.pass / counts.total) * 100) : 0}%)
        </p>
        <progress max={counts.total} value={counts.pass} aria-label={t.itemsPassed} />
        <p>
          {statuses
            .filter((status) => status !== 'pass' && (counts[status] || status === 'fail'))
            .map((status, index) => (
              <span key={status}>
                {index > 0 && ' · '}
                <StatusBadge status={status} language={language} /> {t.items(counts[status])}
              </span>
            ))}
        </p>
      </section>

      {awaiting.length ? (
        <section id="approval" aria-labelledby="approval-title">
          <h2 id="approval-title">{t.awaiting(awaiting.length)}</h2>
          <table className="readiness__table">
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.document}</th>
                <th scope="col">{t.submittedAt}</th>
                <th scope="col">{head ? t.decision : t.status}</th>
              </tr>
            </thead>
            <tbody>
              {awaiting.map((entry) => (
                <tr key={`${entry.collection}/${entry.id}`}>
                  <th scope="row">{entry.items.join(', ') || '–'}</th>
                  <td>
                    {entry.what[language]}: <a href={entry.href}>{entry.title}</a>
                  </td>
                  <td>{day(entry.submittedAt)}</td>
                  <td>
                    {head ? (
                      <ApprovalDecision
                        collection={entry.collection}
                        id={entry.id}
                        title={entry.title}
                      />
                    ) : (
                      <StatusBadge status="awaiting" language={language} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <div className="readiness__columns">
        <section>
          <h2>{t.dueNext}</h2>
          {dueNext.length ? (
            <ul className="readiness__list">
              {dueNext.map((due, index) => (
                <li key={index}>
                  <strong>{day(due.date)}</strong> · {t.dueKinds[due.kind]}:{' '}
                  {due.href ? <a href={due.href}>{due.what}</a> : due.what}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.nothingDue}</p>
          )}
        </section>
        <section>
          <h2>{t.findings}</h2>
          {findings.length ? (
            <ul className="readiness__list">
              {findings.map((finding) => (
                <li key={finding.id}>
                  <a href={`${admin}/collections/review-findings/${finding.id}`}>
                    {finding.item}: {finding.observation}
                  </a>{' '}
                  <em>({t.findingStatus[finding.status] ?? finding.status})</em>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.noFindings}</p>
          )}
        </section>
      </div>

      <table className="readiness__table">
        <caption>{t.itemsOfFramework(readiness.frameworkYear ?? '–')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.missing}</th>
            <th scope="col">{t.owners}</th>
            <th scope="col">{t.deadline}</th>
          </tr>
        </thead>
        <tbody>
          {readiness.items.map((item) => {
            const owner = assignments.get(item.code)
            // Elements fed by the same data often miss the same thing: say it once.
            const missing = [
              ...new Map(
                item.elements.flatMap((element) =>
                  element.reasons.map(
                    (reason) =>
                      [reason[language], { text: reason[language], fix: element.fix }] as const,
                  ),
                ),
              ).values(),
            ]
            return (
              <tr key={item.code} id={item.code}>
                <th scope="row">
                  {published ? (
                    <a href={itemUrl(readiness, item.code)} title={t.publicPage}>
                      {item.code}
                    </a>
                  ) : (
                    item.code
                  )}
                </th>
                <td>{item.title[language]}</td>
                <td>
                  <StatusBadge status={item.status} language={language} />
                </td>
                <td>
                  {missing.length ? (
                    <ul className="readiness__missing">
                      {missing.map(({ text, fix }) => (
                        <li key={text}>
                          {text}
                          {fix ? (
                            <>
                              {' '}
                              <a href={fix}>{t.fix}</a>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                  {reviewer && item.status !== 'pass' ? (
                    <a
                      className="readiness__observe"
                      href={findingLink(admin, unit.id, fiscalYear, item.code)}
                    >
                      {t.observe}
                    </a>
                  ) : null}
                </td>
                <td>
                  {owner ? (
                    <dl className="readiness__owners">
                      <dt>{t.doer}</dt>
                      <dd>{owner.doer || '–'}</dd>
                      <dt>{t.controller}</dt>
                      <dd>{owner.controller || '–'}</dd>
                      <dt>{t.checker}</dt>
                      <dd>{owner.checker || '–'}</dd>
                    </dl>
                  ) : (
                    <a href={`${admin}/collections/oit-assignments/create`}>{t.assign}</a>
                  )}
                </td>
                <td>{day(owner?.deadline)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </AdminPage>
  )
}
