import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import {
  closePayload,
  login,
  rejection,
  rest,
  testPayload,
  unitBySlug,
  userByEmail,
} from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

type Staff = Awaited<ReturnType<typeof userByEmail>>
type Station = Awaited<ReturnType<typeof scratchStation>>
type Doc = Record<string, unknown> & { id: number | string }
type Mail = { to: string[]; subject: string; text: string }

/**
 * The local API without per-collection typing: the tests send partial and deliberately wrong data
 * the generated types refuse.
 */
type LooseAPI = {
  [op in 'create' | 'update' | 'findByID' | 'delete']: (
    args: Record<string, unknown>,
  ) => Promise<Doc>
} & { find: (args: Record<string, unknown>) => Promise<{ docs: Doc[] }> }
const api = () => payload as unknown as LooseAPI

const as = (user?: Staff) => ({ user, overrideAccess: false as const })

let payload: Payload
/** Station A sits under the reviewer's HQ; station B does not. */
let a: Station
let b: Station
let reviewer: Staff
let sendEmail: jest.SpiedFunction<Payload['sendEmail']>

const mails = (): Mail[] =>
  sendEmail.mock.calls.map(([message]) => {
    const { to, subject, text } = message as {
      to: string | string[]
      subject: string
      text: string
    }
    return { to: [to].flat().sort(), subject, text }
  })

beforeAll(async () => {
  payload = await testPayload()
  const region = await unitBySlug(payload, 'region-8')
  const hq = await payload.create({
    collection: 'units',
    data: {
      name: 'กองบังคับการทดสอบการตรวจติดตาม',
      shortName: 'บก.ทดสอบ',
      slug: 'review-hq',
      unitType: 'hq',
      parent: region.id,
    },
  })
  a = await scratchStation(payload, 'review-a')
  await payload.update({ collection: 'units', id: a.unit.id, data: { parent: hq.id } })
  b = await scratchStation(payload, 'review-b')
  await payload.create({
    collection: 'users',
    data: {
      email: 'reviewer.review@test.local',
      name: 'ผู้ตรวจทดสอบ',
      password: 'test-password',
      role: 'hq-reviewer',
      tenants: [{ tenant: hq.id }],
    },
  })
  reviewer = await userByEmail(payload, 'reviewer.review@test.local')
  sendEmail = jest.spyOn(payload, 'sendEmail')
})
beforeEach(() => {
  sendEmail.mockClear()
})
afterAll(closePayload)

describe('review findings', () => {
  const observation =
    'รายงานผลการปฏิบัติงานประจำเดือนไม่ครบทุกเดือน ขาดเดือนมกราคมและกุมภาพันธ์ ให้จัดทำและเผยแพร่ให้ครบ'
  let finding: Doc

  it("lets an HQ reviewer raise a finding in its subtree and e-mails the unit's staff", async () => {
    finding = await api().create({
      collection: 'review-findings',
      data: {
        tenant: a.unit.id,
        fiscalYear: 2568,
        item: ' o7 ',
        observation,
        reviewer: a.editor.id,
      },
      ...as(reviewer),
    })
    expect(finding).toMatchObject({ item: 'O7', status: 'open', answeredAt: null, closedAt: null })
    expect(finding.title).toBe(
      'O7 · 2568 · รายงานผลการปฏิบัติงานประจำเดือนไม่ครบทุกเดือน ขาดเดือนมกราคม…',
    )
    // The reviewer is whoever raised it, whatever the request says.
    expect(
      (await api().findByID({ collection: 'review-findings', id: finding.id, depth: 0 })).reviewer,
    ).toBe(reviewer.id)

    expect(mails()).toEqual([
      {
        to: [a.approver.email, a.editor.email].sort(),
        subject: 'ข้อสังเกตใหม่จากผู้ตรวจ: O7 ปีงบประมาณ 2568',
        text: expect.stringContaining(observation),
      },
    ])
    expect(mails()[0]!.text).toContain(`/admin/collections/review-findings/${finding.id}`)
  })

  it("takes the item from the unit's framework for the year: the form lists it, a code outside it is refused", async () => {
    const token = await login('reviewer.review@test.local', 'test-password')
    const listed = await rest('GET', `/review-findings/items?unit=${a.unit.id}&year=2568`, {
      token,
    })
    expect(listed.status).toBe(200)
    expect(listed.body.items.map((item: { code: string }) => item.code)).toEqual(
      Array.from({ length: 25 }, (_, index) => `O${index + 1}`),
    )
    expect(listed.body.items[14].title.th).toMatch(/จัดซื้อจัดจ้าง/)
    // Outside the reviewer's subtree: not found, as everywhere else.
    expect(
      (await rest('GET', `/review-findings/items?unit=${b.unit.id}&year=2568`, { token })).status,
    ).toBe(404)
    const refused = await rejection(
      api().create({
        collection: 'review-findings',
        data: { tenant: a.unit.id, fiscalYear: 2568, item: 'O26', observation },
        ...as(reviewer),
      }),
    )
    expect(refused.fields.item).toBe(
      "ข้อ OIT: ไม่มีข้อ O26 ในเกณฑ์การประเมินของหน่วยงานนี้ในปีงบประมาณที่เลือก / OIT item: O26 is not an item of this unit's framework for the fiscal year",
    )
    expect(mails()).toEqual([])
  })

  it('refuses a finding outside the reviewer’s subtree, and any finding raised by unit staff', async () => {
    const data = (tenant: unknown) => ({ tenant, fiscalYear: 2568, item: 'O7', observation })
    await expect(
      api().create({ collection: 'review-findings', data: data(b.unit.id), ...as(reviewer) }),
    ).rejects.toThrow()
    for (const staff of [a.editor, a.approver]) {
      await expect(
        api().create({ collection: 'review-findings', data: data(a.unit.id), ...as(staff) }),
      ).rejects.toThrow()
    }
    expect(mails()).toEqual([])
  })

  it("is read by the unit's staff and its reviewer, not by another unit's staff nor anonymously", async () => {
    for (const user of [a.editor, a.approver, reviewer]) {
      expect(
        (await api().findByID({ collection: 'review-findings', id: finding.id, ...as(user) })).id,
      ).toBe(finding.id)
    }
    await expect(
      api().findByID({ collection: 'review-findings', id: finding.id, ...as(b.editor) }),
    ).rejects.toThrow()
    expect((await api().find({ collection: 'review-findings', ...as(b.editor) })).docs).toEqual([])
    await expect(
      api().findByID({ collection: 'review-findings', id: finding.id, ...as() }),
    ).rejects.toThrow()
    await expect(api().find({ collection: 'review-findings', ...as() })).rejects.toThrow()
  })

  it('refuses unit staff anything but the answer, naming the field in Thai and English', async () => {
    const observationRefused = await rejection(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { observation: 'ไม่มีข้อสังเกต' },
        ...as(a.editor),
      }),
    )
    expect(observationRefused.fields.observation).toBe(
      'ข้อสังเกต: หน่วยงานแก้ไขไม่ได้ (แก้ได้เฉพาะคำตอบ และเปลี่ยนสถานะเป็น "หน่วยงานตอบแล้ว") / Observation: the unit cannot change this (only the answer, and the status to answered)',
    )
    const closeRefused = await rejection(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { status: 'closed', answer: 'แก้ไขแล้ว' },
        ...as(a.approver),
      }),
    )
    expect(closeRefused.fields.status).toMatch(
      /^สถานะ: หน่วยงานแก้ไขไม่ได้.* \/ Status: the unit cannot change this/,
    )
    const emptyAnswer = await rejection(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { status: 'answered' },
        ...as(a.editor),
      }),
    )
    expect(emptyAnswer.fields.answer).toBe(
      'คำตอบของหน่วยงาน: ต้องกรอกก่อนเปลี่ยนสถานะเป็น "หน่วยงานตอบแล้ว" / Unit’s answer: is required before the status becomes answered',
    )
    await expect(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { answer: 'ของหน่วยอื่น', status: 'answered' },
        ...as(b.editor),
      }),
    ).rejects.toThrow()

    const stored = await api().findByID({ collection: 'review-findings', id: finding.id })
    expect(stored).toMatchObject({ observation, status: 'open', answer: null })
    expect(mails()).toEqual([])
  })

  it('lets the unit answer, and e-mails the reviewer', async () => {
    const answer = 'จัดทำรายงานเดือนมกราคมและกุมภาพันธ์ และเผยแพร่บนเว็บไซต์แล้ว'
    const answered = await api().update({
      collection: 'review-findings',
      id: finding.id,
      data: { answer, status: 'answered' },
      ...as(a.editor),
    })
    expect(answered).toMatchObject({ answer, status: 'answered', observation, closedAt: null })
    expect(answered.answeredAt).toEqual(expect.any(String))
    expect(mails()).toEqual([
      {
        to: [reviewer.email],
        subject: 'หน่วยงานตอบข้อสังเกตแล้ว: สถานีตำรวจภูธรทดสอบ review-a O7 ปีงบประมาณ 2568',
        text: expect.stringContaining(answer),
      },
    ])
  })

  it("lets the reviewer close it, e-mails the unit's staff, and the closed answer stays as it is", async () => {
    const moved = await rejection(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { tenant: b.unit.id },
        ...as(reviewer),
      }),
    )
    expect(moved.fields.tenant).toBe(
      'หน่วยงาน: อยู่นอกหน่วยงานที่ท่านตรวจติดตาม / Unit: is outside the units you review',
    )
    const closed = await api().update({
      collection: 'review-findings',
      id: finding.id,
      data: { status: 'closed' },
      ...as(reviewer),
    })
    expect(closed.status).toBe('closed')
    expect(closed.closedAt).toEqual(expect.any(String))
    expect(mails()).toEqual([
      {
        to: [a.approver.email, a.editor.email].sort(),
        subject: 'ผู้ตรวจปิดข้อสังเกตแล้ว: O7 ปีงบประมาณ 2568',
        text: expect.any(String),
      },
    ])

    const late = await rejection(
      api().update({
        collection: 'review-findings',
        id: finding.id,
        data: { answer: 'แก้คำตอบภายหลัง' },
        ...as(a.approver),
      }),
    )
    expect(late.fields.answer).toMatch(/^คำตอบของหน่วยงาน: ข้อสังเกตปิดแล้ว/)
  })

  it('is deleted by a super-admin only', async () => {
    for (const user of [reviewer, a.approver]) {
      await expect(
        api().delete({ collection: 'review-findings', id: finding.id, ...as(user) }),
      ).rejects.toThrow()
    }
    const admin = await userByEmail(payload, 'admin@demo.local')
    await api().delete({ collection: 'review-findings', id: finding.id, ...as(admin) })
    await expect(
      api().findByID({ collection: 'review-findings', id: finding.id }),
    ).rejects.toThrow()
  })

  it('logs an e-mail that could not be sent and keeps the finding', async () => {
    sendEmail.mockRejectedValueOnce(new Error('mail server unreachable'))
    const logged = jest.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    try {
      const saved = await api().create({
        collection: 'review-findings',
        data: {
          tenant: a.unit.id,
          fiscalYear: 2568,
          item: 'O12',
          observation: 'ยังไม่รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน',
        },
        ...as(reviewer),
      })
      expect(await api().findByID({ collection: 'review-findings', id: saved.id })).toMatchObject({
        item: 'O12',
        status: 'open',
      })
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({
          err: expect.objectContaining({ message: 'mail server unreachable' }),
        }),
      )
    } finally {
      logged.mockRestore()
    }
  })
})

describe('OIT item assignments', () => {
  const assignment = (tenant: unknown, item: string, fiscalYear = 2568) => ({
    tenant,
    fiscalYear,
    item,
    doer: 'ร.ต.อ.หญิง สุดา ศรีสุข',
    controller: 'สว.อก.',
  })

  it('are kept by the unit, one per item and fiscal year, with a clear message for a duplicate', async () => {
    const first = await api().create({
      collection: 'oit-assignments',
      data: assignment(a.unit.id, 'O7'),
      ...as(a.editor),
    })
    expect(first.item).toBe('O7')
    const duplicate = await rejection(
      api().create({
        collection: 'oit-assignments',
        data: assignment(a.unit.id, 'o7'),
        ...as(a.approver),
      }),
    )
    expect(duplicate.status).toBe(400)
    expect(duplicate.fields.item).toBe(
      'ข้อ OIT: หน่วยงานนี้กำหนดผู้รับผิดชอบข้อ O7 ของปีงบประมาณ 2568 แล้ว ให้แก้ไขรายการเดิม / OIT item: this unit already has an assignment for O7 in fiscal year 2568; edit that one',
    )
    // The same item in another year, or in another unit, is a different assignment.
    await api().create({
      collection: 'oit-assignments',
      data: assignment(a.unit.id, 'O7', 2569),
      ...as(a.editor),
    })
    await api().create({
      collection: 'oit-assignments',
      data: assignment(b.unit.id, 'O7'),
      ...as(b.editor),
    })
    // Editing the assignment itself is not a duplicate of itself.
    await api().update({
      collection: 'oit-assignments',
      id: first.id,
      data: { doer: 'ด.ต. ประสิทธิ์ มั่นคง' },
      ...as(a.editor),
    })
  })

  it('refuse an item code that is not one', async () => {
    const refused = await rejection(
      api().create({
        collection: 'oit-assignments',
        data: assignment(a.unit.id, 'ข้อ 7'),
        ...as(a.editor),
      }),
    )
    expect(refused.fields.item).toBe(
      'ข้อ OIT: ต้องเป็นรหัสข้อ เช่น O7 หรือ O25 / OIT item: must be an item code such as O7 or O25',
    )
  })

  it('are internal: the HQ reviewer reads its subtree, anonymous readers nothing', async () => {
    const reviewed = await api().find({ collection: 'oit-assignments', ...as(reviewer) })
    expect(reviewed.docs.map((doc) => doc.fiscalYear).sort()).toEqual([2568, 2569])
    await expect(api().find({ collection: 'oit-assignments', ...as() })).rejects.toThrow()
    await expect(
      api().create({
        collection: 'oit-assignments',
        data: assignment(a.unit.id, 'O8'),
        ...as(reviewer),
      }),
    ).rejects.toThrow()
  })
})

describe('ITA action plans', () => {
  const row = {
    fiscalYear: 2568,
    indicator: '9',
    issue: 'ยกระดับการเปิดเผยข้อมูลสาธารณะ (OIT)',
    activity: 'ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
    deadline: '2025-03-30T12:00:00.000Z',
    followUp: 'monthly',
    status: 'done',
  }

  it('refuse a row marked done without the date it was completed', async () => {
    const refused = await rejection(
      api().create({
        collection: 'ita-action-plans',
        data: { tenant: a.unit.id, ...row },
        ...as(a.editor),
      }),
    )
    expect(refused.fields.completedOn).toBe(
      'วันที่ดำเนินการแล้วเสร็จ: จำเป็นต้องกรอก / Completed on: is required',
    )
    const done = await api().create({
      collection: 'ita-action-plans',
      data: { tenant: a.unit.id, ...row, completedOn: '2025-03-28T12:00:00.000Z' },
      ...as(a.editor),
    })
    expect(done.status).toBe('done')
  })

  it('stay internal until the head publishes them as O24 evidence', async () => {
    const draft = await api().create({
      collection: 'ita-action-plans',
      data: {
        tenant: a.unit.id,
        ...row,
        issue: 'แผนที่ยังไม่เผยแพร่',
        completedOn: '2025-03-28T12:00:00.000Z',
      },
      ...as(a.editor),
    })
    const seen = async () =>
      (
        await api().find({
          collection: 'ita-action-plans',
          where: { id: { equals: draft.id } },
          ...as(),
        })
      ).docs.length
    expect(draft._status).toBe('draft')
    expect(await seen()).toBe(0)
    const refused = await rejection(
      api().update({
        collection: 'ita-action-plans',
        id: draft.id,
        data: { _status: 'published' },
        ...as(a.editor),
      }),
    )
    expect(refused.status).toBe(403)
    // What O24's element asks of each row, in the framework's rule.
    const incomplete = await rejection(
      api().update({
        collection: 'ita-action-plans',
        id: draft.id,
        data: { _status: 'published' },
        ...as(a.approver),
      }),
    )
    expect(Object.keys(incomplete.fields).sort()).toEqual(['communication', 'doer', 'output'])
    expect(incomplete.messages.join('\n')).toContain(
      'O24 มาตรการ/กิจกรรมเตรียมความพร้อมรับการประเมิน ITA',
    )
    const complete = {
      output: 'ข้อมูลครบทุกข้อ',
      communication: 'ประชุมประจำเดือน',
      doer: 'เจ้าหน้าที่เทคโนโลยีสารสนเทศ',
    }
    await api().update({
      collection: 'ita-action-plans',
      id: draft.id,
      data: { ...complete, _status: 'published' },
      ...as(a.approver),
    })
    expect(await seen()).toBe(1)
  })
})

describe('what publishing will ask, told while drafting', () => {
  const row = {
    fiscalYear: 2568,
    indicator: '9',
    issue: 'แผนที่ยังร่างอยู่',
    activity: 'ทบทวนข้อมูลบนเว็บไซต์',
    deadline: '2025-03-30T12:00:00.000Z',
    followUp: 'monthly',
    status: 'planned',
  }

  it('lists the missing fields of the form as it stands, saves nothing, and wording says not filled in', async () => {
    const draft = await api().create({
      collection: 'ita-action-plans',
      data: { tenant: a.unit.id, ...row },
      ...as(a.editor),
    })
    const token = await login(a.editor.email, 'test-password')
    const check = (data: Record<string, unknown>) =>
      rest('POST', '/ita-action-plans/publish-check', { token, body: { id: draft.id, data } })
    const first = await check({ tenant: a.unit.id, ...row })
    expect(first.status).toBe(200)
    expect(first.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'communication',
      'doer',
      'output',
    ])
    expect(first.body.problems[0].text.th).toMatch(/^O24 .*: ยังไม่ได้กรอก$/)
    // The form's unsaved values count: two filled in, one left.
    const second = await check({
      tenant: a.unit.id,
      ...row,
      output: 'ข้อมูลครบ',
      doer: 'เจ้าหน้าที่',
    })
    expect(second.body.problems.map((problem: { path: string }) => problem.path)).toEqual([
      'communication',
    ])
    const stored = await api().findByID({
      collection: 'ita-action-plans',
      id: draft.id,
      draft: true,
      ...as(a.editor),
    })
    expect([stored._status, stored.output ?? null]).toEqual(['draft', null])
  })

  it('reads a new document’s form as the admin sends it (an empty list is a row count there)', async () => {
    const token = await login(a.editor.email, 'test-password')
    const reply = await rest('POST', '/procurement-summaries/publish-check', {
      token,
      body: {
        data: {
          tenant: a.unit.id,
          month: '2025-01-01T12:00:00.000Z',
          rows: 0,
          noneDeclared: false,
        },
      },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.problems.map((problem: { path: string }) => problem.path)).toContain('rows')
  })

  it('answers only the unit’s own staff', async () => {
    const draft = await api().create({
      collection: 'ita-action-plans',
      data: { tenant: a.unit.id, ...row },
      ...as(a.editor),
    })
    expect(
      (await rest('POST', '/ita-action-plans/publish-check', { body: { id: draft.id, data: {} } }))
        .status,
    ).toBe(401)
    const other = await login(b.editor.email, 'test-password')
    expect(
      (
        await rest('POST', '/ita-action-plans/publish-check', {
          token: other,
          body: { id: draft.id, data: {} },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await rest('POST', '/ita-action-plans/publish-check', {
          token: other,
          body: { data: { tenant: a.unit.id, ...row } },
        })
      ).status,
    ).toBe(403)
  })
})
