import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { hostnameOf } from '../routing/publicAddresses'

/**
 * An in-process shared cache for public pages, in front of Next's request handler (server.ts).
 *
 * A cached page still costs Next ~1.5 ms of CPU per request (routing, its response cache, an ETag
 * hashed over the whole HTML); served from here it costs a write. It keeps only what Next itself
 * declares shareable, the way a CDN would: a 200 to a plain GET with `Cache-Control: s-maxage`,
 * no `private`/`no-store`, no cookie set, not a stale copy, varying only by the headers below.
 * Any saved content clears it (theme/revalidate.ts), as it marks Next's own cache stale.
 */

type Entry = {
  host: string
  url: string
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
  expires: number
}

/** Which cached answers a change concerns, by the request's host (port removed) and URL. */
export type Concerns = (host: string, url: string) => boolean

export type PageCache = {
  /** Serves the request from the cache, or passes it to `next` and keeps the answer if it may. */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => unknown) => unknown
  /** Drops every answer, or those a change concerns. */
  clear: (concerns?: Concerns) => void
  readonly size: number
  readonly bytes: number
}

/**
 * Requests for something other than the plain document (Next's client navigations, conditionals,
 * ranges).
 */
const BYPASS_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'authorization',
  'range',
  'if-none-match',
  'if-modified-since',
]
/**
 * What a cached answer may vary by: the bypassed request headers, and the encoding, which is in the
 * key.
 */
const VARY_ALLOWED = new Set([...BYPASS_HEADERS, 'accept-encoding'])
/** Per connection, not per answer. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'date']

const REGISTRY = Symbol.for('police-oit.page-cache')
type Registry = { [REGISTRY]?: Set<PageCache> }

/**
 * Clears every page cache of this process, or what a change concerns: called when published content
 * changes.
 */
export function clearPageCaches(concerns?: Concerns): void {
  for (const cache of (globalThis as Registry)[REGISTRY] ?? []) cache.clear(concerns)
}

const header = (value: number | string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value)

/** Seconds a shared cache may keep the answer, or 0 when it must not keep it. */
function sharedMaxAge(res: ServerResponse): number {
  if (res.statusCode !== 200 || res.hasHeader('set-cookie')) return 0
  // Next serving a stale copy while it renders a fresh one: keeping it would outlive the fresh one.
  if (header(res.getHeader('x-nextjs-cache')).toUpperCase() === 'STALE') return 0
  const vary = header(res.getHeader('vary'))
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (vary.some((name) => !VARY_ALLOWED.has(name))) return 0
  const cacheControl = header(res.getHeader('cache-control')).toLowerCase()
  if (/(?:^|[\s,])(?:private|no-store|no-cache)\b/.test(cacheControl)) return 0
  const maxAge = /(?:^|[\s,])s-maxage=(\d+)/.exec(cacheControl)
  return maxAge ? Number(maxAge[1]) : 0
}

const cacheable = (req: IncomingMessage): boolean =>
  req.method === 'GET' && BYPASS_HEADERS.every((name) => req.headers[name] === undefined)

const keyOf = (req: IncomingMessage): string =>
  `${req.headers.host ?? ''}\n${req.url ?? ''}\n${req.headers['accept-encoding'] ?? ''}`

/**
 * Copies what is written to `res` (after Next's compression, i.e. the bytes sent) and hands it to
 * `keep` at the end, if the answer may be kept: decided at the first byte, when the headers are
 * final, so files, API answers and private pages pass through without being copied.
 */
function capture(res: ServerResponse, keep: (body: Buffer, maxAge: number) => void): void {
  let maxAge: number | undefined
  const chunks: Buffer[] = []
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const copy = (chunk: unknown, encoding: unknown) => {
    maxAge ??= sharedMaxAge(res)
    if (!maxAge || chunk === undefined || chunk === null || typeof chunk === 'function') return
    if (typeof chunk === 'string')
      chunks.push(
        Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      )
    else if (chunk instanceof Uint8Array)
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    copy(chunk, encoding)
    return write(chunk as never, encoding as never, callback as never)
  }) as typeof res.write
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    copy(chunk, encoding)
    const result = end(chunk as never, encoding as never, callback as never)
    if (maxAge) keep(Buffer.concat(chunks), maxAge)
    return result
  }) as typeof res.end
}

/** A page cache holding at most `maxBytes` of answers, the least recently used dropped first. */
export function createPageCache({
  maxBytes,
  now = Date.now,
}: {
  maxBytes: number
  now?: () => number
}): PageCache {
  const entries = new Map<string, Entry>()
  let bytes = 0
  // Bumped by clear(): an answer rendered before content changed must not be kept after it.
  let generation = 0

  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }

  const store = (key: string, entry: Entry) => {
    drop(key)
    if (entry.body.length > maxBytes) return
    entries.set(key, entry)
    bytes += entry.body.length
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      drop(oldest)
    }
  }

  const cache: PageCache = {
    handle(req, res, next) {
      if (!cacheable(req)) return next()
      const key = keyOf(req)
      const entry = entries.get(key)
      if (entry && entry.expires > now()) {
        // Most recently used last, so the eviction loop meets it late.
        entries.delete(key)
        entries.set(key, entry)
        res.writeHead(entry.status, { ...entry.headers, 'x-oit-page-cache': 'HIT' })
        res.end(entry.body)
        return
      }
      drop(key)
      const started = now()
      const renderedIn = generation
      capture(res, (body, maxAge) => {
        if (renderedIn !== generation) return
        const headers = res.getHeaders()
        for (const name of HOP_BY_HOP) delete headers[name]
        headers['content-length'] = body.length
        store(key, {
          host: hostnameOf(req.headers.host ?? ''),
          url: req.url ?? '',
          status: res.statusCode,
          headers,
          body,
          expires: started + maxAge * 1000,
        })
      })
      return next()
    },
    clear(concerns) {
      for (const [key, entry] of entries)
        if (!concerns || concerns(entry.host, entry.url)) drop(key)
      // Renders under way may predate the change, whichever unit they are of.
      generation++
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return bytes
    },
  }
  const registry = ((globalThis as Registry)[REGISTRY] ??= new Set())
  registry.add(cache)
  return cache
}
