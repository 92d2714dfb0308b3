import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { currentFiscalYear } from '../../src/fiscal'
import { governing, offeredYears } from '../../src/frameworks/inForce'
import { getFrom } from './crawl'
import { adminLogin, baseURL, launchBrowser, newContext, visibleText } from './helpers'

/**
 * A fiscal year with no framework of its own is governed by the latest earlier one, on every page
 * and sheet alike. The demo has station frameworks for 2567 and 2568 only, so every later year up
 * to the current one is such a year (today's included, from FY2569 on).
 */
type FrameworkDoc = { id: number; fiscalYear: number; unitType: string; items: { code: string }[] }

let browser: Browser
let frameworks: FrameworkDoc[]
let gapYears: number[]

const text = async (path: string) => {
  const response = await fetch(`${baseURL()}${path}`)
  return { status: response.status, body: await response.text() }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const response = await fetch(
    `${baseURL()}/api/oit-frameworks?where[unitType][equals]=police-station&depth=0&limit=100`,
  )
  frameworks = (await response.json()).docs
  gapYears = offeredYears(frameworks).filter(
    (year) => !frameworks.some((framework) => framework.fiscalYear === year),
  )
})

afterAll(async () => {
  await browser?.close()
})

describe('a fiscal year without a framework of its own', () => {
  it('exists in the demo: the years up to today’s past the last framework', () => {
    expect(gapYears).toContain(currentFiscalYear())
    expect(gapYears.length).toBeGreaterThan(0)
  })

  it('has its hub and every item page at 200, saying in Thai and English which year’s criteria apply', async () => {
    for (const year of gapYears) {
      const inForce = governing(frameworks, year)!
      const hub = await text(`/u/mueang-ranong/oit/${year}`)
      expect({ year, status: hub.status }).toEqual({ year, status: 200 })
      expect(hub.body).toContain(`จึงใช้เกณฑ์การประเมินปี พ.ศ. ${inForce.fiscalYear}`)
      for (const item of inForce.items) {
        for (const [path, notice] of [
          [
            `/u/mueang-ranong/oit/${year}/${item.code.toLowerCase()}`,
            `ใช้เกณฑ์การประเมินปี พ.ศ. ${inForce.fiscalYear}`,
          ],
          [
            `/u/mueang-ranong/en/oit/${year}/${item.code.toLowerCase()}`,
            `the FY ${inForce.fiscalYear} criteria apply`,
          ],
        ] as const) {
          const page = await text(path)
          expect({ path, status: page.status, notice: page.body.includes(notice) }).toEqual({
            path,
            status: 200,
            notice: true,
          })
        }
      }
    }
  }, 300_000)

  it('is what /oit and /procurement open today, and is listed by the year switcher and the sitemap', async () => {
    const year = currentFiscalYear()
    const oit = await text('/u/mueang-ranong/oit')
    expect(oit.status).toBe(200)
    expect(oit.body).toContain(
      `<link rel="canonical" href="${baseURL()}/u/mueang-ranong/oit/${year}"/>`,
    )
    expect(oit.body).toContain(`ปีงบประมาณ พ.ศ. ${year}`)
    for (const other of offeredYears(frameworks))
      expect(oit.body).toContain(`/u/mueang-ranong/oit/${other}`)
    const procurement = await text('/u/mueang-ranong/procurement')
    expect(procurement.status).toBe(200)
    expect(procurement.body).toContain(
      `href="/u/mueang-ranong/procurement/${Math.max(...frameworks.map((framework) => framework.fiscalYear))}"`,
    )
    const sitemap = await text('/u/mueang-ranong/sitemap.xml')
    expect(sitemap.body).toContain(`/u/mueang-ranong/oit/${year}/o15</loc>`)
  })

  it('gets an ITAP sheet whose every URL answers 200, and a readiness dashboard naming the framework year it used', async () => {
    const year = currentFiscalYear()
    const inForce = governing(frameworks, year)!
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    try {
      const page = await context.newPage()
      await adminLogin(page, 'head.a@demo.local')
      const unit = (
        await (
          await page.request.get('/api/units?where[slug][equals]=mueang-ranong&depth=0')
        ).json()
      ).docs[0]
      // As the admin's download link asks: the login cookie counts only on same-origin requests
      // (CSRF).
      const sheet = await page.request.get(
        `/api/readiness/itap?unit=${unit.id}&year=${year}&format=csv`,
        { headers: { 'sec-fetch-site': 'same-origin' } },
      )
      expect(sheet.status()).toBe(200)
      const urls = [...(await sheet.text()).matchAll(/https?:\/\/[^,\s"]+/g)].map(
        (match) => new URL(match[0]),
      )
      expect(urls.length).toBe(inForce.items.length)
      for (const url of urls) {
        // Station A has its own domain: its URLs are asked of this server through the Host header.
        const answer = await getFrom({ origin: baseURL(), host: url.host }, url.pathname)
        expect({ url: url.href, status: answer.status }).toEqual({ url: url.href, status: 200 })
        expect(url.pathname).toMatch(new RegExp(`^/oit/${year}/o\\d+$`))
      }

      await page.goto(`/admin/readiness?unit=${unit.id}&year=${year}`)
      await page.locator('.readiness__table').waitFor()
      expect(await visibleText(page)).toContain(`ใช้เกณฑ์การประเมินปี พ.ศ. ${inForce.fiscalYear}`)
    } finally {
      await context.close()
    }
  }, 300_000)
})
