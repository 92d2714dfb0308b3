import { announcementKinds } from '@/collections/ProcurementAnnouncements'
import { formatFiscalYear } from '@/fiscal'
import { periodLabel } from '@/companions/periods'
import type { Document } from '@/payload-types'
import { DocumentLink } from '@/theme/components/Files'
import { PeriodFiles } from '@/theme/components/PeriodFiles'
import { YearSwitcher } from '@/theme/components/YearSwitcher'
import { routeMetadata } from '@/theme/metadata'
import { frameworksOf, itemDeclarations, itemFiles, itemPath } from '@/theme/oit'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/theme/siteRoutes'

export const generateMetadata = routeMetadata('procurement')

type Props = { params: Promise<SiteParams>; searchParams: Promise<{ year?: string }> }

/** O14 and O15 for a fiscal year: announcements by month, the monthly สขร.1 summaries and "no procurement" declarations. */
export default async function Procurement({ params, searchParams }: Props) {
  const site = await siteOf(params)
  const { t, unit } = site
  const frameworks = await frameworksOf(site.payload, unit.unitType)
  const { year } = await searchParams
  const framework = frameworks.find((candidate) => String(candidate.fiscalYear) === year) ?? frameworks[0]
  if (!framework) return <main id="main"><h1>{site.pick(siteRoutes.procurement.label)}</h1></main>
  const { fiscalYear } = framework
  const items = framework.items.filter((item) => item.feeds.some((feed) => feed.startsWith('procurement-')))
  const [{ docs: announcements }, sections] = await Promise.all([
    findPublic(site, 'procurement-announcements', { where: { and: [{ fiscalYear: { equals: fiscalYear } }, { noneDeclared: { not_equals: true } }] }, sort: 'date', limit: 500 }),
    Promise.all(items.map(async (item) => ({ item, periods: await itemFiles(site.payload, unit, fiscalYear, item), declarations: await itemDeclarations(site.payload, unit.id, fiscalYear, item) }))),
  ])
  const months = [...new Set(announcements.map((announcement) => (announcement.month ?? announcement.date).slice(0, 7)))]
  return (
    <main id="main">
      <h1>
        {site.pick(siteRoutes.procurement.label)} {t(formatFiscalYear(fiscalYear), `FY ${fiscalYear}`)}
      </h1>
      <YearSwitcher site={site} years={frameworks.map((candidate) => candidate.fiscalYear)} current={fiscalYear} path={(other) => `/procurement?year=${other}`} />
      {sections.map(({ item, periods, declarations }) => (
        <section key={item.code} className="card" aria-labelledby={`item-${item.code}`}>
          <h2 id={`item-${item.code}`}>
            <a href={itemPath(site, fiscalYear, item.code)}>
              {item.code} {site.pick(item.title)}
            </a>
          </h2>
          {declarations.map((declaration, index) => (
            <p key={index}>
              {declaration.label && `${declaration.label}: `}
              <strong>{declaration.text}</strong>
            </p>
          ))}
          {periods.length > 0 && <PeriodFiles site={site} periods={periods} />}
          {item.feeds.includes('procurement-announcements') &&
            months.map((month) => (
              <div key={month}>
                <h3>{periodLabel(month, fiscalYear)}</h3>
                <ul className="plain">
                  {announcements
                    .filter((announcement) => (announcement.month ?? announcement.date).startsWith(month))
                    .map((announcement) => {
                      const title = [announcement.kind ? site.pick(announcementKinds[announcement.kind]) : null, announcement.title].filter(Boolean).join(': ')
                      return (
                        <li key={announcement.id}>
                          {announcement.file && typeof announcement.file === 'object' ? <DocumentLink document={{ ...(announcement.file as Document), title }} /> : title}
                          <span className="muted"> · {site.formatDate(announcement.date)}</span>
                        </li>
                      )
                    })}
                </ul>
              </div>
            ))}
          {!periods.length && !declarations.length && !(item.feeds.includes('procurement-announcements') && months.length) && <p>{t('ยังไม่มีข้อมูลที่เผยแพร่', 'Nothing published yet.')}</p>}
        </section>
      ))}
    </main>
  )
}
