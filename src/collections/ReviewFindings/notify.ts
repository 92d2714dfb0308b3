import type { CollectionAfterChangeHook } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { adminLink, unitName, unitStaffEmails, userEmails } from '../../email/recipients'

type Finding = {
  id: number | string
  tenant: unknown
  fiscalYear: number
  item: string
  observation: string
  answer?: string | null
  status: 'open' | 'answered' | 'closed'
  reviewer?: unknown
}

type Event = 'created' | 'answered' | 'closed'

const messages: Record<
  Event,
  (finding: Finding, unit: string, link: string) => { subject: string; text: string }
> = {
  created: ({ item, fiscalYear, observation }, unit, link) => ({
    subject: `ข้อสังเกตใหม่จากผู้ตรวจ: ${item} ปีงบประมาณ ${fiscalYear}`,
    text: `${unit}\n\nข้อสังเกต:\n${observation}\n\nตอบข้อสังเกตได้ที่ ${link}`,
  }),
  answered: ({ item, fiscalYear, observation, answer }, unit, link) => ({
    subject: `หน่วยงานตอบข้อสังเกตแล้ว: ${unit} ${item} ปีงบประมาณ ${fiscalYear}`,
    text: `ข้อสังเกต:\n${observation}\n\nคำตอบของหน่วยงาน:\n${answer ?? ''}\n\nตรวจและปิดข้อสังเกตได้ที่ ${link}`,
  }),
  closed: ({ item, fiscalYear, observation }, unit, link) => ({
    subject: `ผู้ตรวจปิดข้อสังเกตแล้ว: ${item} ปีงบประมาณ ${fiscalYear}`,
    text: `${unit}\n\nข้อสังเกต:\n${observation}\n\nดูรายละเอียดได้ที่ ${link}`,
  }),
}

const eventOf = (
  finding: Finding,
  operation: 'create' | 'update',
  previous: Partial<Finding>,
): Event | null => {
  if (operation === 'create') return 'created'
  if (finding.status === previous.status || finding.status === 'open') return null
  return finding.status
}

/**
 * E-mails whoever must act next: the unit's staff on a new finding and when it is closed, the
 * reviewer
 * once it is answered. Mail is a courtesy, so a failure is logged and never undoes the save.
 */
export const notifyFindingChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const finding = doc as Finding
  const event = eventOf(finding, operation, previousDoc as Partial<Finding>)
  const unit = tenantIDOf(finding.tenant)
  if (!event || unit == null) return doc
  try {
    const to =
      event === 'answered'
        ? await userEmails(req, finding.reviewer)
        : await unitStaffEmails(req, unit, ['unit-approver', 'unit-editor'])
    if (to.length) {
      const link = adminLink(req, `/collections/review-findings/${finding.id}`)
      await req.payload.sendEmail({
        to,
        ...messages[event](finding, await unitName(req, unit), link),
      })
    }
  } catch (err) {
    req.payload.logger.error({
      err,
      msg: `Review finding ${finding.id}: the "${event}" e-mail was not sent`,
    })
  }
  return doc
}
