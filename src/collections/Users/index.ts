import type { CollectionConfig } from 'payload'

import { roleLabels, roles } from '../../access/roles'
import { superAdminField, superAdminOnly } from '../../access/superAdmin'
import { readUsers, updateUsers } from './access'
import { checkPassword, checkResetPassword, equalLoginTime, padRefusedLogin } from './password'

/**
 * Staff accounts. The multi-tenant plugin adds the `tenants` array (the units a user belongs to).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { th: 'ผู้ใช้', en: 'User' }, plural: { th: 'ผู้ใช้', en: 'Users' } },
  // Staff accounts never show on the public sites.
  custom: { publicRead: 'none' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // `secure` follows the public address (plugin.ts): over HTTPS the login cookie is never sent in
    // clear.
    cookies: { sameSite: 'Lax' },
  },
  hooks: {
    afterError: [padRefusedLogin],
    beforeOperation: [checkResetPassword, equalLoginTime],
    beforeValidate: [checkPassword],
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'tenants'],
    group: { th: 'หน่วยงานและผู้ใช้', en: 'Units and users' },
  },
  access: { read: readUsers, create: superAdminOnly, update: updateUsers, delete: superAdminOnly },
  fields: [
    { name: 'name', type: 'text', label: { th: 'ยศ ชื่อ-นามสกุล', en: 'Rank and name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'unit-editor',
      saveToJWT: true,
      access: { create: superAdminField, update: superAdminField },
      label: { th: 'บทบาท', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
    },
  ],
}
