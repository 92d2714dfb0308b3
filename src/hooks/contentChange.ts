import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'

import type { OitContentChange } from '../options'

type OnChange = (change: OitContentChange) => void | Promise<void>

/**
 * Calls the host's `onContentChange` after each save or delete the public sites may show: a draft
 * of something never published shows nowhere, so it is not reported.
 */
export function withContentChange(
  collection: CollectionConfig,
  onChange: OnChange | undefined,
): CollectionConfig {
  if (!onChange) return collection
  const afterChange: CollectionAfterChangeHook = async ({
    collection: { slug },
    doc,
    previousDoc,
    operation,
    req,
  }) => {
    if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
    await onChange({
      collection: slug,
      doc,
      previousDoc: operation === 'update' ? previousDoc : undefined,
      operation,
      req,
    })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection: { slug }, doc, req }) => {
    await onChange({ collection: slug, doc, operation: 'delete', req })
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
