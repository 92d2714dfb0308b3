import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { hasRole, isSuperAdmin, userOf } from '../access/roles'
import { publishableUnits, scopeIncludes } from '../access/unitScope'
import { tenantIDOf } from '../access/unitContent'

export const publishRefusedMessage =
  'ไม่มีสิทธิ์เผยแพร่: เฉพาะหัวหน้าหน่วยงาน (ผู้อนุมัติ) ของหน่วยนี้เท่านั้นที่เผยแพร่ได้ ให้บันทึกเป็นฉบับร่างแล้วส่งให้หัวหน้าหน่วยงานอนุมัติ / ' +
  'Not allowed to publish: only the unit head (approver) of this unit can publish. Save a draft and ask the unit head to approve it.'

export const unpublishRefusedMessage =
  'ไม่มีสิทธิ์ถอนการเผยแพร่: เฉพาะหัวหน้าหน่วยงาน (ผู้อนุมัติ) เท่านั้นที่ถอนเนื้อหาที่เผยแพร่แล้วออกจากเว็บไซต์ได้ ' +
  'การแก้ไขให้บันทึกเป็นฉบับร่าง (หรือกู้คืนเป็นฉบับร่าง) แล้วส่งให้หัวหน้าหน่วยงานอนุมัติ / ' +
  'Not allowed to unpublish: only the unit head (approver) can take published content off the website. ' +
  'Save your change as a draft (or restore the version as a draft) and ask the unit head to approve it.'

const refuse = () => new APIError(publishRefusedMessage, 403, null, true)
const refuseUnpublish = () => new APIError(unpublishRefusedMessage, 403, null, true)

/**
 * Refuses a publish by someone without the right before access control turns it into a bare
 * "forbidden", so editors read why. Runs on explicit `_status: 'published'` in the request.
 */
export const refusePublishByRole: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = userOf(req)
  if (!user || (operation !== 'create' && operation !== 'update')) return args
  const status = (args.data as { _status?: string } | undefined)?._status
  if (status === 'published' && !isSuperAdmin(user) && !hasRole(user, 'unit-approver'))
    throw refuse()
  return args
}

/** Whether the document is on the public site now (its own row, not its latest draft). */
async function isPublished(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<boolean> {
  if (id == null) return true
  const doc = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return doc?._status === 'published'
}

/**
 * Taking published content offline is the head's decision, like publishing it: an editor's save of
 * `_status: 'draft'` without `draft` (which would replace the published document) and a version
 * restored over it are refused. Saving a draft beside the published document stays the editor's
 * work.
 */
export const refuseUnpublishByRole: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const user = userOf(req)
  if (!user || isSuperAdmin(user) || hasRole(user, 'unit-approver')) return args
  const { data, draft, id, unpublishAllLocales, where } = args as {
    data?: { _status?: string }
    draft?: boolean
    id?: unknown
    unpublishAllLocales?: unknown
    where?: unknown
  }
  if (draft) return args
  if (operation === 'restoreVersion') {
    const version =
      id == null
        ? null
        : (
            await req.payload.db.findVersions<{ parent?: unknown }>({
              collection: collection.slug,
              where: { id: { equals: id } },
              limit: 1,
              pagination: false,
              req,
            })
          ).docs[0]
    if (version && (await isPublished(req, collection.slug, version.parent)))
      throw refuseUnpublish()
  }
  if (
    operation === 'update' &&
    (data?._status === 'draft' || unpublishAllLocales) &&
    (where || (await isPublished(req, collection.slug, id)))
  )
    throw refuseUnpublish()
  return args
}

/**
 * Catches the implicit publish too (a save without `draft` on a published document) and checks the
 * unit.
 */
export const refusePublishOutsideUnit: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  if (!user || data._status !== 'published') return data
  const tenant = tenantIDOf(data.tenant ?? originalDoc?.tenant)
  if (!scopeIncludes(publishableUnits(req), tenant)) throw refuse()
  return data
}
