import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { hasRole, isSuperAdmin, userOf } from '../access/roles'
import { publishableUnits, scopeIncludes } from '../access/unitScope'
import { tenantIDOf } from '../access/unitContent'

export const publishRefusedMessage =
  'ไม่มีสิทธิ์เผยแพร่: เฉพาะหัวหน้าหน่วยงาน (ผู้อนุมัติ) ของหน่วยนี้เท่านั้นที่เผยแพร่ได้ ให้บันทึกเป็นฉบับร่างแล้วส่งให้หัวหน้าหน่วยงานอนุมัติ / ' +
  'Not allowed to publish: only the unit head (approver) of this unit can publish. Save a draft and ask the unit head to approve it.'

const refuse = () => new APIError(publishRefusedMessage, 403, null, true)

/**
 * Refuses a publish by someone without the right before access control turns it into a bare
 * "forbidden", so editors read why. Runs on explicit `_status: 'published'` in the request.
 */
export const refusePublishByRole: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = userOf(req)
  if (!user || (operation !== 'create' && operation !== 'update')) return args
  const status = (args.data as { _status?: string } | undefined)?._status
  if (status === 'published' && !isSuperAdmin(user) && !hasRole(user, 'unit-approver')) throw refuse()
  return args
}

/** Catches the implicit publish too (a save without `draft` on a published document) and checks the unit. */
export const refusePublishOutsideUnit: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = userOf(req)
  if (!user || data._status !== 'published') return data
  const tenant = tenantIDOf(data.tenant ?? originalDoc?.tenant)
  if (!scopeIncludes(publishableUnits(req), tenant)) throw refuse()
  return data
}
