import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { formatFiscalYear } from '@/fiscal'
import { OitItems } from '@/theme/components/OitItems'
import { YearSwitcher } from '@/theme/components/YearSwitcher'
import { pageMetadata } from '@/theme/metadata'
import { frameworksOf } from '@/theme/oit'
import { siteOf, type Site, type SiteParams } from '@/theme/site'

type Props = { params: Promise<SiteParams & { fiscalYear: string }> }

export const generateStaticParams = async () => []

const load = cache(async (site: Site, year: string) => {
  const frameworks = await frameworksOf(site.payload, site.unit.unitType)
  const framework = frameworks.find((candidate) => String(candidate.fiscalYear) === year)
  return framework ? { frameworks, framework } : null
})

const hubTitle = (site: Site, fiscalYear: number) => `${site.t('การเปิดเผยข้อมูลสาธารณะ (OIT)', 'Open information (OIT)')} ${site.t(formatFiscalYear(fiscalYear), `FY ${fiscalYear} (BE)`)}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const data = await load(site, (await params).fiscalYear)
  return data ? pageMetadata(site, { title: hubTitle(site, data.framework.fiscalYear), path: `/oit/${data.framework.fiscalYear}` }) : {}
}

/** The OIT hub of a fiscal year: every item of the unit's framework, by indicator, linking to its stable item page. */
export default async function OitHub({ params }: Props) {
  const site = await siteOf(params)
  const data = await load(site, (await params).fiscalYear)
  if (!data) notFound()
  const { frameworks, framework } = data
  return (
    <main id="main">
      <h1>{hubTitle(site, framework.fiscalYear)}</h1>
      <YearSwitcher site={site} years={frameworks.map(({ fiscalYear }) => fiscalYear)} current={framework.fiscalYear} path={(year) => `/oit/${year}`} />
      <OitItems site={site} fiscalYear={framework.fiscalYear} items={framework.items} />
    </main>
  )
}
