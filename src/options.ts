import path from 'node:path'

import type { CollectionConfig, Field, Payload, PayloadRequest, SanitizedConfig } from 'payload'

import type { LawCategoryData } from './catalogue/types'
import type { FrameworkData } from './frameworks/types'

/**
 * A saved or deleted document the public sites may show (what the bundled theme refreshes pages
 * on).
 */
export type OitContentChange = {
  collection: string
  doc: Record<string, unknown>
  previousDoc?: Record<string, unknown>
  operation: 'create' | 'update' | 'delete'
  req: PayloadRequest
}

/** A host's changes to one of the plugin's collections. */
export type OitCollectionOverride = {
  /**
   * The collection's slug in this app (only for `media`, `documents`, `pages` and `news`, the names
   * a host may use itself). A host collection of the same name makes it `oit-<slug>` by itself.
   */
  slug?: string
  /**
   * Replaces the plugin's access functions one by one (the unit scoping is then the host's to
   * keep).
   */
  access?: CollectionConfig['access']
  /** The admin navigation group the collection is listed under. */
  group?: NonNullable<CollectionConfig['admin']>['group']
  /**
   * Receives the plugin's fields and returns the collection's (add fields; removing required ones
   * breaks the items).
   */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type OitPluginOptions = {
  /** Payload plugin convention: `false` leaves the config untouched. @default true */
  enabled?: boolean
  /**
   * The auth collection the staff log in with. When the host already has it, the plugin adds its
   * fields (role, units), hooks and access to it; otherwise it adds its own. @default 'users'
   */
  users?: string
  /** Per-collection changes, by the plugin's collection slug. */
  collections?: Partial<Record<string, OitCollectionOverride>>
  /**
   * `true` (default): the plugin applies `@payloadcms/plugin-multi-tenant` itself, after its own
   * collections. `false`: the host applies it with `oitMultiTenantOptions(...)`, after this plugin.
   */
  multiTenant?: boolean
  jobs?: {
    /**
     * Run the plugin's queues (companion files, e-GP) inside the app; `false` leaves them to
     * workers (`npm run jobs`). @default true
     */
    runInApp?: boolean
    /**
     * After how long a job still marked running (its worker died) is handed back to its queue, in
     * seconds. @default 600
     */
    leaseSeconds?: number
  }
  /**
   * The main host's public address, for absolute links (canonical URLs, sitemaps, QR codes, the
   * ITAP sheet).
   */
  publicURL?: string
  /**
   * Where uploaded and generated files are stored, one folder per collection. @default
   * '<cwd>/uploads'
   */
  uploadsDir?: string
  /**
   * The OIT frameworks installed at start-up where missing; `false` installs none. @default the
   * official catalogue
   */
  frameworks?: FrameworkData[] | false
  /**
   * The shared O3 law categories installed at start-up where missing; `false` installs none.
   * @default the official list
   */
  lawCategories?: LawCategoryData[] | false
  egp?: {
    /** The feed address, with `{deptsubId}` and `{type}`. @default the Comptroller General's */
    feedURL?: string
    /** The announcement types fetched. @default ['P0', 'B0', 'D0', '15', 'W0'] */
    types?: string[]
    /** When units' feeds are fetched (cron with seconds). @default every 6 hours */
    cron?: string
  }
  /**
   * Called after each change the public sites may show (the bundled theme refreshes its caches
   * here).
   */
  onContentChange?: (change: OitContentChange) => void | Promise<void>
}

/** The options as the plugin's runtime reads them (`payload.config.custom.oit`). */
export type OitSettings = {
  users: string
  /** The plugin's collections whose slug differs in this app: the plugin's name → the app's. */
  slugs: Record<string, string>
  jobs: { runInApp: boolean; leaseSeconds: number }
  publicURL: string | undefined
  uploadsDir: string
  egp: { feedURL: string; types: string[]; cron: string }
}

/** The Comptroller General's announcement feed. */
export const EGP_FEED_URL =
  'http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml?deptsubId={deptsubId}&anounceType={type}'

/**
 * The plugin's collections a host may have under the same name: the plugin's own then take another
 * slug.
 */
export const RENAMEABLE_COLLECTIONS = ['media', 'documents', 'pages', 'news']

/** Each renameable collection's slug in an app whose own collections are `hostSlugs`. */
function renamedSlugs(
  options: OitPluginOptions,
  hostSlugs: ReadonlySet<string>,
): Record<string, string> {
  const slugs: Record<string, string> = {}
  for (const slug of RENAMEABLE_COLLECTIONS) {
    const chosen = options.collections?.[slug]?.slug ?? (hostSlugs.has(slug) ? `oit-${slug}` : slug)
    if (hostSlugs.has(chosen))
      throw new Error(
        `oitPlugin: the plugin's "${slug}" collection cannot be named "${chosen}": the host config already has that collection (set collections.${slug}.slug)`,
      )
    if (chosen !== slug) slugs[slug] = chosen
  }
  return slugs
}

export const resolveSettings = (
  options: OitPluginOptions,
  hostSlugs: ReadonlySet<string> = new Set(),
): OitSettings => ({
  users: options.users ?? 'users',
  slugs: renamedSlugs(options, hostSlugs),
  jobs: {
    runInApp: options.jobs?.runInApp ?? true,
    leaseSeconds: options.jobs?.leaseSeconds ?? 600,
  },
  publicURL: options.publicURL || undefined,
  uploadsDir: path.resolve(options.uploadsDir ?? 'uploads'),
  egp: {
    feedURL: options.egp?.feedURL || EGP_FEED_URL,
    types: options.egp?.types?.length ? options.egp.types : ['P0', 'B0', 'D0', '15', 'W0'],
    // Announcements are due when made, not within minutes.
    cron: options.egp?.cron || '0 0 */6 * * *',
  },
})

/** The plugin's settings in a running app. */
export const oitSettings = (payload: Payload | { config: SanitizedConfig }): OitSettings => {
  const settings = (payload.config.custom as { oit?: OitSettings } | undefined)?.oit
  if (!settings) throw new Error('police-oit: the config was not built with oitPlugin()')
  return settings
}

/**
 * A plugin collection's slug in this app (`news`, or e.g. `oit-news` where the host has a `news` of
 * its own).
 */
export const slugOf = <S extends string>(
  payload: Payload | { config: SanitizedConfig },
  slug: S,
): S => (oitSettings(payload).slugs[slug] ?? slug) as S

/**
 * The plugin's name for one of its collections, whatever its slug in this app (what frameworks and
 * sources refer to).
 */
export const oitSlugOf = (collection: { slug: string; custom?: Record<string, unknown> }): string =>
  (collection.custom?.oitSlug as string | undefined) ?? collection.slug
