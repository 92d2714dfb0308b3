import type { Access, FieldAccess } from 'payload'

import { isSuperAdmin, userOf } from './roles'

export const superAdminOnly: Access = ({ req }) => isSuperAdmin(userOf(req))
export const superAdminField: FieldAccess = ({ req }) => isSuperAdmin(userOf(req))
