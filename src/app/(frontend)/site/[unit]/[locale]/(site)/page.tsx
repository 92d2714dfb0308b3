import type { Metadata } from 'next'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { standardHomeLayout } from '@/theme/homeLayout'
import { pageMetadata } from '@/theme/metadata'
import { publishedPage } from '@/theme/pages'
import { siteOf, type SiteParams } from '@/theme/site'

type Props = { params: Promise<SiteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const page = await publishedPage(site, 'home')
  return pageMetadata(site, { path: '', description: page?.description })
}

/**
 * The home page: the unit's own "home" page when it has published one, else the standard layout.
 */
export default async function Home({ params }: Props) {
  const site = await siteOf(params)
  const page = await publishedPage(site, 'home')
  const blocks = page?.layout?.length ? page.layout : standardHomeLayout
  return (
    <main id="main" className="home">
      {/* The standard layout opens with the hero, whose heading is the page's h1. */}
      {blocks[0]?.blockType !== 'hero' && <h1 className="visually-hidden">{site.unit.name}</h1>}
      <RenderBlocks blocks={blocks} site={site} />
    </main>
  )
}
