import type { Config } from 'payload'

import { explainErrors } from './errors'
import { healthEndpoint } from './health'
import { lockDocumentRow } from './lockDocumentRow'
import { limitTransactions } from './transactionSlots'

type PoolOptions = { max?: number; connectionTimeoutMillis?: number }

/**
 * Keeps the server answering (for the given collections) under concurrent saves: saves of one
 * document take turns
 * (lockDocumentRow), transactions never take the whole pool (limitTransactions), and the
 * database's refusals and malformed requests answer 4xx/503 with a message (explainErrors); `GET
 * /api/health` says
 * whether the database answers.
 */
export const reliableDatabase = (config: Config, slugs: ReadonlySet<string>): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    slugs.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [lockDocumentRow, ...(collection.hooks?.beforeOperation ?? [])],
          },
        }
      : collection,
  ),
  endpoints: [...(config.endpoints ?? []), healthEndpoint],
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), explainErrors] },
  onInit: async (payload) => {
    const pool = (payload.db as unknown as { pool?: { options?: PoolOptions } }).pool?.options ?? {}
    const max = pool.max ?? 10
    // A quarter of the pool (at least 2) stays for queries outside transactions.
    limitTransactions(payload, {
      slots: Math.max(1, max - Math.max(2, Math.ceil(max / 4))),
      acquireTimeoutMs: pool.connectionTimeoutMillis || 10_000,
    })
    await config.onInit?.(payload)
  },
})
