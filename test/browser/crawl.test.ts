import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { crawl, summary, type Site, type Visit } from './crawl'
import { baseURL } from './helpers'
import { checkHtml } from './htmlCheck'
import { artifactsDir } from './server'

const UNITS = ['mueang-ranong', 'kapoe', 'ranong-immigration']
/** Station A's own domain (seed): its site is crawled through the Host header. */
const OWN_DOMAIN = 'mueang-ranong.demo.local'
const crawlDir = path.join(artifactsDir, 'crawl')

/**
 * Answers outside 2xx/3xx the crawl expects, by path (none: every link of the demo sites works).
 */
const INTENDED: Record<string, number> = {}

const startOf = (unit: string) => [
  `/u/${unit}`,
  `/u/${unit}/en`,
  `/u/${unit}/oit`,
  `/u/${unit}/en/oit`,
  `/u/${unit}/sitemap.xml`,
  `/u/${unit}/robots.txt`,
]

/** Every way a crawl can go wrong, one line each, naming the URL and the page that links to it. */
function problems(visits: Visit[], where: string): string[] {
  const byPath = new Map(visits.map((visit) => [visit.url, visit]))
  const found: string[] = []
  for (const visit of visits) {
    const intended = INTENDED[visit.url]
    if (visit.status >= 400 || visit.status === 0) {
      if (intended !== visit.status)
        found.push(`${where}: ${visit.status} ${visit.url} ← linked from ${visit.from}`)
    } else if (visit.status >= 300) {
      const target = visit.location
        ? byPath.get(
            new URL(visit.location, 'http://x').pathname +
              new URL(visit.location, 'http://x').search,
          )
        : undefined
      if (!target || target.status !== 200)
        found.push(
          `${where}: ${visit.status} ${visit.url} → ${visit.location} (${target?.status ?? 'not followed'}) ← linked from ${visit.from}`,
        )
    } else if (visit.bytes === 0) {
      found.push(`${where}: empty answer ${visit.url} ← linked from ${visit.from}`)
    }
  }
  return found
}

/** A sitemap lists only addresses that answer 200 themselves (no redirect). */
function sitemapProblems(visits: Visit[], where: string): string[] {
  const byPath = new Map(visits.map((visit) => [visit.url, visit]))
  return visits
    .filter((visit) => visit.url.endsWith('/sitemap.xml'))
    .flatMap((sitemap) =>
      (sitemap.listed ?? [])
        .filter((listed) => byPath.get(listed)?.status !== 200)
        .map(
          (listed) =>
            `${where}: ${sitemap.url} lists ${listed}, which answers ${byPath.get(listed)?.status}`,
        ),
    )
}

function report(name: string, visits: Visit[]): void {
  fs.mkdirSync(crawlDir, { recursive: true })
  const lines = visits.map((visit) => `${visit.status}\t${visit.kind}\t${visit.url}\t${visit.from}`)
  fs.writeFileSync(
    path.join(crawlDir, `${name}.tsv`),
    `status\tkind\turl\tlinked from\n${lines.join('\n')}\n`,
  )
  console.log(
    `[crawl] ${name}: ${summary(visits)}\n${visits.map((visit) => `  ${visit.status} ${visit.kind.padEnd(5)} ${visit.url}`).join('\n')}`,
  )
}

describe('crawl of the public sites (production build)', () => {
  const pages = new Map<string, string>()

  it('follows every link from each demo unit’s home, OIT hubs, sitemap and robots.txt, in Thai and English: every answer 2xx or a redirect to a 200', async () => {
    const origin = baseURL()
    const site: Site = { origin }
    const visits = await crawl(
      site,
      ['/', '/robots.txt', ...UNITS.flatMap(startOf)],
      (url) => url.origin === origin,
      { skip: (p) => p.startsWith('/admin') },
    )
    report('main-host', visits)
    for (const visit of visits) if (visit.html) pages.set(visit.url, visit.html)
    // What the crawl must have reached: each unit's item pages and generated files, in both
    // languages.
    const reached = (pattern: RegExp) =>
      visits.filter((visit) => pattern.test(visit.url) && visit.status === 200).length
    for (const unit of UNITS) {
      expect(reached(new RegExp(`^/u/${unit}/oit/\\d{4}/o\\d+$`))).toBeGreaterThan(20)
      expect(reached(new RegExp(`^/u/${unit}/en/oit/\\d{4}/o\\d+$`))).toBeGreaterThan(20)
    }
    expect(
      reached(/^\/oit\/mueang-ranong\/\d{4}\/O\d+\/[^/]+\.(?:pdf|docx|xlsx)$/),
    ).toBeGreaterThan(10)
    expect(reached(/\.(?:csv|json)$/)).toBeGreaterThan(10)
    expect([...problems(visits, 'main host'), ...sitemapProblems(visits, 'main host')]).toEqual([])
  }, 900_000)

  it('does the same on a unit’s own domain', async () => {
    const site: Site = { origin: baseURL(), host: OWN_DOMAIN }
    const visits = await crawl(
      site,
      ['/', '/en', '/oit', '/en/oit', '/sitemap.xml', '/robots.txt'],
      (url) => url.hostname === OWN_DOMAIN,
      { skip: (p) => p.startsWith('/admin') },
    )
    report('own-domain', visits)
    for (const visit of visits)
      if (visit.html) pages.set(`https://${OWN_DOMAIN}${visit.url}`, visit.html)
    expect(
      visits.filter((visit) => visit.kind === 'page' && visit.status === 200).length,
    ).toBeGreaterThan(50)
    expect([...problems(visits, OWN_DOMAIN), ...sitemapProblems(visits, OWN_DOMAIN)]).toEqual([])
  }, 900_000)

  it('finds no error of the Nu Html Checker on any crawled page', async () => {
    expect(pages.size).toBeGreaterThan(100)
    const errors = await checkHtml(pages, path.join(crawlDir, 'html'))
    console.log(`[vnu] ${pages.size} pages checked, ${errors.length} errors`)
    expect(
      errors.map(
        (error) => `${error.url}:${error.line ?? '?'}: ${error.message} «${error.extract ?? ''}»`,
      ),
    ).toEqual([])
  }, 300_000)
})
