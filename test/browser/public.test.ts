import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { axeRun, formatViolations, launchBrowser, newContext, screenshots, visibleText, type TestContext } from './helpers'

let browser: Browser
let context: TestContext

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

const oitCodes = Array.from({ length: 25 }, (_, index) => `O${index + 1}`)

describe('public unit page', () => {
  it('shows station A in Thai with its published pages only', async () => {
    const page = await context.newPage()
    const response = await page.goto('/u/mueang-ranong')
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await page.title()).toBe('สถานีตำรวจภูธรเมืองระนอง · ข้อมูลสาธารณะ ITA/OIT')

    expect(await page.locator('h1').textContent()).toBe('สถานีตำรวจภูธรเมืองระนอง')
    const oit = page.locator('section[aria-labelledby="oit"]')
    expect(await oit.locator('h2').textContent()).toMatch(/^การเปิดเผยข้อมูลสาธารณะ \(OIT\)/)
    expect(await oit.locator('li .code').allTextContents()).toEqual(oitCodes)

    const text = await visibleText(page)
    expect(text).toContain('PUBLIC-MARKER-A')
    // Neither shown nor anywhere in the HTML (the React payload inlined in the page included).
    const html = (await response!.text()) + (await page.content())
    for (const hidden of ['DRAFT-MARKER-A', 'PUBLIC-MARKER-B', 'DRAFT-MARKER-B', 'PRIVATE-MARKER']) {
      expect({ hidden, shown: text.includes(hidden) }).toEqual({ hidden, shown: false })
      expect({ hidden, inHTML: html.includes(hidden) }).toEqual({ hidden, inHTML: false })
    }
    expect(context.external).toEqual([])
    await page.close()
  })

  it('answers 404 for an unknown unit, with a Thai page', async () => {
    const page = await context.newPage()
    const response = await page.goto('/u/no-such-unit')
    expect(response?.status()).toBe(404)
    // Next serves notFound() as an error shell (no `lang`, no content) that the client then renders
    // with the (frontend) not-found page: check the page as the reader gets it.
    await page.locator('h1', { hasText: 'ไม่พบหน้าที่ต้องการ' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await page.locator('main a[href="/"]').count()).toBe(1)
    const { violations } = await axeRun(page)
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    if (violations.length) console.log(`axe-core on /u/no-such-unit:\n${formatViolations(violations)}`)
    expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([])
    await page.close()
  })

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const [name, options] of Object.entries({ phone: { viewport: { width: 390, height: 844 } }, desktop: {} })) {
      const sized = await newContext(browser, options)
      const page = await sized.newPage()
      await page.goto('/u/mueang-ranong')
      const { violations, passes } = await axeRun(page)
      expect(passes).toBeGreaterThan(10) // axe really ran
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      if (violations.length) console.log(`axe-core on /u/mueang-ranong (${name}):\n${formatViolations(violations)}`)
      expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([])
      await sized.close()
    }
  })

  it('saves phone and desktop screenshots', async () => {
    await screenshots(browser, 'unit-page', '/u/mueang-ranong', (page) => page.locator('section[aria-labelledby="oit"]').waitFor())
  })
})

describe('stable links of generated files and open data', () => {
  it('serves an item’s open data at its /oit URL from published data, and 404 for what does not exist', async () => {
    const page = await context.newPage()
    const json = await page.request.get('/oit/mueang-ranong/2568/O15/2024-10.json')
    expect(json.status()).toBe(200)
    const body = await json.json()
    expect(body.unit).toBe('สถานีตำรวจภูธรเมืองระนอง')
    expect(body.links.pdf).toBe('/oit/mueang-ranong/2568/O15/2024-10.pdf')
    const csv = await page.request.get('/oit/mueang-ranong/2568/O15/2024-10.csv')
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect((await page.request.get('/oit/mueang-ranong/2568/O15/2030-01.pdf')).status()).toBe(404)
    expect((await page.request.get('/oit/no-such-unit/signs/no-gift-policy-th.pdf')).status()).toBe(404)
    await page.close()
  })
})
