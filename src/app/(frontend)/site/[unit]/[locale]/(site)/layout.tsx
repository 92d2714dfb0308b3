import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/theme/components/SiteFooter'
import { SiteHeader } from '@/theme/components/SiteHeader'
import { siteOf, type SiteParams } from '@/theme/site'

type Props = { children: ReactNode; params: Promise<SiteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  return { title: { default: site.unit.name, template: `%s · ${site.unit.shortName}` } }
}

/** A unit's pages: its header and menu, the page, and its footer with contact data. */
export default async function SiteLayout({ children, params }: Props) {
  const site = await siteOf(params)
  return (
    <>
      <SiteHeader site={site} />
      {children}
      <SiteFooter site={site} />
    </>
  )
}
