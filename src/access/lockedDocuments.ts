import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'
import { Forbidden, NotFound } from 'payload'

import { isSuperAdmin, userOf } from './roles'

const LOCKS = 'payload-locked-documents'

type Target = { relationTo: string; value: number | string }

/**
 * The one document a query on locks names (`document.relationTo` and `document.value`), as the
 * admin asks.
 */
function namedTarget(where: Where | undefined): Target | null {
  const terms: Where[] = []
  const collect = (node: Where | undefined) => {
    if (!node) return
    terms.push(node)
    for (const child of node.and ?? []) collect(child)
  }
  collect(where)
  const equal = (key: string) =>
    terms
      .map((term) => (term[key] as { equals?: unknown } | undefined)?.equals)
      .find((value) => value != null)
  const relationTo = equal('document.relationTo')
  const value = equal('document.value')
  return typeof relationTo === 'string' && (typeof value === 'string' || typeof value === 'number')
    ? { relationTo, value }
    : null
}

const targetOf = (document: unknown): Target | null => {
  const { relationTo, value } = (document ?? {}) as { relationTo?: unknown; value?: unknown }
  const id = typeof value === 'object' && value ? (value as { id?: unknown }).id : value
  return typeof relationTo === 'string' && (typeof id === 'string' || typeof id === 'number')
    ? { relationTo, value: id }
    : null
}

/** Whether the user may see the locked document itself (so also who is editing it). */
async function mayRead(req: PayloadRequest, { relationTo, value }: Target): Promise<boolean> {
  if (!(relationTo in req.payload.collections) || !/^\d{1,15}$/.test(String(value))) return false
  const { totalDocs } = await req.payload.count({
    collection: relationTo as CollectionSlug,
    where: { id: { equals: value } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return totalDocs > 0
}

const lockOf = (req: PayloadRequest, id: unknown) =>
  /^\d{1,15}$/.test(String(id))
    ? req.payload.db.findOne<{ id: number; document?: unknown }>({
        collection: LOCKS,
        where: { id: { equals: id } },
        req,
      })
    : null

/**
 * Locks belong to the unit of the document they lock: an officer sees and changes only locks on
 * documents they may read, and otherwise only their own. (The admin's own locking goes through
 * the database directly and is unaffected.)
 */
export const scopeLocks: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  const user = userOf(req)
  const { id, where, data } = args as { id?: unknown; where?: Where; data?: { document?: unknown } }
  if (overrideAccess === true || !user || isSuperAdmin(user)) return args
  const own: Where = { 'user.value': { equals: user.id } }
  if (operation === 'read' || operation === 'delete' || operation === 'update') {
    if (id != null) {
      const lock = await lockOf(req, id)
      const target = targetOf(lock?.document)
      if (!lock || !target || !(await mayRead(req, target))) throw new NotFound(req.t)
    } else {
      const target = namedTarget(where)
      if (!target || !(await mayRead(req, target)))
        return { ...args, where: where ? { and: [where, own] } : own }
    }
  }
  if (operation === 'create' || operation === 'update') {
    const target = targetOf(data?.document)
    if (data?.document !== undefined && (!target || !(await mayRead(req, target))))
      throw new Forbidden(req.t)
  }
  return args
}

/** Puts the rule on Payload's own locks collection, which exists only once the config is built. */
export function scopeDocumentLocks(payload: Payload): void {
  const locks = payload.collections[LOCKS as CollectionSlug]?.config
  if (!locks) return
  locks.hooks.beforeOperation = [...(locks.hooks.beforeOperation ?? []), scopeLocks]
}
