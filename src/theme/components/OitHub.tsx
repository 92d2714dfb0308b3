import { formatFiscalYear } from '../../fiscal'
import type { Framework } from '../../frameworks/inForce'
import type { SiteOit } from '../oit'
import type { Site } from '../site'
import { FrameworkNotice } from './FrameworkNotice'
import { OitItems } from './OitItems'
import { YearSwitcher } from './YearSwitcher'

export const hubTitle = (site: Site, fiscalYear: number) =>
  `${site.t('การเปิดเผยข้อมูลสาธารณะ (OIT)', 'Open information (OIT)')} ${site.t(formatFiscalYear(fiscalYear), `FY ${fiscalYear} (BE)`)}`

/**
 * The OIT hub of a fiscal year: every item of the framework in force, by indicator, linking to its
 * stable item page.
 */
export function OitHub({
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
  return (
    <main id="main">
      <h1>{hubTitle(site, fiscalYear)}</h1>
      <YearSwitcher
        site={site}
        years={oit.years}
        current={fiscalYear}
        path={(year) => `/oit/${year}`}
      />
      <FrameworkNotice site={site} fiscalYear={fiscalYear} frameworkYear={framework.fiscalYear} />
      <OitItems site={site} fiscalYear={fiscalYear} items={framework.items} />
    </main>
  )
}
