import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { pageMetadata } from '@/theme/metadata'
import { publishedPage } from '@/theme/pages'
import { siteOf, type SiteParams } from '@/theme/site'

type Props = { params: Promise<SiteParams & { page: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const page = await publishedPage(site, (await params).page)
  return page
    ? pageMetadata(site, {
        title: page.title,
        description: page.description,
        path: `/${page.slug}`,
      })
    : {}
}

/** A page the unit built itself from blocks (the home page is served at the site's root). */
export default async function UnitPage({ params }: Props) {
  const site = await siteOf(params)
  const slug = (await params).page
  const page = slug === 'home' ? null : await publishedPage(site, slug)
  if (!page) notFound()
  const startsWithHero = page.layout?.[0]?.blockType === 'hero'
  return (
    <main id="main">
      {!startsWithHero && <h1>{page.title}</h1>}
      <RenderBlocks blocks={page.layout ?? []} site={site} />
    </main>
  )
}
