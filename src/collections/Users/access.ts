import type { Access } from 'payload'

import { isSuperAdmin, userOf } from '../../access/roles'
import { readableUnits } from '../../access/unitScope'

/**
 * Staff see themselves and the accounts of the units they can read (their colleagues, or their
 * subtree).
 */
export const readUsers: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const scope = await readableUnits(req)
  const self = { id: { equals: user.id } }
  return scope === 'all' || !scope.length
    ? self
    : { or: [self, { 'tenants.tenant': { in: scope } }] }
}

/** Everyone may edit their own profile and password; role and units are guarded per field. */
export const updateUsers: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  return isSuperAdmin(user) ? true : { id: { equals: user.id } }
}
