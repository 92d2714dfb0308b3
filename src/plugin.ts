import path from 'node:path'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { CollectionConfig, Config, Field } from 'payload'

import { scopeDocumentLocks } from './access/lockedDocuments'
import { thaiAdmin } from './admin/thaiAdmin'
import { frameworks as officialFrameworks } from './catalogue/frameworks'
import { installCatalogue } from './catalogue/install'
import { lawCategories as officialLawCategories } from './catalogue/lawCategories'
import { checklistCollections } from './collections'
import { CompanionFiles } from './collections/CompanionFiles'
import { CompanionStatuses } from './collections/CompanionStatuses'
import { PublicationDates } from './collections/PublicationDates'
import { isPrivate } from './collections/unitScoped'
import { companions, withCompanions } from './companions/plugin'
import { compliance } from './compliance/plugin'
import { withPublicationDates } from './compliance/publicationDates'
import { mergeCollection } from './config/mergeCollection'
import { reliableDatabase } from './database/plugin'
import { withContentChange } from './hooks/contentChange'
import { withOitQueues } from './jobs/queues'
import { oitMultiTenantOptions } from './multiTenant'
import {
  RENAMEABLE_COLLECTIONS,
  resolveSettings,
  type OitCollectionOverride,
  type OitPluginOptions,
  type OitSettings,
} from './options'

/**
 * Relationships follow the plugin's collections that have another slug in this app (`slugs`: the
 * plugin's name → the app's).
 */
function relink(fields: Field[], slugs: Record<string, string>): Field[] {
  const to = (slug: string) => slugs[slug] ?? slug
  return fields.map((field) => {
    if (field.type === 'relationship' || field.type === 'upload')
      return {
        ...field,
        relationTo: Array.isArray(field.relationTo)
          ? field.relationTo.map(to)
          : to(field.relationTo),
      } as Field
    if (field.type === 'join')
      return {
        ...field,
        collection: Array.isArray(field.collection)
          ? field.collection.map(to)
          : to(field.collection),
      } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: relink(tab.fields, slugs) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: relink(block.fields, slugs) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: relink(field.fields, slugs) } as Field
    return field
  })
}

/**
 * One of the plugin's collections as this install configures it: the host's overrides, files under
 * `uploadsDir`, secure cookies over HTTPS.
 */
function configured(
  collection: CollectionConfig,
  settings: OitSettings,
  override: OitCollectionOverride = {},
): CollectionConfig {
  const slugs: Record<string, string> = { ...settings.slugs, users: settings.users }
  const fields = relink(
    override.fields ? override.fields({ defaultFields: collection.fields }) : collection.fields,
    slugs,
  )
  const slug = slugs[collection.slug]
  const upload =
    collection.upload && typeof collection.upload === 'object' ? collection.upload : null
  const auth = collection.auth && typeof collection.auth === 'object' ? collection.auth : null
  return {
    ...collection,
    ...(slug && { slug, custom: { ...collection.custom, oitSlug: collection.slug } }),
    fields,
    access: { ...collection.access, ...override.access },
    admin: { ...collection.admin, ...(override.group !== undefined && { group: override.group }) },
    ...(upload && {
      upload: {
        ...upload,
        staticDir: path.resolve(settings.uploadsDir, upload.staticDir ?? collection.slug),
      },
    }),
    // Over HTTPS the login cookie is never sent in clear.
    ...(auth && {
      auth: {
        ...auth,
        cookies: { ...auth.cookies, secure: Boolean(settings.publicURL?.startsWith('https:')) },
      },
    }),
  }
}

/**
 * The host's collections with the staff collection merged into its namesake, and the plugin's
 * others added after them.
 */
function withCollections(config: Config, ours: CollectionConfig[], users: string): Config {
  const staff = ours.find((collection) => collection.slug === users)!
  const hostHasStaff = config.collections?.some((collection) => collection.slug === users)
  const rest = ours.filter((collection) => collection !== staff)
  const clash = rest.find((collection) =>
    config.collections?.some(({ slug }) => slug === collection.slug),
  )
  if (clash)
    throw new Error(
      `oitPlugin: the host config already has a "${clash.slug}" collection, a name the plugin's own collection needs (only ${RENAMEABLE_COLLECTIONS.join(', ')} can take another slug)`,
    )
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === users ? mergeCollection(collection, staff) : collection,
      ),
      ...(hostHasStaff ? [] : [staff]),
      ...rest,
    ],
  }
}

/**
 * The police-oit plugin: units (the tenants, through `@payloadcms/plugin-multi-tenant`), staff
 * roles on the host's users, the OIT frameworks as data (the official catalogue installed at
 * start-up) and the unit-scoped content collections with their access rules, hooks, generated
 * files and jobs. It reads no environment variables: the host passes its settings as options.
 */
export const oitPlugin =
  (options: OitPluginOptions = {}) =>
  (incoming: Config): Config => {
    if (options.enabled === false) return incoming
    const settings = resolveSettings(
      options,
      new Set((incoming.collections ?? []).map(({ slug }) => slug)),
    )
    const own = (collection: CollectionConfig) =>
      configured(collection, settings, options.collections?.[collection.slug])
    const shown = [
      ...checklistCollections.map((collection) =>
        isPrivate(collection)
          ? collection
          : withContentChange(withPublicationDates(collection), options.onContentChange),
      ),
      PublicationDates,
    ]
    const ours = [
      ...shown.map(withCompanions),
      withContentChange(CompanionFiles, options.onContentChange),
      CompanionStatuses,
    ].map(own)
    const ownSlugs = new Set(ours.map(({ slug }) => slug))
    const host = withCollections(
      { ...incoming, custom: { ...incoming.custom, oit: settings } },
      ours,
      settings.users,
    )
    const config = thaiAdmin(
      reliableDatabase(withOitQueues(compliance(companions(host)), settings), ownSlugs),
      ownSlugs,
    )
    const withTenants =
      options.multiTenant === false
        ? config
        : multiTenantPlugin(oitMultiTenantOptions(settings))({
            ...config,
            admin: { ...config.admin, user: settings.users },
          })
    return {
      ...withTenants,
      // The multi-tenant plugin attaches units to the staff collection through `admin.user`; the
      // host's choice stays.
      admin: { ...withTenants.admin, user: incoming.admin?.user },
      onInit: async (payload) => {
        scopeDocumentLocks(payload)
        await installCatalogue(payload, {
          frameworks: options.frameworks ?? officialFrameworks,
          lawCategories: options.lawCategories ?? officialLawCategories,
        })
        await withTenants.onInit?.(payload)
      },
    }
  }
