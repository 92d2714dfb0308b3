import type { Access, CollectionConfig } from 'payload'

import { userOf } from './roles'
import { editableUnits, publishableUnits, readableUnits, scopeIncludes, scopeWhere } from './unitScope'

/** What anonymous visitors may read: published documents, nothing, or everything (reference data). */
export type PublicRead = 'published' | 'none'

export const tenantIDOf = (value: unknown): number | string | null =>
  value == null ? null : typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : (value as number | string)

const publishing = (data: unknown): boolean => (data as { _status?: string } | undefined)?._status === 'published'

/**
 * Access for every tenant-scoped content collection. The multi-tenant plugin narrows unit staff to
 * their own units on top of this; it does not touch anonymous requests, so `read` filters them here.
 */
export function unitContentAccess({ publicRead }: { publicRead: PublicRead }): NonNullable<CollectionConfig['access']> {
  const read: Access = async ({ req }) => {
    if (!userOf(req)) return publicRead === 'published' ? { _status: { equals: 'published' } } : false
    return scopeWhere(await readableUnits(req), 'tenant')
  }
  const readVersions: Access = async ({ req }) =>
    userOf(req) ? scopeWhere(await readableUnits(req), 'version.tenant') : false
  const create: Access = ({ req, data }) => {
    const scope = publishing(data) ? publishableUnits(req) : editableUnits(req)
    const tenant = tenantIDOf(data?.tenant)
    return tenant == null ? scope === 'all' || scope.length > 0 : scopeIncludes(scope, tenant)
  }
  // Payload asks `update` with `_status: 'published'` to decide whether to show the Publish button.
  const update: Access = ({ req, data }) =>
    scopeWhere(publishing(data) ? publishableUnits(req) : editableUnits(req), 'tenant')
  const remove: Access = ({ req }) => scopeWhere(publishableUnits(req), 'tenant')
  const unlock: Access = ({ req }) => scopeWhere(editableUnits(req), 'tenant')

  return { create, delete: remove, read, readVersions, unlock, update }
}
