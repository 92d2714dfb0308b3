/**
 * Saves that keep everything and let no one in (issue 14): concurrent saves of one document keep
 * every change, one-per-period documents are unique in the database, unpublishing is the head's,
 * passwords and logins, links in rich text, locks scoped to units, and the database's refusals
 * answered with a message. Through Payload's REST handlers on real PostgreSQL.
 */
import type { IncomingMessage } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { richText } from '../src/content/richText'
import { REFUSED_LOGIN_MS } from '../src/collections/Users/password'
import { databaseAnswer } from '../src/database/errors'
import { adminOrigins } from '../src/env/adminOrigins'
import { databasePoolOptions } from '../src/env/databasePool'
import { LOCK_IDLE_SECONDS } from '../src/collections/unitScoped'
import { unpublishRefusedMessage } from '../src/hooks/guardPublish'
import { clientAddressOf, trustedProxies } from '../src/server/requestGuard'
import { closePayload, login, rest, testPayload, userByEmail } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload
let stationA: number
const tokens: Record<string, string> = {}
let scratchEditorEmail: string

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  )

beforeAll(async () => {
  payload = await testPayload()
  // A station of its own: the documents and accounts made here never meet other files'
  // expectations.
  const scratch = await scratchStation(payload, 'integrity')
  stationA = scratch.unit.id
  for (const email of ['admin@demo.local', 'editor.b@demo.local'])
    tokens[email] = await login(email)
  scratchEditorEmail = scratch.editor.email
  tokens.editor = await login(scratch.editor.email, 'test-password')
  tokens.head = await login(scratch.approver.email, 'test-password')
})
afterAll(closePayload)

describe('concurrent saves', () => {
  it('10 simultaneous saves of 10 different fields of one executive keep all 10 changes', async () => {
    const executive = await payload.create({
      collection: 'executives',
      data: {
        tenant: stationA,
        firstName: 'ก่อน',
        lastName: 'ก่อน',
        position: 'ก่อน',
        _status: 'draft',
      },
      draft: true,
    })
    // Named in English too: a save in English is then valid whichever of the others lands first.
    await payload.update({
      collection: 'executives',
      id: executive.id,
      locale: 'en',
      data: { firstName: 'Before' },
      draft: true,
    })
    const changes: [string, Record<string, unknown>, string][] = [
      ['th', { firstName: 'ชื่อใหม่' }, 'firstName'],
      ['en', { firstName: 'New first' }, 'firstName'],
      ['th', { lastName: 'สกุลใหม่' }, 'lastName'],
      ['en', { lastName: 'New last' }, 'lastName'],
      ['th', { position: 'ตำแหน่งใหม่' }, 'position'],
      ['en', { position: 'New position' }, 'position'],
      ['th', { directPhone: '077-811-222' }, 'directPhone'],
      ['th', { order: 7 }, 'order'],
      ['th', { rank: 'pol-col' }, 'rank'],
      ['th', { termStart: '2025-10-01T00:00:00.000Z' }, 'termStart'],
    ]
    const saves = await Promise.all(
      changes.map(([locale, body], i) =>
        rest('PATCH', `/executives/${executive.id}?draft=true&locale=${locale}`, {
          body,
          token: i % 2 ? tokens.head : tokens.editor,
        }),
      ),
    )
    console.log(
      `10 concurrent saves of one executive: ${JSON.stringify(tally(saves.map((save) => save.status)))}`,
    )
    expect(saves.map((save) => save.status)).toEqual(changes.map(() => 200))
    const stored = (await payload.findByID({
      collection: 'executives',
      id: executive.id,
      draft: true,
      locale: 'all',
    })) as unknown as Record<string, unknown>
    for (const [locale, body, field] of changes) {
      const value = stored[field]
      const actual =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[locale]
          : value
      const expected = Object.values(body)[0]
      expect([field, locale, field === 'termStart' ? String(actual).slice(0, 7) : actual]).toEqual([
        field,
        locale,
        field === 'termStart' ? '2025-10' : expected,
      ])
    }
  })

  it('5 simultaneous creates of one unit’s สขร.1 for one month store one and refuse 4 with the Thai/English message', async () => {
    const month = '2025-06-15T00:00:00.000Z'
    const sent = await Promise.all(
      Array.from({ length: 5 }, () =>
        rest('POST', '/procurement-summaries?draft=true', {
          body: { tenant: stationA, month },
          token: tokens.editor,
        }),
      ),
    )
    console.log(
      `5 concurrent creates of one สขร.1 month: ${JSON.stringify(tally(sent.map((save) => save.status)))}`,
    )
    expect(tally(sent.map((save) => save.status))).toEqual({ 201: 1, 400: 4 })
    for (const refused of sent.filter((save) => save.status === 400)) {
      expect(refused.text).toMatch(/ประจำเดือน|เดือน/)
      expect(refused.text).not.toContain('unknown error')
    }
    const { totalDocs } = await payload.count({
      collection: 'procurement-summaries',
      where: {
        tenant: { equals: stationA },
        month: {
          greater_than_equal: '2025-05-31T00:00:00.000Z',
          less_than: '2025-06-30T00:00:00.000Z',
        },
      },
    })
    expect(totalDocs).toBe(1)
  })

  it('the database itself refuses a duplicate month, whatever the validation says', async () => {
    const [existing] = (
      await payload.find({
        collection: 'procurement-summaries',
        where: { tenant: { equals: stationA } },
        limit: 1,
        depth: 0,
      })
    ).docs
    const rows = await payload.db.drizzle.execute(
      `select count(*)::int as n from pg_indexes where tablename = 'procurement_summaries' and indexdef like 'CREATE UNIQUE INDEX%tenant_id%month%'` as never,
    )
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1)
    await expect(
      payload.db.drizzle.execute(
        `insert into procurement_summaries (tenant_id, month, fiscal_year, title, updated_at, created_at) values (${stationA}, '${existing!.month}', 2568, 'dup', now(), now())` as never,
      ),
    ).rejects.toMatchObject({ cause: { code: '23505' } })
  })

  it('a deadlock, a lock wait or a busy pool answers 409/503 with a message, not 500', () => {
    expect(databaseAnswer({ cause: { code: '40P01' } })?.status).toBe(409)
    expect(databaseAnswer({ cause: { code: '55P03' } })?.status).toBe(409)
    expect(databaseAnswer(new Error('timeout exceeded when trying to connect'))?.status).toBe(503)
    expect(databaseAnswer(new Error('something else'))).toBeNull()
  })
})

describe('unpublishing is the head’s right', () => {
  let news: number

  beforeAll(async () => {
    const data = {
      tenant: stationA,
      title: 'ข่าวที่เผยแพร่แล้ว (UNPUBLISH)',
      date: '2025-11-20T00:00:00.000Z',
      body: richText(['เนื้อหา']),
      _status: 'published',
    }
    news = (await payload.create({ collection: 'news', data } as never)).id
  })

  const publicTitles = async () =>
    (
      (await rest('GET', `/news?limit=200&where[tenant][equals]=${stationA}`)).body.docs as {
        title: string
      }[]
    ).map((doc) => doc.title)

  it('an editor cannot set a published story back to draft; the story stays online', async () => {
    const refused = await rest('PATCH', `/news/${news}`, {
      body: { _status: 'draft' },
      token: tokens.editor,
    })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('ไม่มีสิทธิ์ถอนการเผยแพร่')
    expect(refused.body.errors[0].message).toBe(unpublishRefusedMessage)
    expect(await publicTitles()).toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
  })

  it('an editor may still save a draft beside the published story (the public keeps the published one)', async () => {
    const saved = await rest('PATCH', `/news/${news}?draft=true`, {
      body: { title: 'ร่างแก้ไข (UNPUBLISH)' },
      token: tokens.editor,
    })
    expect(saved.status).toBe(200)
    expect(await publicTitles()).toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
  })

  it('an editor cannot restore a draft version over the published story, but may restore it as a draft', async () => {
    const { docs } = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: news }, 'version._status': { equals: 'draft' } },
      limit: 1,
      sort: '-updatedAt',
    })
    const version = docs[0]!.id
    const refused = await rest('POST', `/news/versions/${version}`, { token: tokens.editor })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('ไม่มีสิทธิ์ถอนการเผยแพร่')
    expect(await publicTitles()).toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
    expect(
      (await rest('POST', `/news/versions/${version}?draft=true`, { token: tokens.editor })).status,
    ).toBe(200)
    expect(await publicTitles()).toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
  })

  it('an editor cannot unpublish in bulk either', async () => {
    const refused = await rest('PATCH', `/news?where[id][equals]=${news}`, {
      body: { _status: 'draft' },
      token: tokens.editor,
    })
    expect(refused.status).toBe(403)
    expect(await publicTitles()).toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
  })

  it('the unit head may take it offline', async () => {
    expect(
      (await rest('PATCH', `/news/${news}`, { body: { _status: 'draft' }, token: tokens.head }))
        .status,
    ).toBe(200)
    expect(await publicTitles()).not.toContain('ข่าวที่เผยแพร่แล้ว (UNPUBLISH)')
  })
})

describe('accounts', () => {
  const create = (
    password: string,
    email = `pw-${Math.random().toString(36).slice(2)}@test.local`,
  ) =>
    rest('POST', '/users', {
      body: {
        email,
        password,
        name: 'ทดสอบ',
        role: 'unit-editor',
        tenants: [{ tenant: stationA }],
      },
      token: tokens['admin@demo.local'],
    })

  it.each([
    ['abc', 'สั้นเกินไป'],
    ['password', 'สั้นเกินไป'],
    ['password1234', 'คาดเดาง่าย'],
    ['Police123456', 'คาดเดาง่าย'],
    ['aaaaaaaaaaaaaaaa', 'คาดเดาง่าย'],
    ['123456789012', 'คาดเดาง่าย'],
  ])(
    'refuses the password %p with a Thai/English message on the field',
    async (password, problem) => {
      const refused = await create(password)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain(problem)
      expect(refused.text).toContain('รหัสผ่าน')
      expect(refused.body.errors[0].data.errors[0].path).toBe('password')
    },
  )

  it('refuses the user’s own e-mail as a password', async () => {
    const refused = await create('somchai.j@police.go.th', 'somchai.j@police.go.th')
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('อีเมล')
  })

  it('holds for a password reset too', async () => {
    const email = `reset-${Date.now()}@test.local`
    await payload.create({
      collection: 'users',
      data: {
        email,
        password: 'reset-before-long-enough',
        role: 'unit-editor',
        tenants: [{ tenant: stationA }],
      },
    })
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const refused = await rest('POST', '/users/reset-password', {
      body: { token, password: 'password' },
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('สั้นเกินไป')
    expect(
      (
        await rest('POST', '/users/reset-password', {
          body: { token, password: 'ตั้งรหัสใหม่-ยาวพอ-2569' },
        })
      ).status,
    ).toBe(200)
  })

  it('accepts a long, uncommon passphrase', async () => {
    expect((await create('ช้างเผือก-ระนอง-2569')).status).toBe(201)
  })

  it('a login with an unknown e-mail takes as long as one with a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now()
      expect(
        (await rest('POST', '/users/login', { body: { email, password: 'not-the-password' } }))
          .status,
      ).toBe(401)
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 4; i++) {
      // A fresh known account each time: wrong passwords would lock one out.
      const email = `timing-${i}-${Date.now()}@test.local`
      await payload.create({
        collection: 'users',
        data: {
          email,
          password: 'timing-password-long',
          role: 'unit-editor',
          tenants: [{ tenant: stationA }],
        },
      })
      known.push(await time(email))
      unknown.push(await time(`nobody-${i}-${Date.now()}@test.local`))
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    console.log(
      `login: known e-mail ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms (medians of 4)`,
    )
    expect(Math.abs(median(unknown) - median(known))).toBeLessThan(40)
    expect(Math.min(median(unknown), median(known))).toBeGreaterThanOrEqual(REFUSED_LOGIN_MS - 5)
  })
})

describe('links in rich text', () => {
  const withLink = (url: string) => {
    const body = richText(['x']) as unknown as { root: { children: { children: unknown[] }[] } }
    body.root.children[0]!.children = [
      {
        type: 'link',
        version: 3,
        fields: { linkType: 'custom', url, newTab: false },
        children: [
          {
            type: 'text',
            text: 'ลิงก์',
            version: 1,
            format: 0,
            mode: 'normal',
            style: '',
            detail: 0,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
      },
    ]
    return body
  }

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
  ])('refuses %p', async (url) => {
    const refused = await rest('POST', '/news?draft=true', {
      body: {
        tenant: stationA,
        title: 'ลิงก์อันตราย',
        date: '2025-11-20T00:00:00.000Z',
        body: withLink(url),
      },
      token: tokens.editor,
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('ลิงก์ต้องขึ้นต้นด้วย')
    expect(refused.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(
      ['body'],
    )
  })

  it.each([
    'https://www.nacc.go.th/',
    'mailto:ranong@police.go.th',
    'tel:1599',
    '/u/integrity/news',
  ])('accepts %p', async (url) => {
    expect(
      (
        await rest('POST', '/news?draft=true', {
          body: {
            tenant: stationA,
            title: 'ลิงก์ปลอดภัย',
            date: '2025-11-20T00:00:00.000Z',
            body: withLink(url),
          },
          token: tokens.editor,
        })
      ).status,
    ).toBe(201)
  })
})

describe('document locks belong to the unit of the document', () => {
  let newsA: number
  let lockA: number

  beforeAll(async () => {
    newsA = (
      await payload.create({
        collection: 'news',
        data: {
          tenant: stationA,
          title: 'ข่าวที่ถูกล็อก',
          date: '2025-11-20T00:00:00.000Z',
          _status: 'draft',
        },
        draft: true,
      } as never)
    ).id
    const headA = await userByEmail(payload, 'unit-approver.integrity@test.local')
    lockA = (
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'news', value: newsA },
          user: { relationTo: 'users', value: headA.id },
        },
      })
    ).id
  })

  it('another unit’s editor neither sees the lock nor learns who holds it', async () => {
    const listed = await rest(
      'GET',
      `/payload-locked-documents?where[document.relationTo][equals]=news&where[document.value][equals]=${newsA}`,
      { token: tokens['editor.b@demo.local'] },
    )
    expect(listed.body.docs).toEqual([])
    expect(
      (
        await rest('GET', `/payload-locked-documents/${lockA}`, {
          token: tokens['editor.b@demo.local'],
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await rest('GET', '/payload-locked-documents?limit=100', {
          token: tokens['editor.b@demo.local'],
        })
      ).text,
    ).not.toContain(`"value":${newsA}`)
  })

  it('another unit’s editor can neither lock nor unlock the unit’s documents', async () => {
    const editorB = await userByEmail(payload, 'editor.b@demo.local')
    const created = await rest('POST', '/payload-locked-documents', {
      body: {
        document: { relationTo: 'news', value: newsA },
        user: { relationTo: 'users', value: editorB.id },
      },
      token: tokens['editor.b@demo.local'],
    })
    expect(created.status).toBe(403)
    expect(
      (
        await rest('DELETE', `/payload-locked-documents/${lockA}`, {
          token: tokens['editor.b@demo.local'],
        })
      ).status,
    ).toBe(404)
    expect(
      await payload.findByID({ collection: 'payload-locked-documents', id: lockA }),
    ).toBeTruthy()
  })

  it('the unit’s own editor sees who holds the lock', async () => {
    const listed = await rest(
      'GET',
      `/payload-locked-documents?where[document.relationTo][equals]=news&where[document.value][equals]=${newsA}`,
      { token: tokens.editor },
    )
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).toEqual([lockA])
  })

  it('a lock left by a closed browser stops blocking after two idle minutes', async () => {
    const editor = await userByEmail(payload, scratchEditorEmail)
    const edit = () =>
      payload.update({
        collection: 'news',
        id: newsA,
        data: { title: 'แก้ต่อจากหัวหน้า' },
        draft: true,
        overrideLock: false,
        user: { ...editor, collection: 'users' } as never,
      })
    await expect(edit()).rejects.toMatchObject({ status: 423 })
    const idleFor = async (seconds: number) =>
      payload.db.drizzle.execute(
        `update payload_locked_documents set updated_at = now() - interval '${seconds} seconds' where id = ${lockA}` as never,
      )
    await idleFor(LOCK_IDLE_SECONDS - 15)
    await expect(edit()).rejects.toMatchObject({ status: 423 })
    await idleFor(LOCK_IDLE_SECONDS + 5)
    expect((await edit()).title).toBe('แก้ต่อจากหัวหน้า')
  })
})

describe('health', () => {
  it('GET /api/health says the database answers, uncached', async () => {
    const health = await rest('GET', '/health')
    expect(health.status).toBe(200)
    expect(health.body).toMatchObject({ status: 'ok', database: 'ok' })
    expect(health.headers.get('cache-control')).toBe('no-store')
  })
})

describe('who the client is, and where the admin lives', () => {
  const env = (vars: Record<string, string> = {}) => vars as unknown as NodeJS.ProcessEnv
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    }) as unknown as IncomingMessage

  it('without trusted proxies the client is the socket, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf(request('::ffff:192.0.2.7', '203.0.113.9'), trustedProxies(env()))).toBe(
      '192.0.2.7',
    )
  })

  it('behind trusted proxies the client is the nearest untrusted hop; hops further left are the client’s own claims', () => {
    const proxies = trustedProxies(env({ OIT_TRUSTED_PROXIES: '10.0.0.1, 10.0.0.2' }))
    expect(clientAddressOf(request('10.0.0.1', '203.0.113.9'), proxies)).toBe('203.0.113.9')
    expect(clientAddressOf(request('10.0.0.1', '1.2.3.4, 203.0.113.9, 10.0.0.2'), proxies)).toBe(
      '203.0.113.9',
    )
    expect(clientAddressOf(request('10.0.0.1', 'not-an-address'), proxies)).toBe('unknown')
    expect(clientAddressOf(request('198.51.100.1', '203.0.113.9'), proxies)).toBe('198.51.100.1')
  })

  it('the login cookie counts from the public address and the main hosts', () => {
    expect(
      adminOrigins(
        env({
          OIT_PUBLIC_URL: 'https://oit.police.go.th',
          OIT_MAIN_HOSTS: 'oit.police.go.th,OIT2.police.go.th',
          NODE_ENV: 'production',
        }),
      ),
    ).toEqual(['https://oit.police.go.th', 'https://oit2.police.go.th'])
    expect(adminOrigins(env())).toContain('http://localhost:3000')
  })

  it('a pool setting that is not a positive whole number stops the start with its name', () => {
    expect(() => databasePoolOptions(env({ OIT_DB_POOL_MAX: 'lots' }))).toThrow('OIT_DB_POOL_MAX')
    expect(databasePoolOptions(env({ OIT_DB_POOL_MAX: '40' }))).toMatchObject({
      max: 40,
      connectionTimeoutMillis: 10_000,
      lock_timeout: 15_000,
    })
  })
})
