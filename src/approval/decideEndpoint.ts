import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { userOf } from '../access/roles'

const refuse = (status: number, th: string, en: string) =>
  Response.json({ errors: [{ message: `${th} / ${en}` }] }, { status })

/**
 * `POST /api/<collection>/:id/approval` with `{ action: 'approve' }` (publish the waiting draft as
 * it stands) or `{ action: 'return', reason }`: the head decides from the list of what waits,
 * without opening each form. Runs with the user's own rights, so the same refusals hold as in the
 * edit view (only the unit's head publishes or sends back; a return needs its reason).
 */
export const decideEndpoint = (slug: string): Endpoint => ({
  path: '/:id/approval',
  method: 'post',
  handler: async (req) => {
    if (!userOf(req)) return refuse(401, 'ต้องเข้าสู่ระบบ', 'log in first')
    await addDataAndFileToRequest(req)
    const { action, reason } = (req.data ?? {}) as { action?: string; reason?: string }
    const id = req.routeParams?.id as string
    const asUser = {
      collection: slug as 'news',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    } as const
    const waiting = await req.payload.find({
      collection: slug as 'news',
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const doc = waiting.docs[0] as { approval?: { state?: string | null } } | undefined
    if (!doc) return refuse(404, 'ไม่พบเอกสาร', 'document not found')
    if (doc.approval?.state !== 'submitted')
      return refuse(409, 'เอกสารนี้ไม่ได้รออนุมัติแล้ว', 'this document no longer awaits approval')
    if (action === 'approve') {
      await req.payload.update({ ...asUser, data: { _status: 'published' } as never, draft: false })
      return Response.json({ status: 'published' })
    }
    if (action === 'return') {
      await req.payload.update({
        ...asUser,
        data: { approval: { state: 'returned', reason: reason ?? '' } } as never,
        draft: true,
      })
      return Response.json({ status: 'returned' })
    }
    return refuse(
      400,
      'ไม่รู้จักคำสั่งนี้ (approve หรือ return)',
      'unknown action (approve or return)',
    )
  },
})
