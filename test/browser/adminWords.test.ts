/**
 * Every admin screen a user meets, in Thai and in English: the dashboard, readiness, the HQ matrix
 * and
 * every collection's list, first document and create form, as a super-admin (who sees them all).
 * Fails on what leaked from code into words: untranslated Payload keys, "[object Object]", internal
 * option keys as row labels, English in the Thai admin's labels and Thai in the English one's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { adminLogin, baseURL, launchBrowser, newContext } from './helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Leftovers in any language: Payload translation keys, objects printed as text, Payload's
 * placeholders.
 */
const leftovers =
  /\b(?:general|error|fields|version|authentication|validation|upload|operators|plugin-multi-tenant|dashboard):[a-zA-Z]|\[object Object\]|ไม่มีชื่อ - ID|Successfully saved|\/ Choose a unit/
/** English UI words that must not label anything in the Thai admin. */
const englishWords =
  /\b(?:the|and|of|to|for|with|this|No|Create|Search|Filter|Columns|Loading|Showing|Select|Choose|Save|Published|Draft|Add|Remove|Delete|Edit|Back|Cancel|Block)\b/
const thai = /[\u0E00-\u0E7F]/
/**
 * Thai kept in English labels on purpose: the form's and the declarations' own names, and the Thai
 * language named in its own script (the content-language switch, "Title — ไทย").
 */
const officialThai = /สขร\.1|ไม่มีการจัดซื้อจัดจ้าง|ไม่มีเรื่องร้องเรียน|ไทย/g
/**
 * Words of the interface, not of the content: labels, column heads, buttons, navigation, help
 * texts, status badges.
 */
const chrome =
  'label, .field-label, thead th, .btn, nav a, .field-description, .readiness__status, caption, .approval-panel, .publish-checklist__title'

type Finding = { path: string; problem: string }

async function screens(page: Page): Promise<string[]> {
  const slugs = await page
    .locator('nav a[href^="/admin/collections/"]')
    .evaluateAll((links) => [
      ...new Set(links.map((link) => (link as HTMLAnchorElement).pathname.split('/')[3]!)),
    ])
  expect(slugs.length).toBeGreaterThan(30)
  const paths = ['/admin', '/admin/readiness', '/admin/readiness/matrix?year=2568']
  for (const slug of slugs) {
    paths.push(`/admin/collections/${slug}`)
    await page.goto(`/admin/collections/${slug}`)
    const first = await page
      .locator('.table tbody tr td a')
      .first()
      .getAttribute('href', { timeout: 3000 })
      .catch(() => null)
    if (first) paths.push(first)
    paths.push(`/admin/collections/${slug}/create`)
  }
  return paths
}

async function walk(language: 'th' | 'en'): Promise<{ visited: number; findings: Finding[] }> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } })
  try {
    if (language === 'en')
      await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL() }])
    const page = await context.newPage()
    await adminLogin(page, 'admin@demo.local')
    const findings: Finding[] = []
    const paths = await screens(page)
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'load' })
      // Client components (row labels, the approval panel) speak once hydrated.
      await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {})
      expect(response?.status()).toBeLessThan(400)
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
      const leftover = text.match(leftovers)
      if (leftover)
        findings.push({
          path,
          problem: `"${leftover[0]}" in …${text.slice(Math.max(0, leftover.index! - 40), leftover.index! + 40)}…`,
        })
      // Array rows named by a raw option key ("1. investigation-suppression").
      for (const label of await page
        .locator('.row-label, .array-field .collapsible__toggle-wrap')
        .allInnerTexts()) {
        if (/^\d+\. [a-z]+(?:-[a-z]+)*(?: ·|$)/.test(label.trim()))
          findings.push({ path, problem: `row label "${label.trim()}"` })
      }
      // A label's own words, not the choices of the list it holds (unit names are content).
      const labels = await page.locator(chrome).evaluateAll((elements) =>
        elements.map((element) => {
          const copy = element.cloneNode(true) as HTMLElement
          copy.querySelectorAll('select, input, textarea').forEach((control) => control.remove())
          return copy.textContent ?? ''
        }),
      )
      for (const words of labels) {
        // Quoted document titles ("Assign “…”") are content.
        const label = words
          .replace(/\s+/g, ' ')
          .replace(/"[^"]*"|“[^”]*”/g, '')
          .trim()
        if (language === 'th' && englishWords.test(label))
          findings.push({
            path,
            problem: `English "${label.match(englishWords)![0]}" in "${label.slice(0, 80)}"`,
          })
        if (language === 'en' && thai.test(label.replace(officialThai, '')))
          findings.push({ path, problem: `Thai in "${label.slice(0, 80)}"` })
      }
    }
    return { visited: paths.length, findings }
  } finally {
    await context.close()
  }
}

describe('admin words', () => {
  for (const language of ['th', 'en'] as const) {
    it(`${language === 'th' ? 'Thai' : 'English'} admin: no keys, objects or the other language on any screen`, async () => {
      const { visited, findings } = await walk(language)
      console.log(`admin words (${language}): ${visited} screens, ${findings.length} findings`)
      expect(findings).toEqual([])
    }, 900_000)
  }
})
