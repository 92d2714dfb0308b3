import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { adminLink, unitName, unitStaffEmails, userEmails } from '../email/recipients'
import type { Approval } from './fields'
import { documentTitle } from './waiting'

type Event = 'submitted' | 'returned' | 'published'

type Subject = { unit: string; what: string; link: string; reason?: string | null }

const messages: Record<Event, (subject: Subject) => { subject: string; text: string }> = {
  submitted: ({ unit, what, link }) => ({
    subject: `รออนุมัติ: ${what}`,
    text: `${unit}\n\nเจ้าหน้าที่ส่ง "${what}" ให้หัวหน้าหน่วยงานอนุมัติเผยแพร่\n\nตรวจและเผยแพร่ หรือส่งกลับให้แก้ไข ได้ที่ ${link}`,
  }),
  returned: ({ unit, what, link, reason }) => ({
    subject: `ส่งกลับให้แก้ไข: ${what}`,
    text: `${unit}\n\nหัวหน้าหน่วยงานส่ง "${what}" กลับให้แก้ไข\n\nเหตุผล:\n${reason ?? ''}\n\nแก้ไขแล้วส่งให้อนุมัติอีกครั้งได้ที่ ${link}`,
  }),
  published: ({ unit, what, link }) => ({
    subject: `เผยแพร่แล้ว: ${what}`,
    text: `${unit}\n\nหัวหน้าหน่วยงานอนุมัติและเผยแพร่ "${what}" แล้ว\n\n${link}`,
  }),
}

const eventOf = (
  doc: { _status?: string; approval?: Approval },
  before: Approval | undefined,
): Event | null => {
  if (doc._status === 'published') return before?.state === 'submitted' ? 'published' : null
  const state = doc.approval?.state
  return state && state !== before?.state ? state : null
}

/** "รายงานผลการปฏิบัติงานประจำเดือน: ตุลาคม 2569": the collection and the document's title. */
function describe(req: PayloadRequest, slug: string, doc: Record<string, unknown>): string {
  const config = req.payload.collections[slug as 'news'].config
  const label = config.labels.singular
  const name =
    typeof label === 'object' ? ((label as Record<string, string>).th ?? slug) : String(label)
  return `${name}: ${documentTitle(config, doc)}`
}

/**
 * Tells whoever acts next: the unit's heads when a draft is submitted, the submitter when it is
 * sent
 * back (with the reason) or published. Recipients are read in the request's transaction; the mail
 * itself goes out after, so a slow or failing mail server never holds or undoes the save.
 */
export const notifyApproval: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const before = (previousDoc as { approval?: Approval } | undefined)?.approval
  const event = eventOf(doc, before)
  const unit = tenantIDOf(doc.tenant)
  if (!event || unit == null) return doc
  try {
    const to =
      event === 'submitted'
        ? await unitStaffEmails(req, unit, ['unit-approver'])
        : await userEmails(req, (event === 'published' ? before : doc.approval)?.submittedBy)
    if (!to.length) return doc
    const message = messages[event]({
      unit: await unitName(req, unit),
      what: describe(req, collection.slug, doc),
      link: adminLink(req, `/collections/${collection.slug}/${doc.id}`),
      reason: doc.approval?.reason,
    })
    void req.payload.sendEmail({ to, ...message }).catch((err: unknown) =>
      req.payload.logger.error({
        err,
        msg: `${collection.slug} ${doc.id}: the "${event}" e-mail was not sent`,
      }),
    )
  } catch (err) {
    req.payload.logger.error({
      err,
      msg: `${collection.slug} ${doc.id}: the "${event}" e-mail was not prepared`,
    })
  }
  return doc
}
