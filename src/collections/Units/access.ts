import type { Access, FieldAccess } from 'payload'

import { userOf } from '../../access/roles'
import { publishableUnits, readableUnits, scopeIncludes, scopeWhere } from '../../access/unitScope'

/** Public profile (name, contact, head) is open to everyone; staff see the units of their scope. */
export const readUnits: Access = async ({ req }) =>
  userOf(req) ? scopeWhere(await readableUnits(req), 'id') : true

/**
 * The unit head keeps the unit's profile current; structure (slug, type, tree) is the
 * super-admin's.
 */
export const updateUnits: Access = ({ req }) => scopeWhere(publishableUnits(req), 'id')

/** Internal data (ITAP administrator, notes) is readable by the unit's staff and its HQ only. */
export const readPrivateUnitField: FieldAccess = async ({ req, doc }) =>
  Boolean(userOf(req)) && scopeIncludes(await readableUnits(req), doc?.id)
