import type { CollectionConfig } from 'payload'

import { unitContentAccess, type PublicRead } from '../access/unitContent'
import { refusePublishByRole, refusePublishOutsideUnit } from '../hooks/guardPublish'

/**
 * Makes a content collection unit-scoped: one set of access rules (own units, HQ subtree, public
 * reads), drafts with versions, and the publishing-rights hooks. The plugin hands every collection
 * made with this to the multi-tenant plugin, which adds the `tenant` field.
 */
export function unitScoped(
  collection: Omit<CollectionConfig, 'access'>,
  { publicRead }: { publicRead: PublicRead },
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    versions: { drafts: true, maxPerDoc: 50 },
    ...collection,
    access: unitContentAccess({ publicRead }),
    custom: { ...collection.custom, unitScoped: true },
    hooks: {
      ...hooks,
      beforeOperation: [refusePublishByRole, ...(hooks.beforeOperation ?? [])],
      beforeChange: [refusePublishOutsideUnit, ...(hooks.beforeChange ?? [])],
    },
  }
}

export const isUnitScoped = (collection: CollectionConfig): boolean => Boolean(collection.custom?.unitScoped)
