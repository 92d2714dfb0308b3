import { unstable_cache } from 'next/cache'
import { notFound } from 'next/navigation'
import type { CollectionSlug, Payload, Where } from 'payload'
import { cache } from 'react'

import type { Unit } from '../payload-types'
import { formatThaiDate } from '../fiscal'
import { oitSettings, slugOf } from '../options'
import { DOMAIN_MARK, inSite, isLocale, originOf, type Locale } from '../routing/publicAddresses'
import { publicPayload } from './payload'
import { siteTag } from './revalidate'

export type SiteParams = { unit: string; locale: string }

/** One unit's website in one language, as a page of it is rendered. */
export type Site = {
  payload: Payload
  unit: Unit
  locale: Locale
  /**
   * The site's address prefix in each language: `/u/{slug}` and `/u/{slug}/en` on the main host, ``
   * and `/en` on its own domain.
   */
  bases: Record<Locale, string>
  /** A path of this site in this language (`/news` → `/u/mueang-ranong/en/news`). */
  href: (path: string) => string
  /** The same path in the given language. */
  hrefIn: (locale: Locale, path: string) => string
  /** The text for this language. */
  t: (th: string, en: string) => string
  /** A bilingual text in this language (English falls back to Thai). */
  pick: (text: { th: string; en?: string | null }) => string
  formatDate: (date: string | Date) => string
  /** Where the site is served from, for absolute links (feeds, sitemaps, OpenGraph). */
  origin: string
  /** The internal route prefix the proxy rewrites this site's addresses to. */
  internal: string
}

/** A `[unit]` route parameter: a slug, or a unit's own domain marked `~example.go.th`. */
const unitKey = (param: string): { domain: string } | { slug: string } => {
  const decoded = decodeURIComponent(param)
  return decoded.startsWith(DOMAIN_MARK)
    ? { domain: decoded.slice(DOMAIN_MARK.length) }
    : { slug: decoded }
}

/** The unit by slug or own domain, as anonymous visitors may read it. */
async function publicUnit(
  key: { domain: string } | { slug: string },
  locale: Locale,
): Promise<Unit | null> {
  const payload = await publicPayload()
  const where: Where =
    'domain' in key ? { 'domains.domain': { equals: key.domain } } : { slug: { equals: key.slug } }
  const { docs } = await payload.find({
    collection: 'units',
    where,
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/**
 * The unit lookup, cached under the site's tag: every page rendered with it carries the tag too, so
 * a save of the unit's content expires exactly that unit's pages (theme/revalidate.ts).
 */
const taggedUnit = (
  key: { domain: string } | { slug: string },
  locale: Locale,
): Promise<Unit | null> => {
  const tag = siteTag('domain' in key ? `${DOMAIN_MARK}${key.domain}` : key.slug)
  return unstable_cache(publicUnit, ['oit-unit', tag, locale], { tags: [tag], revalidate: 60 })(
    key,
    locale,
  )
}

const englishDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Bangkok',
})

/**
 * The site of a `[unit]`/`[locale]` pair, or null; memoised per request (the layout, metadata and
 * page all need it).
 */
export const loadSite = cache(async (key: string, locale: string): Promise<Site | null> => {
  if (!isLocale(locale)) return null
  const payload = await publicPayload()
  const parsed = unitKey(key)
  const unit = await taggedUnit(parsed, locale)
  if (!unit) return null
  const domain = 'domain' in parsed ? parsed.domain : null
  const root = domain ? '' : `/u/${unit.slug}`
  const bases = { th: root, en: `${root}/en` }
  const hrefIn = (other: Locale, path: string) => inSite(bases[other], path)
  return {
    payload,
    unit,
    locale,
    bases,
    href: (path) => hrefIn(locale, path),
    hrefIn,
    t: (th, en) => (locale === 'en' ? en : th),
    pick: (text) => (locale === 'en' && text.en ? text.en : text.th),
    origin: domain ? `https://${domain}` : originOf(oitSettings(payload).publicURL),
    internal: `/site/${key}/${locale}`,
    formatDate: (date) =>
      locale === 'en' ? englishDate.format(new Date(date)) : formatThaiDate(new Date(date)),
  }
})

/** The site of the route's parameters, or the 404 page. */
export async function siteOf(params: Promise<SiteParams>): Promise<Site> {
  const { unit, locale } = await params
  const site = await loadSite(unit, locale)
  if (!site) notFound()
  return site
}

/**
 * A unit's documents in the site's language, as anonymous visitors may read them (published,
 * public).
 */
export function findPublic<C extends CollectionSlug>(
  site: Site,
  collection: C,
  {
    where,
    ...options
  }: { where?: Where; sort?: string; limit?: number; page?: number; depth?: number } = {},
) {
  return site.payload.find({
    collection: slugOf(site.payload, collection),
    depth: 1,
    limit: 100,
    ...options,
    locale: site.locale,
    overrideAccess: false,
    where: { and: [{ tenant: { equals: site.unit.id } }, ...(where ? [where] : [])] },
  })
}
