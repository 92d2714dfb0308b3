import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { execute, ident, tableOf } from './tables'

const wholeNumber = (value: unknown): value is number | string => /^\d{1,15}$/.test(String(value))

const versionParent = async (
  req: PayloadRequest,
  collection: string,
  versionID: unknown,
): Promise<unknown> =>
  wholeNumber(versionID)
    ? (
        await execute(
          req.payload,
          sql`select parent_id from ${ident(tableOf(collection, true))} where id = ${Number(versionID)}`,
          req,
        )
      )[0]?.parent_id
    : null

/**
 * Saves of one document take turns: the document's row is locked (`SELECT … FOR UPDATE`) in the
 * save's own transaction before Payload reads it. Each save then starts from the one before it, so
 * concurrent changes to different fields are all kept, and concurrent version writes cannot
 * deadlock. A save waits at most the pool's `lock_timeout` for its turn.
 */
export const lockDocumentRow: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: unknown }).id
  if (
    !req.transactionID ||
    id == null ||
    (operation !== 'update' && operation !== 'delete' && operation !== 'restoreVersion')
  )
    return args
  // Without versions there is nothing to restore: Payload answers that itself.
  if (operation === 'restoreVersion' && !collection.versions) return args
  const target = operation === 'restoreVersion' ? await versionParent(req, collection.slug, id) : id
  if (!wholeNumber(target)) return args
  await execute(
    req.payload,
    sql`select 1 from ${ident(tableOf(collection.slug))} where id = ${Number(target)} for update`,
    req,
  )
  return args
}
