/**
 * The production server's own defences (issue 14), over real HTTP: security headers on pages, the
 * admin, the API and files; the login cookie accepted only from the admin's origins (CSRF); public
 * forms limited by the socket address (headers a client writes are not believed), atomically, with
 * a body size limit.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { call, messageOf, tally } from './api'
import { baseURL } from './helpers'

let stationB: number
let news: { id: number; title: string }
let cookie: string
let mediaPath: string

beforeAll(async () => {
  stationB = (await call('GET', '/api/units?where[slug][equals]=kapoe&depth=0')).json.docs[0].id
  const login = await call('POST', '/api/users/login', {
    body: { email: 'editor.a@demo.local', password: 'demo-password' },
  })
  cookie = (login.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; ')
  news = (
    await call('GET', '/api/news?limit=1&depth=0&draft=true', {
      headers: { cookie, origin: baseURL() },
    })
  ).json.docs[0]
  mediaPath = new URL((await call('GET', '/api/media?limit=1&depth=0')).json.docs[0].url, baseURL())
    .pathname
})

describe('security headers', () => {
  const header = async (path: string, headers: Record<string, string> = {}) =>
    (await call('GET', path, { headers })).headers

  it('every kind of response names no software and is never sniffed', async () => {
    for (const path of [
      '/u/mueang-ranong',
      '/oit',
      '/admin/login',
      '/api/health',
      '/api/news?limit=1',
      mediaPath,
      '/sitemap.xml',
      '/favicon.ico',
    ]) {
      const headers = await header(path)
      expect([path, headers['x-powered-by']]).toEqual([path, undefined])
      expect([path, headers['x-content-type-options']]).toEqual([path, 'nosniff'])
      expect([path, headers['referrer-policy']]).toEqual([path, 'strict-origin-when-cross-origin'])
    }
  })

  it('public pages: a content security policy, framed only by themselves', async () => {
    const headers = await header('/u/mueang-ranong')
    const csp = String(headers['content-security-policy'])
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ])
      expect(csp).toContain(directive)
    expect(csp).not.toContain('unsafe-eval')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('the admin cannot be framed at all', async () => {
    const headers = await header('/admin/login')
    expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(headers['x-frame-options']).toBe('DENY')
  })

  it('the admin runs only scripts carrying the nonce of its request', async () => {
    const [first, second] = [await call('GET', '/admin/login'), await call('GET', '/admin/login')]
    const nonceOf = (policy: unknown) => /'nonce-([^']+)'/.exec(String(policy))?.[1]
    const script =
      /script-src ([^;]*)/.exec(String(first.headers['content-security-policy']))?.[1] ?? ''
    expect(script).toContain("'strict-dynamic'")
    expect(script).not.toContain('unsafe-inline')
    expect(nonceOf(first.headers['content-security-policy'])).toBeTruthy()
    expect(nonceOf(first.headers['content-security-policy'])).not.toBe(
      nonceOf(second.headers['content-security-policy']),
    )
    const tags = first.text.match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    expect(
      tags.filter(
        (tag) => !tag.includes(`nonce="${nonceOf(first.headers['content-security-policy'])}"`),
      ),
    ).toEqual([])
  })

  it('HSTS only when the request came over HTTPS through the proxy', async () => {
    expect((await header('/u/mueang-ranong'))['strict-transport-security']).toBeUndefined()
    expect(
      (await header('/u/mueang-ranong', { 'x-forwarded-proto': 'https' }))[
        'strict-transport-security'
      ],
    ).toBe('max-age=31536000; includeSubDomains')
  })

  it('uploaded files say how to show them', async () => {
    const headers = await header(mediaPath)
    expect(headers['content-disposition']).toBe('inline')
    expect(headers['x-content-type-options']).toBe('nosniff')
  })

  it('the login cookie is HttpOnly and SameSite=Lax (Secure once the public address is HTTPS)', async () => {
    const login = await call('POST', '/api/users/login', {
      body: { email: 'editor.a@demo.local', password: 'demo-password' },
    })
    const line = (login.headers['set-cookie'] ?? []).find((entry) =>
      entry.startsWith('payload-token='),
    )!
    expect(line).toMatch(/HttpOnly/i)
    expect(line).toMatch(/SameSite=Lax/i)
  })
})

describe('CSRF: the login cookie counts only from the admin’s own origin', () => {
  const patch = (headers: Record<string, string>, title: string) =>
    call('PATCH', `/api/news/${news.id}?draft=true`, {
      headers: { cookie, ...headers },
      body: { title },
    })

  it('refused from another site, by every variant tried', async () => {
    const variants: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: `${baseURL()}.evil.example` },
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'cross-site' },
      {},
      { referer: `${baseURL()}/admin` },
    ]
    const statuses = []
    for (const headers of variants) {
      const reply = await patch(headers, 'CSRF')
      statuses.push(reply.status)
      expect([JSON.stringify(headers), reply.status]).toEqual([JSON.stringify(headers), 403])
    }
    console.log(`cross-site cookie PATCH variants: ${JSON.stringify(tally(statuses))}`)
    const stored = await call('GET', `/api/news/${news.id}?draft=true&depth=0`, {
      headers: { cookie, origin: baseURL() },
    })
    expect(stored.json.title).not.toBe('CSRF')
  })

  it('accepted from the admin itself', async () => {
    expect((await patch({ origin: baseURL() }, news.title)).status).toBe(200)
    expect((await patch({ 'sec-fetch-site': 'same-origin' }, news.title)).status).toBe(200)
  })
})

describe('public forms', () => {
  const complaint = (
    from: string,
    headers: Record<string, string> = {},
    subject = 'เรื่องร้องเรียนทดสอบ',
  ) =>
    call('POST', '/api/corruption-complaints', {
      from,
      headers,
      body: { tenant: stationB, subject, details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร' },
    })

  it('a client writing X-Real-IP or X-Forwarded-For gets no new allowance', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const reply = await complaint('127.0.0.21', {
        'x-real-ip': `203.0.113.${i}`,
        'x-forwarded-for': `198.51.100.${i}`,
        'x-oit-client-address': `192.0.2.${i}`,
      })
      statuses.push(reply.status)
    }
    console.log(
      `8 complaints from one socket with spoofed addresses: ${JSON.stringify(tally(statuses))}`,
    )
    expect(tally(statuses)).toEqual({ 201: 3, 429: 5 })
  })

  it('one client’s limit does not block another client', async () => {
    expect((await complaint('127.0.0.22')).status).toBe(201)
  })

  it('a burst of 20 from one client stores exactly 3', async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => complaint('127.0.0.23', {}, `พร้อมกัน ${i}`)),
      )
    ).map((reply) => reply.status)
    console.log(`burst of 20 complaints: ${JSON.stringify(tally(statuses))}`)
    expect(tally(statuses)).toEqual({ 201: 3, 429: 17 })
  })

  it('a body over 2 MB is refused before it is read, with a message; one without a length too', async () => {
    const large = await call('POST', '/api/feedback', {
      from: '127.0.0.24',
      body: { tenant: stationB, message: 'ก'.repeat(1_100_000) },
    })
    expect(large.status).toBe(413)
    expect(messageOf(large)).toContain('ใหญ่เกิน')
    const claimed = await call('POST', '/api/feedback', {
      from: '127.0.0.24',
      headers: { 'content-length': String(50 * 1024 * 1024) },
      body: '',
      fresh: true,
    })
    expect(claimed.status).toBe(413)
    const chunked = await call('POST', '/api/feedback', {
      from: '127.0.0.24',
      headers: { 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ tenant: stationB, message: 'x' }),
    })
    expect(chunked.status).toBe(411)
  })
})
