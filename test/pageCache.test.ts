import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import http, { type OutgoingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync, gunzipSync } from 'node:zlib'
import { createLocalReq, type Payload } from 'payload'

import { storeChanged } from '../src/companions/store'
import { createPageCache, type PageCache } from '../src/server/pageCache'
import { SITE_LAYOUT } from '../src/theme/revalidate'
import { pdfDocument } from './helpers/files'
import { closePayload, testPayload, unitBySlug } from './helpers/payload'

/** What Next sends for a page it has cached (ISR, revalidate 60). */
const SHARED: OutgoingHttpHeaders = {
  'cache-control': 's-maxage=60, stale-while-revalidate=31535940',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'x-nextjs-cache': 'HIT',
  'content-type': 'text/html; charset=utf-8',
}

/**
 * A stand-in for Next: answers every path with its own headers, counts what reaches it, gzips when
 * asked.
 */
function origin() {
  const answers: Record<string, { status?: number; headers: OutgoingHttpHeaders }> = {
    '/page': { headers: SHARED },
    // Each with s-maxage, so that only its own directive keeps it out.
    '/private': { headers: { ...SHARED, 'cache-control': 'private, s-maxage=60' } },
    '/no-store': { headers: { ...SHARED, 'cache-control': 'no-store, s-maxage=60' } },
    '/no-cache': { headers: { ...SHARED, 'cache-control': 's-maxage=60, no-cache' } },
    '/cookie': { headers: { ...SHARED, 'set-cookie': 'a=b' } },
    '/stale': { headers: { ...SHARED, 'x-nextjs-cache': 'STALE' } },
    '/by-user-agent': { headers: { ...SHARED, vary: 'User-Agent' } },
    '/missing': { status: 404, headers: SHARED },
    '/big': { headers: SHARED },
  }
  let hits = 0
  let body = (path: string) => `<html>${path} #${hits}</html>`
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    hits++
    const path = new URL(req.url!, 'http://x').pathname
    // A unit site's pages (`/u/{slug}/…`, or `/oit/…` on its own domain) are shareable like /page.
    const answer =
      answers[path] ??
      (/^\/(?:u|oit)\//.test(path) ? answers['/page']! : { status: 404, headers: {} })
    res.statusCode = answer.status ?? 200
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value!)
    const html = path === '/big' ? 'x'.repeat(3000) : body(path)
    if (/gzip/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('content-encoding', 'gzip')
      res.end(gzipSync(html))
    } else {
      // Written in two parts, as a streamed render is.
      res.write(html.slice(0, 5))
      res.end(html.slice(5))
    }
  }
  return {
    handler,
    hits: () => hits,
    setBody: (next: typeof body) => (body = next),
  }
}

let server: http.Server
let cache: PageCache
let fake: ReturnType<typeof origin>
let clock = 1_000_000
let base: string

/** A GET through node:http, which (unlike fetch) sends the `Host` header it is given. */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: Buffer; headers: Headers }>((resolve, reject) => {
    http
      .get(
        `${base}${path}`,
        { headers: { 'accept-encoding': 'identity', ...headers } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const received = new Headers()
            for (const [name, value] of Object.entries(response.headers))
              if (value !== undefined) received.set(name, String(value))
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks),
              headers: received,
            })
          })
        },
      )
      .on('error', reject)
  })

beforeAll(async () => {
  fake = origin()
  cache = createPageCache({ maxBytes: 10_000, now: () => clock })
  server = http.createServer((req, res) => cache.handle(req, res, () => fake.handler(req, res)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('public page cache in front of Next', () => {
  it('answers a page Next declared shareable from memory until s-maxage, with the same status, headers and bytes', async () => {
    cache.clear()
    const first = await get('/page')
    const hits = fake.hits()
    const second = await get('/page')
    expect(fake.hits()).toBe(hits)
    expect(second.body.toString()).toBe(first.body.toString())
    expect(second.status).toBe(200)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('cache-control')).toBe(SHARED['cache-control'])
    expect(second.headers.get('content-length')).toBe(String(first.body.length))
    expect([first.headers.get('x-oit-page-cache'), second.headers.get('x-oit-page-cache')]).toEqual(
      [null, 'HIT'],
    )
    clock += 59_000
    await get('/page')
    expect(fake.hits()).toBe(hits)
    clock += 2_000
    expect((await get('/page')).body.toString()).not.toBe(first.body.toString())
    expect(fake.hits()).toBe(hits + 1)
  })

  it('keeps one copy per host, path with query, and content encoding', async () => {
    cache.clear()
    const before = fake.hits()
    await get('/page?year=2568')
    await get('/page?year=2569')
    await get('/page', { host: 'ranong.police.go.th' })
    const gzipped = await fetch(`${base}/page`, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    const again = await new Promise<Buffer>((resolve) =>
      http.get(`${base}/page`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response
          .on('data', (chunk: Buffer) => chunks.push(chunk))
          .on('end', () => resolve(Buffer.concat(chunks)))
      }),
    )
    expect(gunzipSync(again).toString()).toMatch(/^<html>\/page #\d+<\/html>$/)
    expect(fake.hits()).toBe(before + 4)
    expect(cache.size).toBe(4)
  })

  it('never keeps what a shared cache must not: private, no-store, no-cache, a cookie, a stale copy, an error, other Vary', async () => {
    cache.clear()
    for (const path of [
      '/private',
      '/no-store',
      '/no-cache',
      '/cookie',
      '/stale',
      '/by-user-agent',
      '/missing',
    ]) {
      const before = fake.hits()
      await get(path)
      await get(path)
      expect({ path, reachedNext: fake.hits() - before }).toEqual({ path, reachedNext: 2 })
    }
    expect(cache.size).toBe(0)
  })

  it('passes client navigations, conditional and non-GET requests to Next', async () => {
    cache.clear()
    await get('/page')
    const before = fake.hits()
    await get('/page', { rsc: '1' })
    await get('/page', { 'next-router-prefetch': '1' })
    await get('/page', { 'if-none-match': '"x"' })
    await fetch(`${base}/page`, { method: 'POST', body: 'x' })
    await fetch(`${base}/page`, { method: 'HEAD' })
    expect(fake.hits()).toBe(before + 5)
  })

  it('drops the least recently used pages beyond its size, and keeps nothing rendered before a clear', async () => {
    cache.clear()
    await get('/big') // 3,000 bytes each, 10,000 at most
    await get('/big?2')
    await get('/big?3')
    await get('/big') // used again: /big?2 is now the oldest
    await get('/big?4')
    expect(cache.size).toBe(3)
    expect(cache.bytes).toBeLessThanOrEqual(10_000)
    const before = fake.hits()
    await get('/big')
    await get('/big?2')
    expect(fake.hits()).toBe(before + 1)

    // A render still in flight when content changes is not kept.
    cache.clear()
    fake.setBody((path) => {
      cache.clear()
      return `<html>${path} rendered before the change</html>`
    })
    await get('/page')
    fake.setBody((path) => `<html>${path} #${fake.hits()}</html>`)
    expect(cache.size).toBe(0)
  })
})

describe('site revalidation', () => {
  it('marks stale the layout Next tags the unit sites’ cached pages with (its app-directory path, route group included)', () => {
    expect(fs.existsSync(new URL(`../src/app${SITE_LAYOUT}/layout.tsx`, import.meta.url))).toBe(
      true,
    )
  })
})

describe('page cache and published content', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(closePayload)

  const cached = async () => {
    cache.clear()
    for (const path of [
      '/u/mueang-ranong',
      '/u/mueang-ranong/en/oit/2568',
      '/u/mueang-ranong-north/news',
      '/u/kapoe/oit/2568',
    ])
      await get(path)
    await get('/oit/2568', { host: 'mueang-ranong.demo.local' }) // station A's own domain (seed)
    await get('/page')
    expect(cache.size).toBe(6)
  }
  const kept = async () => {
    const paths: string[] = []
    for (const [host, path] of [
      ['', '/u/mueang-ranong'],
      ['', '/u/mueang-ranong/en/oit/2568'],
      ['', '/u/mueang-ranong-north/news'],
      ['', '/u/kapoe/oit/2568'],
      ['mueang-ranong.demo.local', '/oit/2568'],
      ['', '/page'],
    ] as const) {
      if ((await get(path, host ? { host } : {})).headers.get('x-oit-page-cache') === 'HIT')
        paths.push(`${host}${path}`)
    }
    return paths
  }

  it('drops the pages of the unit whose published content was saved, at /u/{slug} and on its own domain, and keeps the other units’', async () => {
    await cached()
    const unit = await unitBySlug(payload, 'mueang-ranong')
    const { docs } = await payload.find({
      collection: 'news',
      where: { and: [{ tenant: { equals: unit.id } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
    })
    await payload.update({ collection: 'news', id: docs[0]!.id, data: { title: docs[0]!.title } })
    expect(await kept()).toEqual(['/u/mueang-ranong-north/news', '/u/kapoe/oit/2568', '/page'])
  })

  it('drops the pages of the unit a generated file was stored for (the jobs runner’s work)', async () => {
    await cached()
    const unit = await unitBySlug(payload, 'mueang-ranong')
    const req = await createLocalReq({}, payload)
    const key = `page-cache-test/${Date.now()}`
    const pdf = pdfDocument('page cache')
    const stored = await storeChanged(
      req,
      { unit: unit.id, fiscalYear: 2568, item: 'O99', period: 'fy' },
      `hash-${key}`,
      [{ key, format: 'pdf', name: 'page-cache-test.pdf', render: async () => pdf }],
    )
    expect(stored).toBe(1)
    expect(await kept()).toEqual(['/u/mueang-ranong-north/news', '/u/kapoe/oit/2568', '/page'])
  })

  it('keeps every page when a draft that was never published or a private collection is saved', async () => {
    await cached()
    const unit = await unitBySlug(payload, 'mueang-ranong')
    await payload.create({
      collection: 'news',
      data: {
        tenant: unit.id,
        title: 'page-cache draft',
        date: new Date().toISOString(),
        _status: 'draft',
      },
      draft: true,
    })
    const region = await unitBySlug(payload, 'region-8')
    await payload.create({
      collection: 'users',
      data: {
        email: 'page-cache@test.local',
        name: 'page cache',
        password: 'test-password',
        role: 'hq-reviewer',
        tenants: [{ tenant: region.id }],
      },
    })
    expect((await kept()).length).toBe(6)
  })

  it('drops every unit’s pages when shared data (a framework) is saved', async () => {
    await cached()
    const { docs } = await payload.find({ collection: 'oit-frameworks', limit: 1, depth: 0 })
    await payload.update({
      collection: 'oit-frameworks',
      id: docs[0]!.id,
      data: { title: docs[0]!.title },
    })
    expect(await kept()).toEqual([])
  })
})
