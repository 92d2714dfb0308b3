import type { PayloadRequest } from 'payload'

import { oitSettings } from '../options'

export const roles = ['super-admin', 'hq-reviewer', 'unit-approver', 'unit-editor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { th: string; en: string }> = {
  'super-admin': { th: 'ผู้ดูแลระบบสูงสุด', en: 'Super admin' },
  'hq-reviewer': { th: 'ผู้ตรวจสอบระดับกองบังคับการ/ภาค', en: 'HQ reviewer' },
  'unit-approver': { th: 'หัวหน้าหน่วยงาน (ผู้อนุมัติเผยแพร่)', en: 'Unit head (approver)' },
  'unit-editor': { th: 'เจ้าหน้าที่ผู้จัดทำข้อมูล', en: 'Unit editor' },
}

/** The fields of a staff user that access control reads. */
export type StaffUser = {
  id: number | string
  collection?: string
  role?: Role | null
  tenants?: { tenant: number | string | { id: number | string } | null }[] | null
}

export const userOf = (req: PayloadRequest): StaffUser | null =>
  req.user && req.user.collection === oitSettings(req.payload).users
    ? (req.user as unknown as StaffUser)
    : null

export const hasRole = (user: StaffUser | null | undefined, ...allowed: Role[]): boolean =>
  Boolean(user?.role && allowed.includes(user.role))

export const isSuperAdmin = (user: StaffUser | null | undefined): boolean =>
  hasRole(user, 'super-admin')

/**
 * Reviews units above its own (HQ reviewers and super-admins): every unit in its scope, the HQ
 * matrix, findings.
 */
export const isReviewer = (user: StaffUser | null | undefined): boolean =>
  hasRole(user, 'super-admin', 'hq-reviewer')

/** IDs of the units the user is assigned to (the multi-tenant plugin's `tenants` array). */
export const assignedUnitIDs = (user: StaffUser | null | undefined): (number | string)[] =>
  (user?.tenants ?? []).flatMap(({ tenant }) =>
    tenant == null ? [] : [typeof tenant === 'object' ? tenant.id : tenant],
  )
