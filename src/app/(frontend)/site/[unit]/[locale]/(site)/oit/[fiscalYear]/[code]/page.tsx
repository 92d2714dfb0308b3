import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FISCAL_YEAR } from '@/companions/periods'
import { formatFiscalYear } from '@/fiscal'
import { subIndicatorLabels } from '@/frameworks/types'
import { FrameworkNotice } from '@/theme/components/FrameworkNotice'
import { FirstPublished, ItemEvidence } from '@/theme/components/ItemEvidence'
import { PeriodFiles } from '@/theme/components/PeriodFiles'
import { RichText } from '@/theme/components/RichText'
import { firstPublished as firstPublishedDates } from '@/compliance/publicationDates'
import { itemEvidence } from '@/theme/evidence'
import { pageMetadata } from '@/theme/metadata'
import { slugOf } from '@/options'
import { itemRoute } from '@/routing/publicAddresses'
import { availableSigns, itemFiles, siteOit, yearParam } from '@/theme/oit'
import { findPublic, siteOf, type Site, type SiteParams } from '@/theme/site'
import { collectionRoutes, routeOfYear, siteRoutes } from '@/routing/siteRoutes'

type Props = { params: Promise<SiteParams & { fiscalYear: string; code: string }> }

export const generateStaticParams = async () => []

/**
 * The item of the framework in force for the year (an earlier year's when the year has none of its
 * own).
 */
const load = cache(async (site: Site, year: string, code: string) => {
  const fiscalYear = yearParam(year)
  const framework = (await siteOit(site)).inForce(fiscalYear)
  const item = framework?.items.find(
    (candidate) => candidate.code.toLowerCase() === code.toLowerCase(),
  )
  return framework && item ? { fiscalYear, framework, item } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const { fiscalYear, code } = await params
  const data = await load(site, fiscalYear, code)
  return data
    ? pageMetadata(site, {
        title: `${data.item.code} ${site.pick(data.item.title)}`,
        path: itemRoute(data.fiscalYear, data.item.code),
      })
    : {}
}

/**
 * An item's stable page (what units paste into ITAP): every required element with its evidence, as
 * readiness judges it (theme/evidence.ts), then the item's disclosures, other files and open data.
 */
export default async function OitItem({ params }: Props) {
  const site = await siteOf(params)
  const { fiscalYear: year, code } = await params
  const data = await load(site, year, code)
  if (!data) notFound()
  const { fiscalYear, framework, item } = data
  const { unit, t } = site
  const [periods, firstPublished, signs, disclosures] = await Promise.all([
    itemFiles(site.payload, { id: unit.id, slug: unit.slug }, fiscalYear, item),
    firstPublishedDates(site.payload, unit.id, fiscalYear, item.code),
    availableSigns(site.payload, unit.id),
    findPublic(site, 'disclosures', {
      where: { and: [{ itemCode: { equals: item.code } }, { fiscalYear: { equals: fiscalYear } }] },
    }).then(({ docs }) => docs),
  ])
  const groups = await itemEvidence(site, fiscalYear, item, {
    files: periods,
    firstPublished,
    signs,
    // As anonymous visitors read them: published documents, public fields, every language.
    find: async (collection, where) =>
      (
        await site.payload.find({
          collection: slugOf(site.payload, collection) as 'news',
          where,
          locale: 'all',
          depth: 1,
          limit: 1000,
          pagination: false,
          overrideAccess: false,
        })
      ).docs as unknown as Record<string, unknown>[],
  })
  // Files not already shown with their month or year.
  const shownPeriods = new Set(
    groups.flatMap((group) =>
      group.kind === 'months'
        ? group.months.map((month) => month.period)
        : group.kind === 'files'
          ? group.periods.map((period) => period.period)
          : [],
    ),
  )
  const otherFiles = periods.filter((period) => !shownPeriods.has(period.period))
  const shownAt = [
    ...new Set(
      item.feeds
        .map((collection) => collectionRoutes[collection])
        .filter((route) => route !== undefined),
    ),
  ]
  const openData = `/oit/${unit.slug}/${fiscalYear}/${item.code}/fy`
  // Published content of the item itself (what its open data is made of), not the unit's profile or
  // the site's forms.
  const ownContent = groups.some((group) =>
    group.kind === 'records'
      ? group.subjects.length > 0 &&
        group.elements.some(
          (element) =>
            element.check?.type === 'records' &&
            (item.feeds as string[]).includes(element.check.collection),
        )
      : group.kind === 'months' && group.months.some((month) => month.published),
  )
  const nothing = !periods.length && !disclosures.length && !ownContent
  return (
    <main id="main" className="oit-item">
      <p className="breadcrumbs">
        <a href={site.href(`/oit/${fiscalYear}`)}>
          OIT {site.t(formatFiscalYear(fiscalYear), `FY ${fiscalYear}`)}
        </a>{' '}
        › {site.pick(subIndicatorLabels[item.subIndicator])}
      </p>
      <h1>
        <span className="code">{item.code}</span> {site.pick(item.title)}
      </h1>
      <FrameworkNotice site={site} fiscalYear={fiscalYear} frameworkYear={framework.fiscalYear} />
      {firstPublished.has(FISCAL_YEAR) && item.cadence !== 'monthly' && (
        <p>
          <FirstPublished site={site} at={firstPublished.get(FISCAL_YEAR)!} />
        </p>
      )}
      {nothing && (
        <p className="card notice">
          {t(
            'ยังไม่มีข้อมูลที่เผยแพร่สำหรับข้อนี้ในปีงบประมาณนี้',
            'Nothing has been published for this item in this fiscal year yet.',
          )}
        </p>
      )}
      <ItemEvidence site={site} groups={groups} />
      {disclosures.map((disclosure) => (
        <section
          key={disclosure.id}
          className="card"
          aria-labelledby={`disclosure-${disclosure.id}`}
        >
          <h2 id={`disclosure-${disclosure.id}`}>{disclosure.title}</h2>
          <RichText data={disclosure.body} />
        </section>
      ))}
      {otherFiles.length > 0 && (
        <section className="card" aria-labelledby="files">
          <h2 id="files">{t('เอกสารประกอบ', 'Files')}</h2>
          <PeriodFiles site={site} periods={otherFiles} />
        </section>
      )}
      {!nothing && (
        <p className="muted">
          {t('ข้อมูลแบบเปิด (ทั้งปีงบประมาณ)', 'Open data (whole fiscal year)')}:{' '}
          <a href={`${openData}.csv`}>CSV</a> · <a href={`${openData}.json`}>JSON</a>
        </p>
      )}
      {shownAt.length > 0 && (
        <p>
          {t('ดูบนเว็บไซต์', 'See on the website')}:{' '}
          {shownAt.map((route, index) => (
            <span key={route}>
              {index > 0 && ' · '}
              <a href={site.href(routeOfYear(route, fiscalYear))}>
                {site.pick(siteRoutes[route].label)}
              </a>
            </span>
          ))}
        </p>
      )}
    </main>
  )
}
