import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'

import { artifactsDir } from './server'

const require = createRequire(import.meta.url)

export const screenshotsDir = path.join(artifactsDir, 'screenshots')

/** The app started by globalSetup. */
export const baseURL = (): string => {
  const url = process.env.BROWSER_BASE_URL
  if (!url) throw new Error('BROWSER_BASE_URL is unset: globalSetup did not start the app')
  return url
}

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })

export const viewports = {
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  },
  desktop: { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>

const isLocal = (url: string): boolean => {
  if (!/^(?:https?|wss?):/.test(url)) return true // data:, blob:, about:
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

export type TestContext = BrowserContext & { external: string[] }

/**
 * A browser context that never leaves localhost: any other request is aborted and recorded in
 * `external`, so a test can assert that the pages load nothing from the Internet.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<TestContext> {
  const context = (await browser.newContext({
    baseURL: baseURL(),
    locale: 'th-TH',
    ...options,
  })) as TestContext
  context.external = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url)) return route.continue()
    context.external.push(url)
    return route.abort('blockedbyclient')
  })
  return context
}

/** Visible text of the page (what a reader sees), with whitespace collapsed. */
export const visibleText = async (page: Page): Promise<string> =>
  ((await page.locator('body').innerText()) ?? '').replace(/\s+/g, ' ')

/** Logs in through the admin login form and waits for the dashboard. */
export async function adminLogin(
  page: Page,
  email: string,
  password = 'demo-password',
): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', {
      timeout: 120_000,
    }),
    page.locator('form button[type="submit"]').click(),
  ])
}

type AxeViolation = {
  id: string
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null
  help: string
  helpUrl: string
  nodes: { target: string[]; html: string; failureSummary?: string }[]
}

/**
 * Runs axe-core (injected from node_modules, not from a CDN) on the page as it is now, or on the
 * part `within` selects (ours, inside Payload's screens).
 */
export async function axeRun(
  page: Page,
  within?: string,
): Promise<{ violations: AxeViolation[]; passes: number }> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  return page.evaluate(async (selector) => {
    type Result = { violations: AxeViolation[]; passes: unknown[] }
    const axe = (
      window as unknown as {
        axe: { run: (context: Document | { include: string[] }) => Promise<Result> }
      }
    ).axe
    const { violations, passes } = await axe.run(selector ? { include: [selector] } : document)
    return {
      passes: passes.length,
      violations: violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
      })),
    }
  }, within)
}

export const formatViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map(
            (n) =>
              `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
          )
          .join('\n'),
    )
    .join('\n')

/**
 * Full-page screenshots of `url` at phone (390×844) and desktop (1366×900) size, as
 * `<name>-phone.png`
 * and `<name>-desktop.png` in artifacts/screenshots/. `storageState` carries a login over.
 */
export async function screenshots(
  browser: Browser,
  name: string,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  storageState?: BrowserContextOptions['storageState'],
): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true })
  for (const [size, options] of Object.entries(viewports)) {
    const context = await newContext(browser, { ...options, storageState })
    try {
      const page = await context.newPage()
      await page.goto(url)
      await ready(page)
      // The Next dev-mode indicator (a floating "N" button) is not part of the app.
      await page.addStyleTag({ content: 'nextjs-portal { display: none !important; }' })
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({
        path: path.join(screenshotsDir, `${name}-${size}.png`),
        fullPage: true,
      })
    } finally {
      await context.close()
    }
  }
}
