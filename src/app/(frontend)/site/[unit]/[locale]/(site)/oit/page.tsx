import { notFound, redirect } from 'next/navigation'

import { frameworksOf } from '@/theme/oit'
import { siteOf, type SiteParams } from '@/theme/site'

/** `/oit` opens the latest fiscal year's hub. */
export default async function OitLatest({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const [latest] = await frameworksOf(site.payload, site.unit.unitType)
  if (!latest) notFound()
  redirect(site.href(`/oit/${latest.fiscalYear}`))
}
