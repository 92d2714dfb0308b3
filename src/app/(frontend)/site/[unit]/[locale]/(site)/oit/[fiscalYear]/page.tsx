import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hubTitle, OitHub } from '@/theme/components/OitHub'
import { pageMetadata } from '@/theme/metadata'
import { siteOit, yearParam } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'

type Props = { params: Promise<SiteParams & { fiscalYear: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const fiscalYear = yearParam((await params).fiscalYear)
  return (await siteOit(site)).inForce(fiscalYear)
    ? pageMetadata(site, { title: hubTitle(site, fiscalYear), path: `/oit/${fiscalYear}` })
    : {}
}

/**
 * The OIT hub of a fiscal year the site publishes (frameworks/inForce.ts: its framework or the
 * latest earlier one).
 */
export default async function OitYear({ params }: Props) {
  const site = await siteOf(params)
  const fiscalYear = yearParam((await params).fiscalYear)
  const oit = await siteOit(site)
  const framework = oit.inForce(fiscalYear)
  if (!framework) notFound()
  return <OitHub site={site} oit={oit} fiscalYear={fiscalYear} framework={framework} />
}
