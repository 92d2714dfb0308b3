import type { CollectionBeforeChangeHook } from 'payload'
import { APIError, ValidationError } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { userOf } from '../access/roles'
import { publishableUnits, scopeIncludes } from '../access/unitScope'
import { publishProblems } from '../hooks/requireElementsOnPublish'
import type { PublishChecks } from '../requirements/checks'
import { invalid, required } from '../validation/messages'
import { type Approval, reasonLabel } from './fields'

export const returnRefusedMessage =
  'ไม่มีสิทธิ์ส่งกลับ: เฉพาะหัวหน้าหน่วยงาน (ผู้อนุมัติ) ของหน่วยนี้เท่านั้นที่ส่งงานกลับให้แก้ไขได้ / ' +
  'Not allowed to send back: only the unit head (approver) of this unit can send work back.'

const cleared: Approval = { state: null, reason: null, submittedBy: null, submittedAt: null }

/** The stored request as it was: a save cannot rewrite who submitted it or when. */
const kept = (before: Approval): Approval => ({
  state: before.state ?? null,
  reason: before.reason ?? null,
  submittedBy: tenantIDOf(before.submittedBy) as number | null,
  submittedAt: before.submittedAt ?? null,
})

/**
 * The approval steps a save may take: the editor submits a draft only when publishing would accept
 * it (so what waits for the head is complete), the head sends it back only with a reason, and
 * publishing ends the request. A save that leaves `approval` out keeps it as it was.
 */
export const approvalTransition =
  (checks: PublishChecks = []): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (data._status === 'published') return { ...data, approval: cleared }
    const before: Approval = originalDoc?.approval ?? {}
    const asked: Approval | undefined = data.approval
    if (!asked) return data
    const problems = () =>
      publishProblems({ collection, doc: { ...originalDoc, ...data }, originalDoc, req, checks })
    if (asked.state === before.state) {
      // A submitted draft edited into an incomplete one no longer waits for the head: the save is
      // kept, the request withdrawn.
      if (before.state === 'submitted' && (await problems()).length)
        return { ...data, approval: cleared }
      return { ...data, approval: kept(before) }
    }
    const user = userOf(req)
    if (asked.state === 'submitted') {
      const missing = await problems()
      if (missing.length)
        throw new ValidationError({ collection: collection.slug, errors: missing, req }, req.t)
      return {
        ...data,
        approval: {
          state: 'submitted',
          reason: null,
          submittedBy: user?.id ?? null,
          submittedAt: new Date().toISOString(),
        },
      }
    }
    if (asked.state === 'returned') {
      if (
        user &&
        !scopeIncludes(publishableUnits(req), tenantIDOf(data.tenant ?? originalDoc?.tenant))
      )
        throw new APIError(returnRefusedMessage, 403, null, true)
      if (!asked.reason?.trim()) {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [{ path: 'approval.reason', message: invalid(reasonLabel, required) }],
            req,
          },
          req.t,
        )
      }
      return { ...data, approval: { ...before, state: 'returned', reason: asked.reason.trim() } }
    }
    // Withdrawn by the editor, or an unknown state: back to plain drafting.
    return { ...data, approval: cleared }
  }
