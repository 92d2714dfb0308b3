/**
 * The item page is the evidence (issue 15): on the production build, for every item of the shipped
 * frameworks and a complete demo unit, each required element's evidence is on the item page; then,
 * element by element, its evidence is removed and both the page and readiness must notice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import pg from 'pg'
import type { Browser, Page } from 'playwright-core'

import type { UnitReadiness } from '../../src/compliance/readiness'
import type { FrameworkItem } from '../../src/frameworks/types'
import { call, tokenFor } from './api'
import { evidenceKiller } from './evidence'
import { baseURL, launchBrowser } from './helpers'

// This process reads the server's database: no schema push, no job runner of its own. It signs no
// login (the server does), so a secret of its own will do where the run has none.
Object.assign(process.env, {
  NODE_ENV: 'production',
  OIT_JOBS_IN_APP: 'false',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'evidence-test-reads-the-database-only',
})

let payload: Payload
let closePayload: () => Promise<void>
let readiness: typeof import('../../src/compliance/readiness').readiness
let frameworksInForce: typeof import('../../src/frameworks/inForce').frameworksInForce
let db: pg.Pool
let browser: Browser
let page: Page
let token: string

beforeAll(async () => {
  const helpers = await import('../helpers/payload')
  payload = await helpers.testPayload()
  closePayload = helpers.closePayload
  ;({ readiness } = await import('../../src/compliance/readiness'))
  ;({ frameworksInForce } = await import('../../src/frameworks/inForce'))
  db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  browser = await launchBrowser()
  page = await browser.newPage()
  token = await tokenFor('admin@demo.local')
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await db?.end()
  await closePayload?.()
})

/**
 * Each element's evidence on a page: what the blocks marked with its key show (text, images,
 * links).
 */
async function evidenceOn(path: string): Promise<Map<string, string[]>> {
  let response = await page.goto(new URL(path, baseURL()).toString())
  // An expired page may be answered once more while Next renders it afresh.
  for (
    let tries = 0;
    response?.headers()['x-nextjs-cache']?.toUpperCase() === 'STALE' && tries < 5;
    tries++
  )
    response = await page.reload()
  expect(response?.status()).toBe(200)
  const marked = await page.$$eval('[data-element]', (nodes) =>
    nodes.map((node) => ({
      keys: (node.getAttribute('data-element') ?? '').split(' '),
      tokens: [
        (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ...[...node.querySelectorAll('img')].map((img) => `img:${img.getAttribute('src')}`),
        ...[...node.querySelectorAll('a')].map((a) => `a:${a.getAttribute('href')}`),
      ].filter(Boolean),
    })),
  )
  const byKey = new Map<string, string[]>()
  for (const { keys, tokens } of marked)
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), ...tokens])
  return byKey
}

const cases = [
  { slug: 'mueang-ranong', fiscalYear: 2568, name: 'station FY2568' },
  { slug: 'ranong-immigration', fiscalYear: 2567, name: 'immigration FY2567' },
]

describe.each(cases)('$name ($slug)', ({ slug, fiscalYear, name }) => {
  it('shows every element on its item page; removing an element’s evidence fails exactly that element and takes it off the page', async () => {
    const { docs } = await payload.find({
      collection: 'units',
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
    })
    const unit = docs[0]!
    const framework = (await frameworksInForce(payload, fiscalYear)).get(unit.unitType)!
    const asUnit = {
      id: unit.id,
      name: unit.name,
      slug,
      unitType: unit.unitType,
      parent: null,
      site: 'http://localhost:3000/u/scratch',
    }
    const judge = async (): Promise<UnitReadiness> =>
      (await readiness(payload, { units: [asUnit], fiscalYear }))[0]!
    const notPassing = (result: UnitReadiness) =>
      result.items.flatMap((item) =>
        item.elements
          .filter((element) => element.status !== 'pass')
          .map(
            (element) =>
              `${item.code} ${element.key}: ${element.status} ${element.reasons.map((reason) => reason.th).join('; ')}`,
          ),
      )
    // A page of the unit (never evidence), saved through the server, expires the unit's cached
    // pages.
    const [own] = (
      await payload.find({
        collection: 'pages',
        where: { tenant: { equals: unit.id } },
        limit: 1,
        depth: 0,
      })
    ).docs
    const touched =
      own ??
      (await payload.create({
        collection: 'pages',
        data: {
          tenant: unit.id,
          title: 'เกี่ยวกับเรา',
          slug: 'about',
          _status: 'published',
        } as never,
      }))
    const touch = async () =>
      expect((await call('PATCH', `/api/pages/${touched.id}`, { token, body: {} })).status).toBe(
        200,
      )

    // The demo's files are generated by the server's job runner: wait for them.
    let baseline = await judge()
    for (
      let waited = 0;
      notPassing(baseline).some((line) => line.includes('generating')) && waited < 240;
      waited += 3
    ) {
      await new Promise((resolve) => setTimeout(resolve, 3000))
      baseline = await judge()
    }
    expect(notPassing(baseline)).toEqual([])
    await touch()

    const killer = evidenceKiller(payload, db)
    const itemPath = (item: FrameworkItem) =>
      `/u/${slug}/oit/${fiscalYear}/${item.code.toLowerCase()}`
    let elements = 0
    let shown = 0
    let killed = 0
    let bySite = 0
    const together: string[] = []
    for (const item of framework.items) {
      const before = await evidenceOn(itemPath(item))
      for (const element of item.requiredElements) {
        elements++
        expect({
          item: item.code,
          element: element.key,
          shown: (before.get(element.key) ?? []).length > 0,
        }).toEqual({ item: item.code, element: element.key, shown: true })
        shown++
        const kill = await killer.kill(element, item, unit.id, fiscalYear)
        if (!kill) {
          bySite++ // the site's own forms: nothing a unit can remove
          continue
        }
        try {
          await touch()
          const after = await evidenceOn(itemPath(item))
          const result = await judge()
          const judged = result.items
            .find((candidate) => candidate.code === item.code)!
            .elements.find((candidate) => candidate.key === element.key)!
          const gone = (before.get(element.key) ?? []).some(
            (token) => !(after.get(element.key) ?? []).includes(token),
          )
          expect({
            item: item.code,
            element: element.key,
            kill: kill.what,
            status: judged.status,
            gone,
          }).toEqual({
            item: item.code,
            element: element.key,
            kill: kill.what,
            status: 'fail',
            gone: true,
          })
          // Others that fail with it share its evidence (the same documents of the same item).
          const others = notPassing(result).filter(
            (line) => !line.startsWith(`${item.code} ${element.key}:`),
          )
          expect(others.filter((line) => !line.startsWith(`${item.code} `))).toEqual([])
          if (others.length)
            together.push(
              `${item.code} ${element.key} → ${others.map((line) => line.split(':')[0]).join(', ')}`,
            )
          killed++
        } finally {
          await killer.restore(kill)
        }
      }
    }
    await touch()
    expect(notPassing(await judge())).toEqual([])
    console.log(
      `${name}: ${shown}/${elements} elements shown, ${killed} killed one by one (${bySite} provided by the site itself)\n  failing together (same evidence): ${together.length ? together.join('\n    ') : 'none'}`,
    )
  }, 1_200_000)
})
