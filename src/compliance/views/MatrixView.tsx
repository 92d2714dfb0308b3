import type { AdminViewServerProps } from 'payload'

import { isReviewer, userOf } from '../../access/roles'
import { unitTypeLabels } from '../../frameworks/types'
import { readiness, type UnitReadiness } from '../readiness'
import { byUnitType, itemCounts, matrixCodes } from '../sheets'
import { idParam, reviewableHqs, reviewableUnits, yearParam } from '../units'
import { AdminPage } from './AdminPage'
import { BorrowedFrameworkNotice } from './BorrowedFrameworkNotice'
import { StatusBadge } from './StatusBadge'
import { findingLink } from './UnitReadinessView'
import { type Language, languageOf, viewWords } from './words'

/** Units of one type × that type's items; a failing cell also offers an HQ observation about it. */
function MatrixTable({
  results,
  admin,
  fiscalYear,
  language,
}: {
  results: UnitReadiness[]
  admin: string
  fiscalYear: number
  language: Language
}) {
  const t = viewWords[language]
  const codes = matrixCodes(results)
  const counts = itemCounts(results, codes)
  return (
    <div className="readiness__scroll">
      <table className="readiness__matrix">
        <thead>
          <tr>
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.pass}</th>
            {codes.map((code) => (
              <th scope="col" key={code}>
                {code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.unit.id}>
              <th scope="row">
                <a href={`${admin}/readiness?unit=${result.unit.id}&year=${fiscalYear}`}>
                  {result.unit.name}
                </a>
              </th>
              <td>
                {result.counts.pass}/{result.counts.total}
              </td>
              {codes.map((code) => {
                const item = result.items.find((candidate) => candidate.code === code)
                return (
                  <td
                    key={code}
                    className={item ? `readiness__cell--${item.status}` : undefined}
                    title={item ? `${code} ${item.title[language]}` : undefined}
                  >
                    {item ? (
                      <>
                        <a
                          href={`${admin}/readiness?unit=${result.unit.id}&year=${fiscalYear}#${code}`}
                        >
                          <StatusBadge status={item.status} language={language} compact />
                        </a>
                        {item.status !== 'pass' ? (
                          <a
                            className="readiness__observe"
                            href={findingLink(admin, result.unit.id, fiscalYear, code)}
                            aria-label={`${t.observe} ${code} ${result.unit.name}`}
                          >
                            ✎
                          </a>
                        ) : null}
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.unitsPassed}</th>
            <td />
            {counts.map(({ code, pass, total }) => (
              <td key={code}>
                {pass}/{total}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/**
 * The HQ matrix (`/admin/readiness/matrix?year=&hq=&unitType=`): units of the reviewer's subtree ×
 * items, with counts per unit and per item, drill-down to each unit's dashboard and an XLSX export.
 */
export async function MatrixView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = req.payload.config.routes.admin
  const language = languageOf(req.i18n)
  const t = viewWords[language]
  if (!isReviewer(userOf(req))) {
    return (
      <AdminPage {...props}>
        <h1>{t.matrix}</h1>
        <p>
          {t.reviewersOnly} <a href={`${admin}/readiness`}>{t.unitReadiness}</a>
        </p>
      </AdminPage>
    )
  }
  const search = (props.searchParams ?? {}) as Record<string, string | undefined>
  const fiscalYear = yearParam(search.year)
  const hq = idParam(search.hq)
  const unitType = search.unitType && search.unitType in unitTypeLabels ? search.unitType : null
  const [hqs, units] = await Promise.all([
    reviewableHqs(req),
    reviewableUnits(req, { hq, unitType }),
  ])
  const results = await readiness(req.payload, { units, fiscalYear })
  // Item codes mean different items for each unit type (a station's O15 is not an immigration
  // unit's): one table per type.
  const byType = byUnitType(results)
  // One framework year per unit type: say once per type when it is an earlier year's.
  const frameworkYears = new Map(
    results.map((result) => [result.unit.unitType, result.frameworkYear]),
  )
  const filters = new URLSearchParams({
    year: String(fiscalYear),
    ...(hq ? { hq: String(hq) } : {}),
    ...(unitType ? { unitType } : {}),
  })
  return (
    <AdminPage {...props}>
      <h1>
        {t.matrix} · {t.fiscalYear} {fiscalYear}
      </h1>
      <form method="get" className="readiness__filters">
        <label>
          {t.fiscalYear}{' '}
          <input name="year" type="number" defaultValue={fiscalYear} min={2560} max={2700} />
        </label>
        <label>
          {t.parentUnit}
          <select name="hq" defaultValue={hq ?? ''}>
            <option value="">{t.all}</option>
            {hqs.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.unitType}
          <select name="unitType" defaultValue={unitType ?? ''}>
            <option value="">{t.all}</option>
            {Object.entries(unitTypeLabels)
              .filter(([value]) => value !== 'hq')
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label[language]}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          {t.show}
        </button>
        <a href={`/api/readiness/matrix?${filters}`}>{t.matrixSheet}</a>
      </form>
      {[...frameworkYears].map(([type, frameworkYear]) => (
        <BorrowedFrameworkNotice
          key={type}
          fiscalYear={fiscalYear}
          frameworkYear={frameworkYear}
          unitType={type}
          language={language}
        />
      ))}
      <p>
        {t.unitsPassing(
          results.length,
          results.filter(
            (result) => result.counts.total && result.counts.pass === result.counts.total,
          ).length,
        )}
      </p>
      {[...byType].map(([type, group]) => (
        <section key={type} aria-labelledby={`matrix-${type}`}>
          <h2 id={`matrix-${type}`}>
            {unitTypeLabels[type as keyof typeof unitTypeLabels]?.[language] ?? type} (
            {t.unitCount(group.length)})
          </h2>
          <MatrixTable results={group} admin={admin} fiscalYear={fiscalYear} language={language} />
        </section>
      ))}
    </AdminPage>
  )
}
