import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { keepRequestLocale } from '../../utilities/keepRequestLocale'

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

/** The unit's approvers and editors: whoever must answer or hear that a finding is closed. */
async function unitStaffEmails(req: PayloadRequest, unit: number | string): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true },
    where: { and: [{ 'tenants.tenant': { equals: unit } }, { role: { in: ['unit-approver', 'unit-editor'] } }] },
  })
  return docs.map((user) => user.email)
}

async function reviewerEmails(req: PayloadRequest, reviewer: unknown): Promise<string[]> {
  const id = tenantIDOf(reviewer)
  if (id == null) return []
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, disableErrors: true, overrideAccess: true, req, select: { email: true } })
  return user ? [user.email] : []
}

const unitName = async (req: PayloadRequest, unit: number | string): Promise<string> =>
  (
    await keepRequestLocale(req, () =>
      req.payload.findByID({ collection: 'units', id: unit, depth: 0, locale: 'th', overrideAccess: true, req, select: { name: true } }),
    )
  ).name

const messages: Record<Event, (finding: Finding, unit: string, link: string) => { subject: string; text: string }> = {
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

const eventOf = (finding: Finding, operation: 'create' | 'update', previous: Partial<Finding>): Event | null => {
  if (operation === 'create') return 'created'
  if (finding.status === previous.status || finding.status === 'open') return null
  return finding.status
}

/**
 * E-mails whoever must act next: the unit's staff on a new finding and when it is closed, the reviewer
 * once it is answered. Mail is a courtesy, so a failure is logged and never undoes the save.
 */
export const notifyFindingChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const finding = doc as Finding
  const event = eventOf(finding, operation, previousDoc as Partial<Finding>)
  const unit = tenantIDOf(finding.tenant)
  if (!event || unit == null) return doc
  try {
    const to = event === 'answered' ? await reviewerEmails(req, finding.reviewer) : await unitStaffEmails(req, unit)
    if (to.length) {
      const { routes, serverURL } = req.payload.config
      const link = `${serverURL ?? ''}${routes.admin}/collections/review-findings/${finding.id}`
      await req.payload.sendEmail({ to, ...messages[event](finding, await unitName(req, unit), link) })
    }
  } catch (err) {
    req.payload.logger.error({ err, msg: `Review finding ${finding.id}: the "${event}" e-mail was not sent` })
  }
  return doc
}
