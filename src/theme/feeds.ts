import { itemRoute } from '../routing/publicAddresses'
import { siteOit } from './oit'
import { findPublic, loadSite, type Site, type SiteParams } from './site'
import { siteRoutes } from '../routing/siteRoutes'

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  )

const xml = (body: string, type = 'application/xml') =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
    headers: { 'content-type': `${type}; charset=utf-8` },
  })

/** A route handler for one unit site (sitemap, robots, RSS); 404 for an unknown unit. */
export const siteRouteHandler =
  (respond: (site: Site) => Promise<Response>) =>
  async (_request: Request, { params }: { params: Promise<SiteParams> }): Promise<Response> => {
    const { unit, locale } = await params
    const site = await loadSite(unit, locale)
    return site ? respond(site) : new Response('Not found', { status: 404 })
  }

/**
 * Every public page of the site, in both languages: built-in pages, own pages, news and the OIT
 * pages.
 */
export async function sitemap(site: Site): Promise<Response> {
  const [{ docs: pages }, { docs: news }, oit] = await Promise.all([
    findPublic(site, 'pages', { depth: 0, limit: 500 }),
    findPublic(site, 'news', { depth: 0, limit: 5000, sort: '-date' }),
    siteOit(site),
  ])
  const paths: { path: string; lastmod?: string }[] = [
    // Own pages (an `unitPage` route among them) come from the pages themselves; `#` marks a part
    // of a page.
    ...Object.values(siteRoutes)
      .filter((route) => !('unitPage' in route) && !route.path.includes('#'))
      .map(({ path }) => ({ path })),
    ...pages.map((page) => ({
      path: page.slug === 'home' ? '' : `/${page.slug}`,
      lastmod: page.updatedAt,
    })),
    ...news.map((story) => ({ path: `/news/${story.id}`, lastmod: story.updatedAt })),
    ...oit.years.flatMap((fiscalYear) => [
      { path: `/oit/${fiscalYear}` },
      ...Object.values(siteRoutes).flatMap((route) =>
        'byYear' in route ? [{ path: `${route.path}/${fiscalYear}` }] : [],
      ),
      ...(oit.inForce(fiscalYear)?.items ?? []).map((item) => ({
        path: itemRoute(fiscalYear, item.code),
      })),
    ]),
  ]
  const unique = [...new Map(paths.map((entry) => [entry.path, entry])).values()]
  const urls = unique.flatMap(({ path, lastmod }) =>
    (['th', 'en'] as const).map(
      (locale) =>
        `  <url><loc>${escapeXml(`${site.origin}${site.hrefIn(locale, path)}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    ),
  )
  return xml(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  )
}

/** Everything public may be crawled; the admin and the API may not. */
export const robotsTxt = (sitemaps: string[]): Response =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api\n\n${sitemaps.map((url) => `Sitemap: ${url}\n`).join('')}`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )

export const robots = async (site: Site): Promise<Response> =>
  robotsTxt([`${site.origin}${site.bases.th}/sitemap.xml`])

/** RSS 2.0 of the unit's latest news in the site's language. */
export async function newsFeed(site: Site): Promise<Response> {
  const { docs } = await findPublic(site, 'news', { depth: 0, limit: 30, sort: '-date' })
  const items = docs.map((story) => {
    const link = `${site.origin}${site.href(`/news/${story.id}`)}`
    return `    <item>\n      <title>${escapeXml(story.title)}</title>\n      <link>${escapeXml(link)}</link>\n      <guid isPermaLink="true">${escapeXml(link)}</guid>\n      <pubDate>${new Date(story.date).toUTCString()}</pubDate>\n${story.summary ? `      <description>${escapeXml(story.summary)}</description>\n` : ''}    </item>`
  })
  const title = `${site.pick(siteRoutes.news.label)} · ${site.unit.name}`
  return xml(
    `<rss version="2.0">\n  <channel>\n    <title>${escapeXml(title)}</title>\n    <link>${escapeXml(`${site.origin}${site.href('/news')}`)}</link>\n    <description>${escapeXml(title)}</description>\n    <language>${site.locale}</language>\n${items.join('\n')}\n  </channel>\n</rss>\n`,
    'application/rss+xml',
  )
}
