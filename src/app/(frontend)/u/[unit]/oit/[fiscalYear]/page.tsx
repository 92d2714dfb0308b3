import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { formatFiscalYear } from '../../../../../../fiscal'
import { indicatorLabels, indicatorOf, subIndicatorLabels, subIndicators } from '../../../../../../frameworks/types'
import { frameworksOf, itemPath, publicUnit } from '../../../../../../theme/oit'
import { publicPayload } from '../../../../../../theme/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ unit: string; fiscalYear: string }> }

const load = cache(async (slug: string, year: string) => {
  const payload = await publicPayload()
  const unit = await publicUnit(payload, slug)
  if (!unit) return null
  const frameworks = await frameworksOf(payload, unit.unitType)
  const framework = frameworks.find((candidate) => String(candidate.fiscalYear) === year)
  return framework ? { unit, frameworks, framework } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { unit, fiscalYear } = await params
  const data = await load(unit, fiscalYear)
  return data ? { title: `OIT ${formatFiscalYear(data.framework.fiscalYear)} · ${data.unit.name}` } : {}
}

/** The OIT hub of a fiscal year: every item of the unit's framework, by indicator, linking to its stable item page. */
export default async function OitHub({ params }: Props) {
  const { unit: slug, fiscalYear } = await params
  const data = await load(slug, fiscalYear)
  if (!data) notFound()
  const { unit, frameworks, framework } = data
  return (
    <>
      <header className="site-header">
        <p>
          <Link href={`/u/${unit.slug}`}>{unit.name}</Link>
        </p>
        <h1>การเปิดเผยข้อมูลสาธารณะ (OIT) {formatFiscalYear(framework.fiscalYear)}</h1>
      </header>
      <main>
        {frameworks.length > 1 && (
          <nav aria-label="ปีงบประมาณ" className="years">
            {frameworks.map((candidate) =>
              candidate.fiscalYear === framework.fiscalYear ? (
                <span key={candidate.fiscalYear} aria-current="page">
                  {candidate.fiscalYear}
                </span>
              ) : (
                <Link key={candidate.fiscalYear} href={`/u/${unit.slug}/oit/${candidate.fiscalYear}`}>
                  {candidate.fiscalYear}
                </Link>
              ),
            )}
          </nav>
        )}
        {(['9', '10'] as const).map((indicator) => (
          <section key={indicator} className="card" aria-labelledby={`indicator-${indicator}`}>
            <h2 id={`indicator-${indicator}`}>{indicatorLabels[indicator]}</h2>
            {subIndicators
              .filter((sub) => indicatorOf(sub) === indicator)
              .map((sub) => {
                const items = framework.items.filter((item) => item.subIndicator === sub)
                return items.length ? (
                  <div key={sub}>
                    <h3>{subIndicatorLabels[sub]}</h3>
                    <ul className="plain">
                      {items.map((item) => (
                        <li key={item.code} className="item">
                          <span className="code">{item.code}</span>
                          <Link href={itemPath(unit.slug, framework.fiscalYear, item.code)}>{item.title.th}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null
              })}
          </section>
        ))}
      </main>
    </>
  )
}
