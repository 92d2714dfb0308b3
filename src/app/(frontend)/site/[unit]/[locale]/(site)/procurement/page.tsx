import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { procurementTitle, ProcurementYear } from '@/theme/components/ProcurementYear'
import { pageMetadata } from '@/theme/metadata'
import { siteOit } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

type Props = { params: Promise<SiteParams> }

/** The current fiscal year's procurement; its address with the year is canonical. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const { current } = await siteOit(site)
  return current
    ? pageMetadata(site, {
        title: procurementTitle(site, current),
        path: `${siteRoutes.procurement.path}/${current}`,
      })
    : {}
}

/** `/procurement` (the menu's link) shows the current fiscal year. */
export default async function Procurement({ params }: Props) {
  const site = await siteOf(params)
  const oit = await siteOit(site)
  const framework = oit.current === undefined ? undefined : oit.inForce(oit.current)
  if (!framework || oit.current === undefined) notFound()
  return <ProcurementYear site={site} oit={oit} fiscalYear={oit.current} framework={framework} />
}
