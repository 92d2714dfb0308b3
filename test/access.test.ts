import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { richText } from '../src/content/richText'
import { publishRefusedMessage } from '../src/hooks/guardPublish'
import {
  closePayload,
  login,
  rejection,
  rest,
  testPayload,
  unitBySlug,
  userByEmail,
} from './helpers/payload'

type Staff = Awaited<ReturnType<typeof userByEmail>>

let payload: Payload
let stationA: number
let stationB: number
let outside: number
const docs: Record<string, number> = {}
const users: Record<string, Staff> = {}

/**
 * A unit outside the provincial HQ's subtree (directly under the region), with a draft of its own.
 */
async function createOutsideUnit() {
  const region = await unitBySlug(payload, 'region-8')
  const unit = await payload.create({
    collection: 'units',
    data: {
      name: 'สถานีตำรวจภูธรนอกสังกัด',
      shortName: 'สภ.นอกสังกัด',
      slug: 'outside-station',
      unitType: 'police-station',
      parent: region.id,
    },
  })
  return unit.id
}

const disclosure = (tenant: number, marker: string, status: 'draft' | 'published') =>
  payload.create({
    collection: 'disclosures',
    draft: status === 'draft',
    data: {
      tenant,
      title: marker,
      body: richText([marker]),
      itemCode: 'O24',
      fiscalYear: 2568,
      _status: status,
    },
  })

beforeAll(async () => {
  payload = await testPayload()
  stationA = (await unitBySlug(payload, 'mueang-ranong')).id
  stationB = (await unitBySlug(payload, 'kapoe')).id
  outside = await createOutsideUnit()
  for (const email of [
    'admin@demo.local',
    'hq@demo.local',
    'head.a@demo.local',
    'editor.a@demo.local',
    'editor.b@demo.local',
  ]) {
    users[email] = await userByEmail(payload, email)
  }
  docs.draftA = (await disclosure(stationA, 'ACCESS-DRAFT-A', 'draft')).id
  docs.publishedA = (await disclosure(stationA, 'ACCESS-PUBLISHED-A', 'published')).id
  docs.draftB = (await disclosure(stationB, 'ACCESS-DRAFT-B', 'draft')).id
  docs.publishedB = (await disclosure(stationB, 'ACCESS-PUBLISHED-B', 'published')).id
  docs.draftOutside = (await disclosure(outside, 'ACCESS-DRAFT-OUTSIDE', 'draft')).id
})
afterAll(closePayload)

const titlesFor = async (email: string | null) => {
  const { docs: found } = await payload.find({
    collection: 'disclosures',
    draft: true,
    limit: 0,
    overrideAccess: false,
    user: email ? users[email] : undefined,
    where: { title: { like: 'ACCESS-' } },
  })
  return found.map((doc) => doc.title).sort()
}

describe('tenant isolation through the local API (overrideAccess: false)', () => {
  it("station A's editor reads A's drafts and nothing of B", async () => {
    expect(await titlesFor('editor.a@demo.local')).toEqual(['ACCESS-DRAFT-A', 'ACCESS-PUBLISHED-A'])
  })

  it("station A's editor cannot read, update or delete B's documents, drafts included", async () => {
    const user = users['editor.a@demo.local']
    for (const id of [docs.draftB, docs.publishedB]) {
      await expect(
        payload.findByID({
          collection: 'disclosures',
          id: id!,
          draft: true,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow()
      await expect(
        payload.update({
          collection: 'disclosures',
          id: id!,
          draft: true,
          overrideAccess: false,
          user,
          data: { title: 'hacked' },
        }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ collection: 'disclosures', id: id!, overrideAccess: false, user }),
      ).rejects.toThrow()
    }
    const { docs: versions } = await payload.findVersions({
      collection: 'disclosures',
      overrideAccess: false,
      user,
      where: { parent: { in: [docs.draftB, docs.publishedB] } },
    })
    expect(versions).toHaveLength(0)
    const b = await payload.findByID({ collection: 'disclosures', id: docs.draftB!, draft: true })
    expect(b.title).toBe('ACCESS-DRAFT-B')
  })

  it('a bulk update by A’s editor touches only A', async () => {
    const user = users['editor.a@demo.local']
    await payload.update({
      collection: 'disclosures',
      draft: true,
      overrideAccess: false,
      user,
      where: { title: { in: ['ACCESS-DRAFT-B', 'ACCESS-DRAFT-OUTSIDE'] } },
      data: { itemCode: 'O99' },
    })
    const { docs: untouched } = await payload.find({
      collection: 'disclosures',
      draft: true,
      where: { itemCode: { equals: 'O99' } },
    })
    expect(untouched).toHaveLength(0)
  })

  it("station A's editor cannot create content for B", async () => {
    await expect(
      payload.create({
        collection: 'disclosures',
        draft: true,
        overrideAccess: false,
        user: users['editor.a@demo.local'],
        data: { tenant: stationB, title: 'planted', itemCode: 'O24', fiscalYear: 2568 },
      }),
    ).rejects.toThrow()
  })

  it("the provincial HQ reviewer reads its stations' drafts but nothing outside its subtree", async () => {
    const titles = await titlesFor('hq@demo.local')
    expect(titles).toEqual([
      'ACCESS-DRAFT-A',
      'ACCESS-DRAFT-B',
      'ACCESS-PUBLISHED-A',
      'ACCESS-PUBLISHED-B',
    ])
    await expect(
      payload.findByID({
        collection: 'disclosures',
        id: docs.draftOutside!,
        draft: true,
        overrideAccess: false,
        user: users['hq@demo.local'],
      }),
    ).rejects.toThrow()
    const { docs: units } = await payload.find({
      collection: 'units',
      limit: 0,
      overrideAccess: false,
      user: users['hq@demo.local'],
    })
    expect(units.map((unit) => unit.slug).sort()).toEqual([
      'kapoe',
      'mueang-ranong',
      'ranong-immigration',
      'ranong-provincial-police',
    ])
  })

  it('the HQ reviewer cannot change unit content', async () => {
    const user = users['hq@demo.local']
    await expect(
      payload.update({
        collection: 'disclosures',
        id: docs.draftA!,
        draft: true,
        overrideAccess: false,
        user,
        data: { title: 'x' },
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'disclosures',
        draft: true,
        overrideAccess: false,
        user,
        data: { tenant: stationA, title: 'x', itemCode: 'O1', fiscalYear: 2568 },
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'disclosures', id: docs.draftA!, overrideAccess: false, user }),
    ).rejects.toThrow()
  })

  it('anonymous readers see only published documents', async () => {
    expect(await titlesFor(null)).toEqual(['ACCESS-PUBLISHED-A', 'ACCESS-PUBLISHED-B'])
  })
})

describe('unit profiles', () => {
  it("A's head keeps A's contact data current but cannot touch B, nor A's slug or place in the tree", async () => {
    const head = users['head.a@demo.local']
    const updated = await payload.update({
      collection: 'units',
      id: stationA,
      overrideAccess: false,
      user: head,
      data: {
        contact: { email: 'updated.mueangranong@police.go.th' },
        slug: 'renamed',
        parent: null,
      },
    })
    expect(updated.contact?.email).toBe('updated.mueangranong@police.go.th')
    const stored = await payload.findByID({ collection: 'units', id: stationA, depth: 0 })
    expect(stored.slug).toBe('mueang-ranong')
    expect(stored.parent).not.toBeNull()
    await expect(
      payload.update({
        collection: 'units',
        id: stationB,
        overrideAccess: false,
        user: head,
        data: { contact: { email: 'x@police.go.th' } },
      }),
    ).rejects.toThrow()
    for (const email of ['editor.a@demo.local', 'hq@demo.local']) {
      await expect(
        payload.update({
          collection: 'units',
          id: stationA,
          overrideAccess: false,
          user: users[email],
          data: { contact: { email: 'x@police.go.th' } },
        }),
      ).rejects.toThrow()
    }
  })

  it('rejects invalid contact data with the field named in Thai and English', async () => {
    const refused = await rejection(
      payload.update({
        collection: 'units',
        id: stationA,
        data: { contact: { email: 'not-an-email', phones: [{ number: '12345' }] } },
      }),
    )
    expect(refused.fields['contact.email']).toBe(
      'อีเมล: อีเมลไม่ถูกต้อง / E-mail: not a valid e-mail address',
    )
    expect(refused.fields['contact.phones.0.number']).toMatch(
      /^หมายเลขโทรศัพท์: .* \/ Phone number: /,
    )
  })
})

describe('publishing', () => {
  it("refuses an editor's publish with a clear message, in Thai and English", async () => {
    const user = users['editor.a@demo.local']
    await expect(
      payload.update({
        collection: 'disclosures',
        id: docs.draftA!,
        overrideAccess: false,
        user,
        data: { _status: 'published' },
      }),
    ).rejects.toThrow(publishRefusedMessage)
    await expect(
      payload.create({
        collection: 'disclosures',
        overrideAccess: false,
        user,
        data: {
          tenant: stationA,
          title: 'x',
          itemCode: 'O1',
          fiscalYear: 2568,
          _status: 'published',
        },
      }),
    ).rejects.toThrow(publishRefusedMessage)
    expect(publishRefusedMessage).toMatch(/ไม่มีสิทธิ์เผยแพร่.*Not allowed to publish/)
  })

  it('refuses the implicit publish: an editor saving a published document without draft', async () => {
    const user = users['editor.a@demo.local']
    await expect(
      payload.update({
        collection: 'disclosures',
        id: docs.publishedA!,
        overrideAccess: false,
        user,
        data: { title: 'ACCESS-PUBLISHED-A edited' },
      }),
    ).rejects.toThrow(publishRefusedMessage)
    const stored = await payload.findByID({ collection: 'disclosures', id: docs.publishedA! })
    expect(stored.title).toBe('ACCESS-PUBLISHED-A')
    // …while a draft edit of the same document is fine and leaves the published version online.
    await payload.update({
      collection: 'disclosures',
      id: docs.publishedA!,
      draft: true,
      overrideAccess: false,
      user,
      data: { title: 'ACCESS-PUBLISHED-A next' },
    })
    const published = await payload.findByID({ collection: 'disclosures', id: docs.publishedA! })
    expect(published.title).toBe('ACCESS-PUBLISHED-A')
  })

  it("the approver publishes A's draft, but not B's", async () => {
    const user = users['head.a@demo.local']
    const published = await payload.update({
      collection: 'disclosures',
      id: docs.draftA!,
      overrideAccess: false,
      user,
      data: { _status: 'published' },
    })
    expect(published._status).toBe('published')
    await expect(
      payload.update({
        collection: 'disclosures',
        id: docs.draftB!,
        overrideAccess: false,
        user,
        data: { _status: 'published' },
      }),
    ).rejects.toThrow()
    const b = await payload.findByID({ collection: 'disclosures', id: docs.draftB!, draft: true })
    expect(b._status).toBe('draft')
    // Put A back to draft for the other tests' expectations.
    await payload.update({
      collection: 'disclosures',
      id: docs.draftA!,
      data: { _status: 'draft' },
    })
  })
})

describe('through REST', () => {
  it("A's editor gets none of B's documents, by list or by id", async () => {
    const token = await login('editor.a@demo.local')
    const list = await rest('GET', '/disclosures?draft=true&limit=100&where[title][like]=ACCESS-', {
      token,
    })
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('ACCESS-DRAFT-B')
    expect(list.text).not.toContain('ACCESS-PUBLISHED-B')
    expect(list.text).toContain('ACCESS-DRAFT-A')
    for (const id of [docs.draftB, docs.publishedB]) {
      expect(
        (await rest('GET', `/disclosures/${id}?draft=true`, { token })).status,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await rest('PATCH', `/disclosures/${id}?draft=true`, { token, body: { title: 'hacked' } }))
          .status,
      ).toBeGreaterThanOrEqual(403)
      expect((await rest('DELETE', `/disclosures/${id}`, { token })).status).toBeGreaterThanOrEqual(
        403,
      )
    }
    const versions = await rest(
      'GET',
      `/disclosures/versions?where[parent][equals]=${docs.draftB}`,
      { token },
    )
    expect(versions.text).not.toContain('ACCESS-DRAFT-B')
  })

  it("the access rule itself keeps an editor from publishing: the admin's Publish button asks it, not the hook", async () => {
    // Payload's answer lists an operation only when it is allowed.
    const may = async (email: string, status: 'draft' | 'published') =>
      Boolean(
        (
          await rest('POST', `/disclosures/access/${docs.draftA}`, {
            token: await login(email),
            body: { _status: status },
          })
        ).body.update,
      )
    const canPublish = (email: string) => may(email, 'published')
    const canSaveDraft = (email: string) => may(email, 'draft')
    expect(await canPublish('editor.a@demo.local')).toBe(false)
    expect(await canSaveDraft('editor.a@demo.local')).toBe(true)
    expect(await canPublish('head.a@demo.local')).toBe(true)
  })

  it("an editor's publish is refused with the message; the approver's succeeds", async () => {
    const editor = await login('editor.a@demo.local')
    const refused = await rest('PATCH', `/disclosures/${docs.draftA}`, {
      token: editor,
      body: { _status: 'published' },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(publishRefusedMessage)
    const head = await login('head.a@demo.local')
    const accepted = await rest('PATCH', `/disclosures/${docs.draftA}`, {
      token: head,
      body: { _status: 'published' },
    })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc._status).toBe('published')
    await payload.update({
      collection: 'disclosures',
      id: docs.draftA!,
      data: { _status: 'draft' },
    })
  })

  it('the HQ reviewer reads drafts of its stations but not outside its subtree', async () => {
    const token = await login('hq@demo.local')
    const list = await rest('GET', '/disclosures?draft=true&limit=100&where[title][like]=ACCESS-', {
      token,
    })
    expect(list.text).toContain('ACCESS-DRAFT-A')
    expect(list.text).toContain('ACCESS-DRAFT-B')
    expect(list.text).not.toContain('ACCESS-DRAFT-OUTSIDE')
    expect(
      (await rest('GET', `/disclosures/${docs.draftOutside}?draft=true`, { token })).status,
    ).toBeGreaterThanOrEqual(403)
    expect(
      (
        await rest('PATCH', `/disclosures/${docs.draftA}?draft=true`, {
          token,
          body: { title: 'x' },
        })
      ).status,
    ).toBe(403)
  })

  it('anonymous requests cannot read users, drafts or private unit fields', async () => {
    expect((await rest('GET', '/users')).status).toBe(403)
    expect((await rest('GET', `/users/${users['editor.a@demo.local']!.id}`)).status).toBe(403)
    const list = await rest('GET', '/disclosures?draft=true&limit=100')
    expect(list.text).not.toMatch(/DRAFT-MARKER|ACCESS-DRAFT/)
    expect((await rest('GET', `/disclosures/${docs.draftB}?draft=true`)).status).toBe(404)
    expect((await rest('GET', `/disclosures/versions`)).status).toBe(403)
    const units = await rest('GET', '/units?limit=100&depth=0')
    expect(units.status).toBe(200)
    expect(units.text).toContain('สภ.เมืองระนอง')
    expect(units.text).not.toContain('PRIVATE-MARKER')
    expect(units.text).not.toContain('itapAdmin')
    const one = await rest('GET', `/units/${stationA}`)
    expect(one.text).not.toContain('PRIVATE-MARKER')
    // Staff of the unit do see it.
    const head = await login('head.a@demo.local')
    expect((await rest('GET', `/units/${stationA}`, { token: head })).text).toContain(
      'PRIVATE-MARKER-A',
    )
    expect((await rest('GET', `/units/${stationB}`, { token: head })).text).not.toContain(
      'PRIVATE-MARKER-B',
    )
  })

  it('GraphQL applies the same rules', async () => {
    const query = {
      query: '{ Disclosures(draft: true, limit: 100) { docs { title } } Users { docs { email } } }',
    }
    const anonymous = await rest('POST', '/graphql', { body: query })
    expect(anonymous.text).not.toMatch(/ACCESS-DRAFT|demo\.local/)
    const token = await login('editor.a@demo.local')
    const editor = await rest('POST', '/graphql', { token, body: query })
    expect(editor.text).toContain('ACCESS-DRAFT-A')
    expect(editor.text).not.toMatch(/ACCESS-DRAFT-B|ACCESS-PUBLISHED-B|ACCESS-DRAFT-OUTSIDE/)
    expect(editor.text).not.toContain('editor.b@demo.local')
  })
})

describe('accounts', () => {
  it('a user cannot raise their own role or add units to themselves', async () => {
    const user = users['editor.a@demo.local']!
    await payload.update({
      collection: 'users',
      id: user.id,
      overrideAccess: false,
      user,
      data: { role: 'super-admin', tenants: [{ tenant: stationA }, { tenant: stationB }] },
    })
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(stored.role).toBe('unit-editor')
    expect(stored.tenants?.map((row) => row.tenant)).toEqual([stationA])
  })

  it("staff cannot read other units' accounts; the HQ reviewer reads its subtree's", async () => {
    const { docs: seenByB } = await payload.find({
      collection: 'users',
      limit: 0,
      overrideAccess: false,
      user: users['editor.b@demo.local'],
    })
    expect(seenByB.map((u) => u.email)).toEqual(['editor.b@demo.local'])
    const { docs: seenByHq } = await payload.find({
      collection: 'users',
      limit: 0,
      overrideAccess: false,
      user: users['hq@demo.local'],
    })
    expect(seenByHq.map((u) => u.email).sort()).toEqual([
      'editor.a@demo.local',
      'editor.b@demo.local',
      'head.a@demo.local',
      'hq@demo.local',
    ])
  })

  it('a user who belongs to two units works in both and nowhere else', async () => {
    const both = await payload.create({
      collection: 'users',
      data: {
        email: 'two-units@demo.local',
        password: 'ทั้งสองหน่วย-2569-ok',
        role: 'unit-editor',
        tenants: [{ tenant: stationA }, { tenant: stationB }],
      },
    })
    const user = { ...both, collection: 'users' as const }
    const { docs: seen } = await payload.find({
      collection: 'disclosures',
      draft: true,
      limit: 0,
      overrideAccess: false,
      user,
      where: { title: { like: 'ACCESS-DRAFT' } },
    })
    expect(seen.map((doc) => doc.title).sort()).toEqual(['ACCESS-DRAFT-A', 'ACCESS-DRAFT-B'])
    const created = await payload.create({
      collection: 'disclosures',
      draft: true,
      overrideAccess: false,
      user,
      data: { tenant: stationB, title: 'TWO-UNITS-B', itemCode: 'O24', fiscalYear: 2568 },
    })
    expect((created.tenant as { id: number }).id ?? created.tenant).toBe(stationB)
    await expect(
      payload.update({
        collection: 'disclosures',
        id: docs.draftOutside!,
        draft: true,
        overrideAccess: false,
        user,
        data: { title: 'x' },
      }),
    ).rejects.toThrow()
  })

  it('locks an account after repeated failed logins (maxLoginAttempts)', async () => {
    await payload.create({
      collection: 'users',
      data: {
        email: 'lockout@demo.local',
        password: 'right-password',
        role: 'unit-editor',
        tenants: [{ tenant: stationA }],
      },
    })
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (
          await rest('POST', '/users/login', {
            body: { email: 'lockout@demo.local', password: 'wrong' },
          })
        ).status,
      ).toBe(401)
    }
    const locked = await rest('POST', '/users/login', {
      body: { email: 'lockout@demo.local', password: 'right-password' },
    })
    expect(locked.status).toBe(401)
    expect(locked.text).toMatch(/locked|ล็อก/i)
  })
})
