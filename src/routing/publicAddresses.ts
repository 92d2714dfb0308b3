/** How public URLs map to the internal site routes; pure, so the proxy and tests share it. */

export const locales = ['th', 'en'] as const
export type Locale = (typeof locales)[number]
export const isLocale = (value: string): value is Locale =>
  (locales as readonly string[]).includes(value)

/** Marks a `[unit]` route parameter that names a unit by its own domain rather than by slug. */
export const DOMAIN_MARK = '~'

/**
 * A path of a site whose pages start at `base` (`` on a unit's own domain): its home is `/` there.
 */
export const inSite = (base: string, path: string): string => `${base}${path}` || '/'

/**
 * The page's path within the site: during rendering Next reports the internal route
 * (`/site/{unit}/{locale}/…`, the proxy's rewrite), in the browser the public address.
 */
export const pagePath = (pathname: string, internal: string, base: string): string =>
  pathname.startsWith(internal)
    ? pathname.slice(internal.length)
    : pathname.startsWith(base)
      ? pathname.slice(base.length)
      : ''

/** Where links point while no public address is configured (development). */
export const DEVELOPMENT_ORIGIN = 'http://localhost:3000'

/** A public address without its trailing slash; the development address when none is configured. */
export const originOf = (publicURL: string | undefined): string =>
  (publicURL || DEVELOPMENT_ORIGIN).replace(/\/$/, '')

/**
 * What a production process says at start when the main host's address is unset (null when it is
 * set).
 */
export const publicOriginWarning = (publicURL: string | undefined): string | null =>
  publicURL
    ? null
    : `OIT_PUBLIC_URL is not set: for units served at /u/<slug> on the main host, canonical and language links, ` +
      `OpenGraph URLs, sitemap.xml, robots.txt, the RSS feeds, the ITAP URL sheet and the QR codes on generated signs ` +
      `will point at ${DEVELOPMENT_ORIGIN}. Set it to the site's public address, e.g. OIT_PUBLIC_URL=https://oit.example.go.th`

/**
 * A unit's public site: its own domain when it has one, else `/u/{slug}` on the main host
 * (`origin`).
 */
export const unitSiteUrl = (
  unit: { slug: string; domain?: string | null },
  origin: string,
): string => (unit.domain ? `https://${unit.domain}` : `${origin}/u/${unit.slug}`)

/** The stable address of an OIT item's page within a unit's site. */
export const itemRoute = (fiscalYear: number, code: string) =>
  `/oit/${fiscalYear}/${code.toLowerCase()}`

/** The paths of a unit's site on the main host: `/u/{slug}` and everything under it. */
export const unitPathPrefix = (slug: string): RegExp =>
  new RegExp(`^/u/${slug.replace(/[^a-z0-9-]/gi, '\\$&')}(?:[/?#]|$)`)

export const hostnameOf = (host: string): string => host.trim().toLowerCase().replace(/:\d+$/, '')

/**
 * The hosts that serve the units index and `/u/{slug}/…` (the local ones and `configured`); any
 * other host is a unit's own domain.
 */
export const mainHostsOf = (configured: readonly string[]): Set<string> =>
  new Set(['localhost', '127.0.0.1', '[::1]', ...configured.map(hostnameOf).filter(Boolean)])

/** A comma-separated host list (`OIT_MAIN_HOSTS`) as a list. */
export const hostList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean)

/**
 * Served as they are on every host: the admin, the API, Next's assets and the generated files
 * (`/oit/{slug}/…`).
 */
const sharedPath = /^\/(?:admin|api|_next)(?:\/|$)|^\/oit\/(?!\d{4}(?:\/|$))[^/]+\/./

const sitePath = (unit: string, locale: string | undefined, rest: string | undefined) =>
  `/site/${unit}/${locale ?? 'th'}${rest && rest !== '/' ? rest.replace(/\/$/, '') : ''}`

/**
 * `/u/{slug}[/en][/…]` on the main host, as Next rewrite rules (next.config.ts): these most-visited
 * addresses skip the proxy, which costs more than serving a cached page.
 */
export const unitPathRewrites = [
  // English first: `:path*` also matches nothing, so `/u/{slug}/en` is the English home page.
  { source: '/u/:unit/en/:path*', destination: '/site/:unit/en/:path*' },
  { source: '/u/:unit/:path*', destination: '/site/:unit/th/:path*' },
]

/** The rules above applied to a path, the way Next applies them. */
const rewriteUnitPath = (pathname: string): string | null => {
  for (const { source, destination } of unitPathRewrites) {
    const match = new RegExp(
      `^${source.replace(':unit', '(?<unit>[^/]+)').replace('/:path*', '(?<path>/.*)?')}$`,
    ).exec(pathname)
    if (match)
      return destination
        .replace(':unit', match.groups!.unit!)
        .replace('/:path*', (match.groups!.path ?? '').replace(/\/$/, ''))
  }
  return null
}

/**
 * Where a request goes: an internal `/site/…` path, or `pass` to leave it alone. The proxy handles
 * units' own domains.
 */
export function siteRoute(
  host: string,
  pathname: string,
  mainHosts: ReadonlySet<string>,
): string | 'pass' {
  // A rewritten request comes through the proxy again: the internal routes pass as they are.
  if (pathname.startsWith('/site/')) return 'pass'
  const hostname = hostnameOf(host)
  if (!hostname || mainHosts.has(hostname)) return rewriteUnitPath(pathname) ?? 'pass'
  if (sharedPath.test(pathname)) return 'pass'
  const match = /^(?:\/(en))?(\/.*)?$/.exec(pathname)
  return match ? sitePath(`${DOMAIN_MARK}${hostname}`, match[1], match[2]) : 'pass'
}
