import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { procurementTitle, ProcurementYear } from '@/theme/components/ProcurementYear'
import { pageMetadata } from '@/theme/metadata'
import { siteOit, yearParam } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

type Props = { params: Promise<SiteParams & { fiscalYear: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const fiscalYear = yearParam((await params).fiscalYear)
  if (!(await siteOit(site)).inForce(fiscalYear)) return {}
  return pageMetadata(site, {
    title: procurementTitle(site, fiscalYear),
    path: `${siteRoutes.procurement.path}/${fiscalYear}`,
  })
}

/** O14 and O15 of a fiscal year the site publishes. */
export default async function ProcurementOfYear({ params }: Props) {
  const site = await siteOf(params)
  const fiscalYear = yearParam((await params).fiscalYear)
  const oit = await siteOit(site)
  const framework = oit.inForce(fiscalYear)
  if (!framework) notFound()
  return <ProcurementYear site={site} oit={oit} fiscalYear={fiscalYear} framework={framework} />
}
