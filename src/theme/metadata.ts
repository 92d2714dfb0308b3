import type { Metadata } from 'next'

import { siteOf, type Site, type SiteParams } from './site'
import { siteRoutes, type SiteRoute } from '../routing/siteRoutes'

/**
 * A page's title, description, canonical and language alternates, and OpenGraph tags: one place,
 * since Next replaces a parent's `openGraph` object rather than merging it.
 */
export function pageMetadata(
  site: Site,
  {
    title,
    description,
    path,
    image,
  }: { title?: string; description?: string | null; path: string; image?: string | null },
): Metadata {
  const { unit, t } = site
  const text =
    description || t(`ข้อมูลและบริการของ${unit.name}`, `Information and services of ${unit.name}`)
  return {
    metadataBase: new URL(site.origin),
    title: title ?? { absolute: unit.name },
    description: text,
    alternates: {
      canonical: site.href(path),
      languages: { th: site.hrefIn('th', path), en: site.hrefIn('en', path) },
      types: { 'application/rss+xml': site.href('/news/feed.xml') },
    },
    openGraph: {
      type: 'website',
      siteName: unit.name,
      title: title ? `${title} · ${unit.shortName}` : unit.name,
      description: text,
      url: site.href(path),
      locale: site.locale === 'th' ? 'th_TH' : 'en_US',
      ...(image ? { images: [{ url: image }] } : {}),
    },
  }
}

/** `generateMetadata` of a built-in page: its menu label as the title, at its own path. */
export const routeMetadata =
  (route: SiteRoute) =>
  async ({ params }: { params: Promise<SiteParams> }): Promise<Metadata> => {
    const site = await siteOf(params)
    return pageMetadata(site, {
      title: site.pick(siteRoutes[route].label),
      path: siteRoutes[route].path,
    })
  }
