import { cache } from 'react'

import type { LinkKind } from '../fields/link'
import type { Site } from './site'
import { findPublic } from './site'
import { menuRow, siteRoutes, standardMenu, type SiteRoute } from '../routing/siteRoutes'

/** A link as stored by `linkFields`. */
export type StoredLink = {
  kind?: LinkKind | null
  route?: SiteRoute | null
  page?: number | { id: number } | null
  url?: string | null
}

export type MenuLink = {
  label: string
  href: string | null
  external: boolean
  children: MenuLink[]
}

type StoredItem = StoredLink & {
  label: string
  children?: (StoredLink & { label: string })[] | null
}

/** The slugs of the unit's published pages by ID, for links to them. */
export const publishedPages = cache(async (site: Site): Promise<Map<number, string>> => {
  const { docs } = await findPublic(site, 'pages', { depth: 0, limit: 200, sort: 'title' })
  return new Map(docs.map((page) => [page.id, page.slug]))
})

/** A stored link's address on this site; `null` when it points at a page that is not published. */
export function linkHref(site: Site, link: StoredLink, pages: Map<number, string>): string | null {
  switch (link.kind) {
    case 'url':
      return link.url ?? null
    case 'page': {
      const slug = pages.get(
        typeof link.page === 'object' ? (link.page?.id ?? -1) : (link.page ?? -1),
      )
      return slug ? site.href(`/${slug}`) : null
    }
    case 'route': {
      if (!link.route) return null
      const route: { path: string; unitPage?: string } = siteRoutes[link.route]
      if (route.unitPage && ![...pages.values()].includes(route.unitPage)) return null
      return site.href(route.path)
    }
    default:
      return null
  }
}

/**
 * The unit's menu (the standard menu while it has none), with every link resolved. Links to pages
 * that are not published are left out, and so is a heading left with nothing under it.
 */
export async function siteMenu(site: Site): Promise<MenuLink[]> {
  const pages = await publishedPages(site)
  const stored = (
    site.unit.menu?.length
      ? site.unit.menu
      : standardMenu(site.unit.unitType).map((item) => menuRow(item, site.locale))
  ) as StoredItem[]
  const resolve = (item: StoredItem): MenuLink | null => {
    const href = linkHref(site, item, pages)
    const children = (item.children ?? [])
      .map(resolve)
      .filter((child): child is MenuLink => child !== null)
    if (!href && !children.length) return null
    return { label: item.label, href, external: item.kind === 'url', children }
  }
  return stored.map(resolve).filter((item): item is MenuLink => item !== null)
}
