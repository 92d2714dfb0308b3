import type { MultiTenantPluginConfig } from '@payloadcms/plugin-multi-tenant/types'

import { isReviewer, type StaffUser } from './access/roles'
import { superAdminField } from './access/superAdmin'
import { tenantPluginCollections } from './collections'
import type { OitSettings } from './options'

/**
 * Options for `@payloadcms/plugin-multi-tenant` (`slugs`: the plugin's collections renamed in this
 * app): `units` are the tenants, documents carry `tenant`.
 * Super-admins and HQ reviewers bypass the plugin's "own units only" filter; our access functions
 * then scope reviewers to their HQ's subtree.
 */
export const oitMultiTenantOptions = (
  { slugs }: Pick<OitSettings, 'slugs'> = { slugs: {} },
): MultiTenantPluginConfig => ({
  tenantsSlug: 'units',
  collections: Object.fromEntries(tenantPluginCollections.map((slug) => [slugs[slug] ?? slug, {}])),
  tenantsArrayField: {
    includeDefaultField: true,
    arrayFieldAccess: { create: superAdminField, update: superAdminField },
  },
  tenantField: { label: { th: 'หน่วยงาน', en: 'Unit' } },
  userHasAccessToAllTenants: (user) => isReviewer(user as unknown as StaffUser),
  i18n: {
    translations: {
      th: {
        'nav-tenantSelector-label': 'เลือกหน่วยงาน',
        'field-assignedTenant-label': 'หน่วยงาน',
        'assign-tenant-button-label': 'กำหนดหน่วยงาน',
        'assign-tenant-modal-title': 'กำหนดหน่วยงานของ "{{title}}"',
      },
    },
  },
})
