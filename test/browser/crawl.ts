/**
 * A crawler of the public sites, as an assessor's browser or a search engine walks them: from a few
 * start URLs it follows every link of the same site (pages, files, open data, feeds, images, the
 * page's own assets) and records every answer with the page that linked to it.
 *
 * Plain HTTP (node:http), so that a unit's own domain can be crawled through the `Host` header.
 */
import http from 'node:http'

export type Kind = 'page' | 'xml' | 'file' | 'asset'

export type Visit = {
  url: string
  /** The page that links here first (`start` for the start URLs). */
  from: string
  status: number
  kind: Kind
  contentType: string
  bytes: number
  location?: string
  /** The HTML of a page, kept for the HTML checker. */
  html?: string
  /** The same-site paths a sitemap or feed lists. */
  listed?: string[]
}

export type Site = {
  /** Where the server listens (`http://127.0.0.1:3000`). */
  origin: string
  /** The `Host` header to send: a unit's own domain; the origin's host when unset. */
  host?: string
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function get(site: Site, path: string): Promise<Answer> {
  const { hostname, port } = new URL(site.origin)
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        hostname,
        port,
        path,
        agent,
        headers: { ...(site.host ? { host: site.host } : {}), 'accept-language': 'th' },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        )
        response.on('error', reject)
      },
    )
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout: ${path}`)))
    request.on('error', reject)
  })
}

/**
 * GET of a path of the site (through its `Host`). A pooled connection closed by the server as the
 * request went out is retried once, as browsers do.
 */
export async function getFrom(site: Site, path: string): Promise<Answer> {
  try {
    return await get(site, path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') throw err
    return get(site, path)
  }
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** Every URL a page refers to: links, images (and their srcset), scripts, styles, meta URLs. */
export function linksOfHtml(html: string): string[] {
  const found: string[] = []
  for (const [, value] of html.matchAll(/\s(?:href|src)="([^"]*)"/g))
    found.push(decodeEntities(value!))
  for (const [, value] of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of decodeEntities(value!).split(','))
      found.push(candidate.trim().split(/\s+/)[0]!)
  }
  for (const [, value] of html.matchAll(/<meta [^>]*content="(https?:\/\/[^"]*)"/g))
    found.push(decodeEntities(value!))
  return found.filter(Boolean)
}

/** The URLs of a sitemap (`<loc>`) or a feed (`<link>`, `<enclosure url>`). */
export const linksOfXml = (xml: string): string[] =>
  [...xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|<enclosure [^>]*url="([^"]+)"/g)].map(
    (match) => decodeEntities(match[1] ?? match[2]!),
  )

const kindOf = (contentType: string, path: string): Kind =>
  contentType.startsWith('text/html')
    ? 'page'
    : /^(?:application|text)\/(?:rss\+)?xml/.test(contentType)
      ? 'xml'
      : path.startsWith('/_next/') ||
          /^(?:text\/css|font\/|application\/javascript|text\/javascript)/.test(contentType)
        ? 'asset'
        : 'file'

export type CrawlOptions = {
  /** Paths never requested (the admin). */
  skip?: (path: string) => boolean
  concurrency?: number
  /** A crawl that grows past this is a loop in the links. */
  limit?: number
}

/**
 * Crawls from the start paths within one site (same origin and host; absolute links to the site's
 * public addresses count as the same site through `sameSite`).
 */
export async function crawl(
  site: Site,
  start: string[],
  sameSite: (url: URL) => boolean,
  { skip = () => false, concurrency = 4, limit = 5000 }: CrawlOptions = {},
): Promise<Visit[]> {
  const visits = new Map<string, Visit>()
  const queue: { path: string; from: string }[] = []
  /** Queues a link of the site once; returns its path, or null when it leaves the site. */
  const enqueue = (href: string, from: string, base: URL): string | null => {
    let url: URL
    try {
      url = new URL(href, base)
    } catch {
      return null
    }
    if (!/^https?:$/.test(url.protocol) || !sameSite(url)) return null
    const path = url.pathname + url.search
    if (!skip(path) && !visits.has(path) && !queue.some((entry) => entry.path === path))
      queue.push({ path, from })
    return path
  }
  const publicBase = new URL(site.host ? `http://${site.host}` : site.origin)
  for (const path of start) enqueue(path, 'start', publicBase)

  const visit = async ({ path, from }: { path: string; from: string }) => {
    const answer = await getFrom(site, path)
    const contentType = String(answer.headers['content-type'] ?? '')
    const record: Visit = {
      url: path,
      from,
      status: answer.status,
      kind: kindOf(contentType, path),
      contentType,
      bytes: answer.body.length,
    }
    visits.set(path, record)
    const base = new URL(path, publicBase)
    if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
      record.location = answer.headers.location
      enqueue(answer.headers.location, path, base)
      return
    }
    if (answer.status !== 200) return
    if (record.kind === 'page') {
      record.html = answer.body.toString('utf8')
      for (const link of linksOfHtml(record.html)) enqueue(link, path, base)
    } else if (record.kind === 'xml') {
      record.listed = linksOfXml(answer.body.toString('utf8')).flatMap(
        (link) => enqueue(link, path, base) ?? [],
      )
    }
  }

  let busy = 0
  const workers = Array.from({ length: concurrency }, async () => {
    for (;;) {
      const next = queue.shift()
      if (!next) {
        // Another worker may still add links: wait for it before giving up.
        if (busy === 0) return
        await new Promise((resolve) => setTimeout(resolve, 20))
        continue
      }
      if (visits.size >= limit)
        throw new Error(
          `the crawl passed ${limit} URLs: a loop in the links? (last: ${next.path} from ${next.from})`,
        )
      visits.set(next.path, {
        url: next.path,
        from: next.from,
        status: 0,
        kind: 'page',
        contentType: '',
        bytes: 0,
      })
      busy++
      try {
        await visit(next)
      } finally {
        busy--
      }
    }
  })
  await Promise.all(workers)
  return [...visits.values()]
}

/** What a crawl met, for the log: counts by kind and status. */
export function summary(visits: Visit[]): string {
  const counts = new Map<string, number>()
  for (const visit of visits) {
    const key = `${visit.kind} ${visit.status}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const bytes = visits.reduce((sum, visit) => sum + visit.bytes, 0)
  return `${visits.length} URLs, ${(bytes / 1e6).toFixed(1)} MB: ${[...counts]
    .sort()
    .map(([key, count]) => `${key} ×${count}`)
    .join(', ')}`
}
