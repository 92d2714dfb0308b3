/**
 * The approval flow on real PostgreSQL and a real SMTP server (Debian's aiosmtpd): the editor
 * submits
 * a complete draft, the head is told and sees it waiting, sends it back with a reason or publishes
 * it,
 * and readiness says "รออนุมัติ" meanwhile. Other units can neither see nor decide it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { monthValue } from '../src/companions/periods'
import { startSmtp, type ReceivedMail } from './helpers/smtp'

type Helpers = typeof import('./helpers/payload')
type Station = Awaited<ReturnType<typeof import('./helpers/scratchUnit').scratchStation>>
type Doc = Record<string, any> & { id: number }

let smtp: Awaited<ReturnType<typeof startSmtp>>
let helpers: Helpers
let payload: Payload
let a: Station
let b: Station
let tokens: Record<'editorA' | 'headA' | 'headB', string>

/** Midway through FY 2568's first quarter report window: October–December 2024 are due. */
const midJanuary = new Date('2025-01-15T05:00:00Z')
const october = monthValue({ year: 2024, month: 10 })

/** Mail arrives after the save has answered: wait for it (the server is local, so briefly). */
async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const found = (await smtp.received()).find(
      (mail) => mail.to.includes(address) && subject.test(mail.subject),
    )
    if (found) return found
    if (Date.now() > deadline)
      throw new Error(
        `no mail to ${address} matching ${subject}; got ${JSON.stringify(await smtp.received())}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const asEditor = () => ({ user: a.editor, overrideAccess: false as const })
const draftOf = async (id: number) =>
  (
    await payload.find({
      collection: 'procurement-summaries',
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Doc

beforeAll(async () => {
  smtp = await startSmtp()
  // Before the config is first imported: the e-mail adapter is chosen when it is built.
  process.env.OIT_SMTP_URL = smtp.url
  helpers = await import('./helpers/payload')
  payload = await helpers.testPayload()
  const { scratchStation } = await import('./helpers/scratchUnit')
  a = await scratchStation(payload, 'approval-a')
  b = await scratchStation(payload, 'approval-b')
  tokens = {
    editorA: await helpers.login(a.editor.email, 'test-password'),
    headA: await helpers.login(a.approver.email, 'test-password'),
    headB: await helpers.login(b.approver.email, 'test-password'),
  }
})
afterAll(async () => {
  delete process.env.OIT_SMTP_URL
  await helpers?.closePayload()
  await smtp?.stop()
})

describe('approval', () => {
  let draft: Doc

  it('refuses to submit a draft that publishing would refuse, naming what is missing, and keeps the draft', async () => {
    draft = (await payload.create({
      collection: 'procurement-summaries',
      data: { tenant: a.unit.id, month: october, rows: [{ item: 'จัดซื้อกระดาษ A4' }] } as never,
      draft: true,
      ...asEditor(),
    })) as unknown as Doc
    const refused = await helpers.rejection(
      payload.update({
        collection: 'procurement-summaries',
        id: draft.id,
        data: { approval: { state: 'submitted' } } as never,
        draft: true,
        ...asEditor(),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.messages.join('\n')).toMatch(/O15/)
    expect(Object.keys(refused.fields).some((path) => path.startsWith('rows.0.'))).toBe(true)
    const kept = await draftOf(draft.id)
    expect(kept.rows[0].item).toBe('จัดซื้อกระดาษ A4')
    expect(kept.approval?.state ?? null).toBeNull()
  })

  it('submits a complete draft, records who and when, and e-mails the unit head', async () => {
    const before = Date.now()
    await payload.update({
      collection: 'procurement-summaries',
      id: draft.id,
      data: {
        rows: [],
        noneDeclared: true,
        approval: {
          state: 'submitted',
          submittedBy: a.approver.id,
          submittedAt: '2000-01-01T00:00:00.000Z',
        },
      } as never,
      draft: true,
      ...asEditor(),
    })
    const stored = await draftOf(draft.id)
    expect(stored._status).toBe('draft')
    expect(stored.approval.state).toBe('submitted')
    // Who and when are the server's, not the sender's.
    expect(stored.approval.submittedBy).toBe(a.editor.id)
    expect(new Date(stored.approval.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const mail = await mailTo(a.approver.email, /^รออนุมัติ: /)
    expect(mail.subject).toContain('สรุปผลจัดซื้อจัดจ้าง')
    expect(mail.text).toContain(`/admin/collections/procurement-summaries/${draft.id}`)
    expect(mail.to).toEqual([a.approver.email])
  })

  it('readiness says รออนุมัติ for the month the waiting draft fills, and the head sees it waiting under O15', async () => {
    const { readiness } = await import('../src/compliance/readiness')
    const unit = {
      id: a.unit.id,
      name: a.unit.name,
      slug: a.unit.slug,
      unitType: 'police-station',
      parent: null,
      site: 'http://localhost:3000/u/scratch',
    }
    const [result] = await readiness(payload, {
      units: [unit],
      fiscalYear: 2568,
      today: midJanuary,
    })
    const o15 = result!.items.find((item) => item.code === 'O15')!
    const everyMonth = o15.elements.find((element) => element.key === 'every-month')!
    expect(everyMonth.status).toBe('awaiting')
    expect(everyMonth.reasons[0]!.th).toBe(
      `รออนุมัติ: สรุปผลจัดซื้อจัดจ้างรายเดือน สขร.1 1 รายการ (${(await draftOf(draft.id)).title})`,
    )
    expect(everyMonth.fix).toBe(`/admin/collections/procurement-summaries/${draft.id}`)
    expect(o15.status).toBe('awaiting')

    const { unitDashboard } = await import('../src/compliance/dashboard')
    const { createLocalReq } = await import('payload')
    const dashboard = await unitDashboard(
      await createLocalReq({ user: a.approver as never }, payload),
      a.unit.id,
      2568,
      midJanuary,
    )
    expect(dashboard!.awaiting).toEqual([
      expect.objectContaining({
        collection: 'procurement-summaries',
        id: draft.id,
        items: ['O15'],
      }),
    ])
  })

  it('lets only the unit head send back, with a reason, and e-mails the editor the reason', async () => {
    const path = `/procurement-summaries/${draft.id}/approval`
    const byEditor = await helpers.rest('POST', path, {
      token: tokens.editorA,
      body: { action: 'return', reason: 'ไม่ใช่' },
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.text).toContain('เฉพาะหัวหน้าหน่วยงาน')
    const byOtherHead = await helpers.rest('POST', path, {
      token: tokens.headB,
      body: { action: 'approve' },
    })
    expect(byOtherHead.status).toBe(404)
    const noReason = await helpers.rest('POST', path, {
      token: tokens.headA,
      body: { action: 'return', reason: '  ' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('เหตุผลที่ส่งกลับ')
    expect((await draftOf(draft.id)).approval.state).toBe('submitted')

    const reason = 'เดือนตุลาคมมีการจัดซื้อน้ำมันเชื้อเพลิง 2 รายการ ให้กรอกแทนการระบุว่าไม่มี'
    const returned = await helpers.rest('POST', path, {
      token: tokens.headA,
      body: { action: 'return', reason },
    })
    expect(returned.status).toBe(200)
    const stored = await draftOf(draft.id)
    expect(stored.approval).toEqual(
      expect.objectContaining({ state: 'returned', reason, submittedBy: a.editor.id }),
    )
    const mail = await mailTo(a.editor.email, /^ส่งกลับให้แก้ไข: /)
    expect(mail.text).toContain(reason)
  })

  it('publishes the waiting draft as it stands when the head approves it from the list, and tells the editor', async () => {
    await payload.update({
      collection: 'procurement-summaries',
      id: draft.id,
      data: { approval: { state: 'submitted' } } as never,
      draft: true,
      ...asEditor(),
    })
    const approved = await helpers.rest('POST', `/procurement-summaries/${draft.id}/approval`, {
      token: tokens.headA,
      body: { action: 'approve' },
    })
    expect(approved.status).toBe(200)
    const published = (await payload.findByID({
      collection: 'procurement-summaries',
      id: draft.id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    expect(published._status).toBe('published')
    expect(published.noneDeclared).toBe(true)
    expect(published.approval.state ?? null).toBeNull()
    await mailTo(a.editor.email, /^เผยแพร่แล้ว: /)
    // Decided once: a second approval finds nothing waiting.
    expect(
      (
        await helpers.rest('POST', `/procurement-summaries/${draft.id}/approval`, {
          token: tokens.headA,
          body: { action: 'approve' },
        })
      ).status,
    ).toBe(409)
  })

  it('withdraws a submitted draft edited into an incomplete one, keeping the edit', async () => {
    const november = (await payload.create({
      collection: 'procurement-summaries',
      data: {
        tenant: a.unit.id,
        month: monthValue({ year: 2024, month: 11 }),
        noneDeclared: true,
        approval: { state: 'submitted' },
      } as never,
      draft: true,
      ...asEditor(),
    })) as unknown as Doc
    expect((await draftOf(november.id)).approval.state).toBe('submitted')
    await payload.update({
      collection: 'procurement-summaries',
      id: november.id,
      data: { noneDeclared: false, rows: [{ item: 'จัดซื้อหมึกพิมพ์' }] } as never,
      draft: true,
      ...asEditor(),
    })
    const stored = await draftOf(november.id)
    expect(stored.rows[0].item).toBe('จัดซื้อหมึกพิมพ์')
    expect(stored.approval.state ?? null).toBeNull()
  })
})
