import type { PayloadRequest } from 'payload'

import type { OitContentChange } from '../options'

import { clearPageCaches } from '../server/pageCache'
import { DOMAIN_MARK, unitPathPrefix } from '../routing/publicAddresses'

/**
 * Saved content shows on the public sites at once: the pages Next has cached are expired (they are
 * rendered afresh on their next visit) and the production server's page cache (server/pageCache.ts)
 * drops them. A unit's content expires that unit's pages only; shared data (frameworks, law
 * categories) every unit's. Another process (tests, `npm run jobs` workers, the seed) has neither
 * cache, and pages there expire by their `revalidate` time.
 */

/**
 * The unit sites' root layout as Next names it, route group included: Next tags cached pages with
 * their layouts' app-directory paths, and `/site/[unit]/[locale]` without the group matches none.
 */
export const SITE_LAYOUT = '/(frontend)/site/[unit]/[locale]'

/**
 * Next's tag of every page under that layout (what `revalidatePath(SITE_LAYOUT, 'layout')`
 * expires).
 */
const ALL_SITES_TAG = `_N_T_${SITE_LAYOUT}/layout`

/**
 * The tag of one unit site's pages, by its `[unit]` route key: the slug, or `~domain`
 * (theme/site.ts).
 */
export const siteTag = (key: string) => `oit-site:${key}`

export type UnitAddresses = { slug: string; domains?: { domain?: string | null }[] | null }

const domainsOf = (unit: UnitAddresses) =>
  (unit.domains ?? [])
    .map((row) => row.domain?.trim().toLowerCase())
    .filter((domain): domain is string => Boolean(domain))

type IncrementalCache = {
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>
}

/**
 * Expires cache tags now, in the server's incremental cache itself: what Next's `revalidateTag`
 * does
 * when its request ends. Not through `revalidateTag`: generated files are stored by the jobs
 * runner,
 * whose timers may carry the context of a request long finished, where
 * `revalidateTag` would queue the change for nobody. No cache (tests, the seed): nothing to expire.
 */
function expire(tags: string[]): void {
  const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache
  void cache?.revalidateTag(tags, { expire: 0 }).catch(() => undefined)
}

/** Expires the pages of the given units' sites, at `/u/{slug}` and on their own domains. */
export function refreshUnitSites(units: UnitAddresses[]): void {
  const slugs = new Set(units.map((unit) => unit.slug))
  const domains = new Set(units.flatMap(domainsOf))
  clearPageCaches(
    (host, url) => domains.has(host) || [...slugs].some((slug) => unitPathPrefix(slug).test(url)),
  )
  expire([...slugs, ...[...domains].map((domain) => `${DOMAIN_MARK}${domain}`)].map(siteTag))
}

/** Expires every unit site's pages (a framework or another shared record changed). */
export function refreshAllSites(): void {
  clearPageCaches()
  expire([ALL_SITES_TAG])
}

/** The unit a saved document shows on, read in the save's own transaction. */
async function addressesOf(req: PayloadRequest, unitID: number): Promise<UnitAddresses | null> {
  const unit = await req.payload.findByID({
    collection: 'units',
    id: unitID,
    depth: 0,
    req,
    overrideAccess: true,
    select: { slug: true, domains: true },
    disableErrors: true,
  })
  return unit ? { slug: unit.slug, domains: unit.domains } : null
}

const tenantOf = (doc: Record<string, unknown> | undefined): number | null => {
  const tenant = doc?.tenant
  return typeof tenant === 'number'
    ? tenant
    : tenant && typeof tenant === 'object' && 'id' in tenant
      ? (tenant.id as number)
      : null
}

/**
 * The plugin's `onContentChange`: what a change shows on is refreshed, its unit's site (both
 * addresses of a renamed unit), or every site for shared data.
 */
export async function refreshSitesOnChange({
  req,
  collection,
  doc,
  previousDoc,
}: OitContentChange): Promise<void> {
  if (collection === 'units')
    return refreshUnitSites([doc, previousDoc].filter(Boolean) as UnitAddresses[])
  const units = [
    ...new Set([tenantOf(doc), tenantOf(previousDoc)].filter((id): id is number => id !== null)),
  ]
  if (!units.length) return refreshAllSites()
  refreshUnitSites(
    (await Promise.all(units.map((id) => addressesOf(req, id)))).filter(
      (unit): unit is UnitAddresses => unit !== null,
    ),
  )
}
