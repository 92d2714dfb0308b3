import { formatFiscalYear } from '@/fiscal'
import { parseMonthPeriod, periodLabel } from '@/companions/periods'
import { DocumentLink } from '@/theme/components/Files'
import { PeriodFiles } from '@/theme/components/PeriodFiles'
import { YearSwitcher } from '@/theme/components/YearSwitcher'
import { routeMetadata } from '@/theme/metadata'
import { itemContent } from '@/theme/itemContent'
import { frameworksOf, itemFiles, itemPath } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'
import { collectionRoutes, siteRoutes } from '@/theme/siteRoutes'

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
  // The items whose content this page presents (O14, O15 in the standard frameworks).
  const items = framework.items.filter((item) => item.feeds.some((feed) => collectionRoutes[feed] === 'procurement'))
  const sections = await Promise.all(items.map(async (item) => ({ item, periods: await itemFiles(site.payload, unit, fiscalYear, item), ...(await itemContent(site, fiscalYear, item)) })))
  return (
    <main id="main">
      <h1>
        {site.pick(siteRoutes.procurement.label)} {t(formatFiscalYear(fiscalYear), `FY ${fiscalYear}`)}
      </h1>
      <YearSwitcher site={site} years={frameworks.map((candidate) => candidate.fiscalYear)} current={fiscalYear} path={(other) => `/procurement?year=${other}`} />
      {sections.map(({ item, periods, declarations, collections }) => {
        const records = collections.flatMap((collection) => collection.records).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        const months = [...new Set(records.map((record) => (record.date ?? '').slice(0, 7)))]
        return (
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
            {months.map((month) => (
              <div key={month}>
                <h3>{parseMonthPeriod(month) ? periodLabel(month, fiscalYear) : t('ไม่ระบุเดือน', 'Undated')}</h3>
                <ul className="plain">
                  {records
                    .filter((record) => (record.date ?? '').startsWith(month))
                    .map((record) => (
                      <li key={record.id}>
                        <DocumentLink file={record.files[0]} title={record.title} />
                        {record.date && <span className="muted"> · {site.formatDate(record.date)}</span>}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
            {!periods.length && !declarations.length && !records.length && <p>{t('ยังไม่มีข้อมูลที่เผยแพร่', 'Nothing published yet.')}</p>}
          </section>
        )
      })}
    </main>
  )
}
