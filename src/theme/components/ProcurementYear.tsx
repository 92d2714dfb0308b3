import { parseMonthPeriod, periodLabel } from '../../companions/periods'
import { formatFiscalYear } from '../../fiscal'
import type { Framework } from '../../frameworks/inForce'
import { itemContent } from '../itemContent'
import { itemFiles, itemPath, type SiteOit } from '../oit'
import type { Site } from '../site'
import { collectionRoutes, siteRoutes } from '../../routing/siteRoutes'
import { DocumentLink } from './Files'
import { FrameworkNotice } from './FrameworkNotice'
import { PeriodFiles } from './PeriodFiles'
import { YearSwitcher } from './YearSwitcher'

export const procurementTitle = (site: Site, fiscalYear: number) =>
  `${site.pick(siteRoutes.procurement.label)} ${site.t(formatFiscalYear(fiscalYear), `FY ${fiscalYear}`)}`

/**
 * O14 and O15 for a fiscal year: announcements by month, the monthly สขร.1 summaries and "no
 * procurement" declarations.
 */
export async function ProcurementYear({
  site,
  oit,
  fiscalYear,
  framework,
}: {
  site: Site
  oit: SiteOit
  fiscalYear: number
  framework: Framework
}) {
  const { t, unit } = site
  // The items whose content this page presents (O14, O15 in the standard frameworks).
  const items = framework.items.filter((item) =>
    item.feeds.some((feed) => collectionRoutes[feed] === 'procurement'),
  )
  const sections = await Promise.all(
    items.map(async (item) => ({
      item,
      periods: await itemFiles(site.payload, unit, fiscalYear, item),
      ...(await itemContent(site, fiscalYear, item)),
    })),
  )
  return (
    <main id="main">
      <h1>{procurementTitle(site, fiscalYear)}</h1>
      <YearSwitcher
        site={site}
        years={oit.years}
        current={fiscalYear}
        path={(year) => `${siteRoutes.procurement.path}/${year}`}
      />
      <FrameworkNotice site={site} fiscalYear={fiscalYear} frameworkYear={framework.fiscalYear} />
      {sections.map(({ item, periods, declarations, collections }) => {
        const records = collections
          .flatMap((collection) => collection.records)
          .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
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
                <h3>
                  {parseMonthPeriod(month)
                    ? periodLabel(month, fiscalYear)
                    : t('ไม่ระบุเดือน', 'Undated')}
                </h3>
                <ul className="plain">
                  {records
                    .filter((record) => (record.date ?? '').startsWith(month))
                    .map((record) => (
                      <li key={record.id}>
                        <DocumentLink file={record.files[0]} title={record.title} />
                        {record.date && (
                          <span className="muted"> · {site.formatDate(record.date)}</span>
                        )}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
            {!periods.length && !declarations.length && !records.length && (
              <p>{t('ยังไม่มีข้อมูลที่เผยแพร่', 'Nothing published yet.')}</p>
            )}
          </section>
        )
      })}
    </main>
  )
}
