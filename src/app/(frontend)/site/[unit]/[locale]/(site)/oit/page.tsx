import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hubTitle, OitHub } from '@/theme/components/OitHub'
import { pageMetadata } from '@/theme/metadata'
import { siteOit } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'

type Props = { params: Promise<SiteParams> }

/** The current fiscal year's hub; its address with the year is canonical. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const { current } = await siteOit(site)
  return current
    ? pageMetadata(site, { title: hubTitle(site, current), path: `/oit/${current}` })
    : {}
}

/** `/oit` (the menu's ITA link) shows the current fiscal year's hub. */
export default async function OitCurrent({ params }: Props) {
  const site = await siteOf(params)
  const oit = await siteOit(site)
  const framework = oit.current === undefined ? undefined : oit.inForce(oit.current)
  if (!framework || oit.current === undefined) notFound()
  return <OitHub site={site} oit={oit} fiscalYear={oit.current} framework={framework} />
}
