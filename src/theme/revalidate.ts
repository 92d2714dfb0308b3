import { revalidatePath } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { clearPageCaches } from '../server/pageCache'

/**
 * Any saved change may show on any page of the unit's site (menus, footers, item pages), so the
 * cached pages of every unit site are marked stale and re-rendered on their next visit, and the
 * production server's page cache (server/pageCache.ts) is emptied. Another process (tests,
 * `npm run jobs` workers, the seed) has neither cache to clear, and pages expire by their
 * `revalidate` time.
 */
/**
 * The unit sites' root layout as Next names it, route group included: Next tags cached pages with
 * their layouts' app-directory paths, and `/site/[unit]/[locale]` without the group matches none.
 */
export const SITE_LAYOUT = '/(frontend)/site/[unit]/[locale]'

function revalidateSites(): void {
  clearPageCaches()
  try {
    revalidatePath(SITE_LAYOUT, 'layout')
  } catch {
    // Not inside a Next request: nothing cached in this process.
  }
}

const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  revalidateSites()
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidateSites()
  return doc
}

/** Adds the site-cache refresh to a collection shown on the public sites. */
export const withSiteRevalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})
