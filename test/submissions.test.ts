import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { currentFiscalYear } from '../src/fiscal'
import { CLIENT_ADDRESS_HEADER } from '../src/utilities/clientAddress'
import { closePayload, login, rest, testPayload, unitBySlug, userByEmail } from './helpers/payload'

let payload: Payload
let stationA: number
let stationB: number
const tokens: Record<string, string> = {}
let addressCounter = 0

/**
 * Each test posts from its own address (as server.ts stamps it), so the rate limit of one never
 * spills into another.
 */
const newAddress = () => `198.51.100.${++addressCounter}`

const post = (
  collection: string,
  body: Record<string, unknown>,
  address = newAddress(),
  token?: string,
) => rest('POST', `/${collection}`, { body, headers: { [CLIENT_ADDRESS_HEADER]: address }, token })

const ids = (result: { body: { docs?: { id: number }[] } }) =>
  (result.body.docs ?? []).map((doc) => doc.id)

beforeAll(async () => {
  payload = await testPayload()
  stationA = (await unitBySlug(payload, 'mueang-ranong')).id
  stationB = (await unitBySlug(payload, 'kapoe')).id
  for (const email of [
    'admin@demo.local',
    'hq@demo.local',
    'head.a@demo.local',
    'editor.a@demo.local',
    'editor.b@demo.local',
  ]) {
    tokens[email] = await login(email)
  }
})
afterAll(closePayload)

describe('feedback (the O5 channel)', () => {
  let feedbackA: number

  it('anyone may send feedback without signing in; the unit and fiscal year are recorded', async () => {
    const sent = await post('feedback', {
      tenant: stationA,
      kind: 'question',
      message: 'สถานีเปิดให้บริการวันเสาร์หรือไม่ (FEEDBACK-A)',
      name: 'ประชาชน',
    })
    expect(sent.status).toBe(201)
    feedbackA = sent.body.doc.id
    const stored = await payload.findByID({ collection: 'feedback', id: feedbackA })
    expect(stored).toMatchObject({
      tenant: expect.anything(),
      fiscalYear: currentFiscalYear(),
      status: 'new',
    })
    expect(stored.submitterKey).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('198.51.100.')
  })

  it('is never readable anonymously, neither listed nor by id', async () => {
    const list = await rest('GET', '/feedback')
    expect(list.status).toBe(403)
    expect((await rest('GET', `/feedback/${feedbackA}`)).status).toBe(403)
    expect(list.text).not.toContain('FEEDBACK-A')
  })

  it("is readable by the unit's staff and its HQ, not by another unit", async () => {
    for (const email of [
      'editor.a@demo.local',
      'head.a@demo.local',
      'hq@demo.local',
      'admin@demo.local',
    ]) {
      expect(ids(await rest('GET', '/feedback?limit=100', { token: tokens[email] }))).toContain(
        feedbackA,
      )
    }
    const other = await rest('GET', '/feedback?limit=100', { token: tokens['editor.b@demo.local'] })
    expect(ids(other)).not.toContain(feedbackA)
    expect(other.text).not.toContain('FEEDBACK-A')
    expect(
      (await rest('GET', `/feedback/${feedbackA}`, { token: tokens['editor.b@demo.local'] }))
        .status,
    ).toBe(404)
  })

  it('the public cannot set the handling status or the reply', async () => {
    const sent = await post('feedback', {
      tenant: stationA,
      message: 'ขอบคุณเจ้าหน้าที่ครับ',
      status: 'closed',
      reply: 'ปลอม',
    })
    expect(sent.status).toBe(201)
    const stored = await payload.findByID({ collection: 'feedback', id: sent.body.doc.id })
    expect(stored.status).toBe('new')
    expect(stored.reply ?? null).toBeNull()
  })

  it('refuses an over-long message with a Thai and English message naming the field', async () => {
    const sent = await post('feedback', { tenant: stationA, message: 'ก'.repeat(2001) })
    expect(sent.status).toBe(400)
    expect(sent.text).toContain('ข้อความ: ยาวเกิน 2000 ตัวอักษร')
    expect(sent.text).toContain('Message: longer than 2000 characters')
  })

  it('refuses a submission without a real unit', async () => {
    expect((await post('feedback', { message: 'ไม่มีหน่วยงาน' })).status).toBe(400)
    expect(
      (await post('feedback', { tenant: 999_999, message: 'หน่วยงานที่ไม่มีอยู่' })).status,
    ).toBe(400)
  })

  it('refuses anything a bot put into the hidden honeypot field (text, numbers, booleans, lists, objects), and stores nothing', async () => {
    const before = await payload.count({ collection: 'feedback' })
    for (const website of ['http://spam.example', 1, 0, true, false, [], {}, ' ']) {
      const sent = await post('feedback', { tenant: stationA, message: 'ซื้อยาราคาถูก', website })
      expect([website, sent.status]).toEqual([website, 400])
      expect(sent.text).toContain('The submission was refused')
    }
    expect((await payload.count({ collection: 'feedback' })).totalDocs).toBe(before.totalDocs)
  })

  it('limits one address to 5 messages in 10 minutes, with a Thai message; other addresses are unaffected', async () => {
    const address = newAddress()
    for (let i = 0; i < 5; i++)
      expect(
        (await post('feedback', { tenant: stationB, message: `ข้อความที่ ${i + 1}` }, address))
          .status,
      ).toBe(201)
    const sixth = await post('feedback', { tenant: stationB, message: 'ข้อความที่ 6' }, address)
    expect(sixth.status).toBe(429)
    expect(sixth.text).toContain('ส่งบ่อยเกินไป')
    expect(
      (await post('feedback', { tenant: stationB, message: 'จากอีกเครื่องหนึ่ง' })).status,
    ).toBe(201)
  })

  it('staff answer feedback; another unit cannot', async () => {
    const answered = await rest('PATCH', `/feedback/${feedbackA}`, {
      token: tokens['editor.a@demo.local'],
      body: { status: 'answered', reply: 'เปิดทุกวัน ตลอด 24 ชั่วโมง' },
    })
    expect(answered.status).toBe(200)
    expect([403, 404]).toContain(
      (
        await rest('PATCH', `/feedback/${feedbackA}`, {
          token: tokens['editor.b@demo.local'],
          body: { status: 'closed' },
        })
      ).status,
    )
  })
})

describe('corruption complaints (the O17 channel)', () => {
  let complaintA: number

  it('anyone may report, anonymously', async () => {
    const sent = await post('corruption-complaints', {
      tenant: stationA,
      subject: 'เจ้าหน้าที่เรียกรับเงิน (COMPLAINT-A)',
      details: 'เจ้าหน้าที่จุดตรวจเรียกเงิน 500 บาทแลกกับการไม่ออกใบสั่ง',
    })
    expect(sent.status).toBe(201)
    complaintA = sent.body.doc.id
  })

  it('is never publicly readable', async () => {
    const list = await rest('GET', '/corruption-complaints')
    expect(list.status).toBe(403)
    expect(list.text).not.toContain('COMPLAINT-A')
    expect((await rest('GET', `/corruption-complaints/${complaintA}`)).status).toBe(403)
  })

  it('is readable by the unit head and its HQ only: not by the unit’s editors, nor by another unit', async () => {
    for (const email of ['head.a@demo.local', 'hq@demo.local', 'admin@demo.local']) {
      expect(
        ids(await rest('GET', '/corruption-complaints?limit=100', { token: tokens[email] })),
      ).toContain(complaintA)
    }
    for (const email of ['editor.a@demo.local', 'editor.b@demo.local']) {
      const seen = await rest('GET', '/corruption-complaints?limit=100', { token: tokens[email] })
      expect(seen.text).not.toContain('COMPLAINT-A')
      expect(
        (await rest('GET', `/corruption-complaints/${complaintA}`, { token: tokens[email] }))
          .status,
      ).not.toBe(200)
    }
  })

  it('a report cannot be deleted by the unit head (only a super-admin may)', async () => {
    expect(
      (
        await rest('DELETE', `/corruption-complaints/${complaintA}`, {
          token: tokens['head.a@demo.local'],
        })
      ).status,
    ).toBe(403)
  })

  it('is rate limited more tightly (3 in 10 minutes)', async () => {
    const address = newAddress()
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await post(
            'corruption-complaints',
            {
              tenant: stationB,
              subject: `เรื่องที่ ${i + 1}`,
              details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร',
            },
            address,
          )
        ).status,
      ).toBe(201)
    }
    expect(
      (
        await post(
          'corruption-complaints',
          {
            tenant: stationB,
            subject: 'เรื่องที่ 4',
            details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร',
          },
          address,
        )
      ).status,
    ).toBe(429)
  })

  it('holds under a burst: 20 reports sent at once from one address store exactly 3', async () => {
    const address = newAddress()
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          'corruption-complaints',
          {
            tenant: stationB,
            subject: `พร้อมกัน ${i}`,
            details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร',
          },
          address,
        ).then((sent) => sent.status),
      ),
    )
    const tally = statuses.reduce<Record<number, number>>(
      (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
      {},
    )
    console.log(`burst of 20 complaints from one address: ${JSON.stringify(tally)}`)
    expect(tally).toEqual({ 201: 3, 429: 17 })
  })

  it('a reporter’s optional contact is checked', async () => {
    const sent = await post('corruption-complaints', {
      tenant: stationA,
      subject: 'เรื่องร้องเรียน',
      details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร',
      reporter: { email: 'not-an-email' },
    })
    expect(sent.status).toBe(400)
    expect(sent.text).toContain('อีเมลผู้แจ้ง: อีเมลไม่ถูกต้อง')
  })

  it('HQ reviewers read but do not change a report', async () => {
    const hq = await userByEmail(payload, 'hq@demo.local')
    await expect(
      payload.update({
        collection: 'corruption-complaints',
        id: complaintA,
        data: { status: 'completed' },
        user: hq,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
