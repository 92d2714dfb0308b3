import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { currentFiscalYear } from '../../src/fiscal'
import { egpFeed } from '../helpers/egpFeed'

import { call } from './api'

import {
  adminLogin,
  axeRun,
  baseURL,
  formatViolations,
  launchBrowser,
  newContext,
  screenshots,
  screenshotsDir,
  viewports,
  visibleText,
} from './helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Payload's own Thai strings (@payloadcms/translations `th`): general:email, general:password,
 * authentication:login.
 */
const thaiLogin = ['อีเมล', 'รหัสผ่าน', 'เข้าสู่ระบบ']

async function loginPageLanguage(locale: string): Promise<{ lang: string | null; text: string }> {
  const context = await newContext(browser, { locale })
  try {
    const page = await context.newPage()
    const response = await page.goto('/admin/login')
    expect(response?.status()).toBe(200)
    await page.locator('#field-email').waitFor()
    return { lang: await page.locator('html').getAttribute('lang'), text: await visibleText(page) }
  } finally {
    await context.close()
  }
}

const waitForDashboard = (page: Page) => page.locator('.dashboard').first().waitFor()

describe('admin in Thai', () => {
  it('shows the login page in Thai to a Thai browser', async () => {
    const { lang, text } = await loginPageLanguage('th-TH')
    expect(lang).toBe('th')
    for (const word of thaiLogin) expect(text).toContain(word)
    expect(text).not.toMatch(/\b(Email|Password|Login|Log in)\b/)
  })

  it('falls back to Thai for a browser language the admin does not offer', async () => {
    const { lang, text } = await loginPageLanguage('de-DE')
    expect(lang).toBe('th')
    for (const word of thaiLogin) expect(text).toContain(word)
  })

  // Payload alone would follow Accept-Language (cookie, then header, then fallbackLanguage);
  // src/proxy.ts makes Thai the default unless the user chose a language (the `payload-lng`
  // cookie).
  it('shows the login page in Thai to an English browser (en-US) too', async () => {
    const { lang, text } = await loginPageLanguage('en-US')
    expect(lang).toBe('th')
    for (const word of thaiLogin) expect(text).toContain(word)
  })

  it('keeps English for a user who chose it (payload-lng cookie)', async () => {
    const context = await newContext(browser, { locale: 'en-US' })
    try {
      await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL() }])
      const page = await context.newPage()
      await page.goto('/admin/login')
      await page.locator('#field-email').waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      const text = await visibleText(page)
      expect(text).toContain('Password')
      expect(text).not.toContain('รหัสผ่าน')
    } finally {
      await context.close()
    }
  })

  it('lets editor A log in and see only station A in Thai', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    await adminLogin(page, 'editor.a@demo.local')
    await waitForDashboard(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    const dashboard = await visibleText(page)
    for (const label of ['เอกสารเผยแพร่', 'หน่วยงาน']) expect(dashboard).toContain(label)
    expect(dashboard).not.toMatch(/\b(Disclosures|Units|Collections)\b/)

    await page.goto('/admin/collections/disclosures')
    await page.locator('table tbody tr').first().waitFor()
    const list = await visibleText(page)
    expect(list).toContain('DRAFT-MARKER-A')
    expect(list).toContain('PUBLIC-MARKER-A')
    expect(list).not.toContain('MARKER-B')
    expect(await page.locator('table tbody tr').count()).toBe(2)
    expect(context.external).toEqual([])

    // Her unit's page names the HQ above it, which she may not open, by name (not "ไม่มีชื่อ - ID:
    // 2").
    await page.goto('/admin/collections/units')
    await page.goto((await page.locator('table tbody tr a').first().getAttribute('href'))!)
    const parent = page.locator('#field-parentName')
    await parent.waitFor()
    expect(await parent.inputValue()).toMatch(/^ภ\.จว\./)
    expect(await visibleText(page)).not.toContain('ไม่มีชื่อ')

    const state = await context.storageState()
    await context.close()
    await screenshots(browser, 'admin-dashboard', '/admin', waitForDashboard, state)
  })

  // Payload's default avatar is a Gravatar: a hash of the officer's e-mail sent to a third party.
  it('loads nothing from outside localhost once logged in (no Gravatar)', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.a@demo.local')
      await waitForDashboard(page)
      await page.waitForLoadState('networkidle')
      expect(context.external).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('shows a content collection (สขร.1) to editor A in Thai: list, edit view with labelled rows, no page errors', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    const errors: string[] = []
    try {
      const page = await context.newPage()
      page.on('pageerror', (error) => errors.push(error.message))
      await adminLogin(page, 'editor.a@demo.local')
      await waitForDashboard(page)
      await page.goto('/admin/collections/procurement-summaries')
      await page.locator('table tbody tr').first().waitFor()
      expect(await page.locator('table tbody tr').count()).toBe(6)
      expect(await visibleText(page)).toContain('ประจำเดือน')

      await page.locator('table tbody tr a').first().click()
      await page.locator('#field-rows, #field-noneDeclared').first().waitFor()
      const edit = await visibleText(page)
      for (const label of ['ประจำเดือน', 'ปีงบประมาณ', 'ไม่มีการจัดซื้อจัดจ้าง'])
        expect(edit).toContain(label)
      // The sidebar lists the files generated from this month and the year's roll-up, with their
      // state.
      await page.getByText('ไฟล์ที่ระบบสร้างจากข้อมูลนี้').waitFor()
      expect(await page.locator('.companion-status [data-state]').count()).toBe(2)
      expect(errors).toEqual([])
      const state = await context.storageState()
      await screenshots(
        browser,
        'procurement-summary-edit',
        page.url().replace(baseURL(), ''),
        (p) => p.locator('#field-noneDeclared').waitFor(),
        state,
      )
    } finally {
      await context.close()
    }
  })

  it('tells the super-admin on the dashboard which unit types have no framework for the current fiscal year, with the clone one click away', async () => {
    const year = currentFiscalYear()
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    try {
      const page = await context.newPage()
      await adminLogin(page, 'admin@demo.local')
      await waitForDashboard(page)
      const gaps = page.locator('.framework-gaps__gap')
      // The demo's frameworks: stations 2567–2568, provincial immigration 2567.
      expect(await gaps.allInnerTexts()).toEqual([
        expect.stringContaining(
          `ปีงบประมาณ พ.ศ. ${year} ยังไม่มีเกณฑ์การประเมินของสถานีตำรวจ ขณะนี้ใช้เกณฑ์ปี พ.ศ. 2568`,
        ),
        expect.stringContaining(
          `ปีงบประมาณ พ.ศ. ${year} ยังไม่มีเกณฑ์การประเมินของตรวจคนเข้าเมืองจังหวัด ขณะนี้ใช้เกณฑ์ปี พ.ศ. 2567`,
        ),
      ])
      expect(
        await gaps
          .first()
          .getByRole('button', { name: `คัดลอกเกณฑ์ปี พ.ศ. 2568 เป็นปี พ.ศ. ${year}` })
          .isEnabled(),
      ).toBe(true)
      const state = await context.storageState()
      await screenshots(browser, 'admin-dashboard-super-admin', '/admin', waitForDashboard, state)

      const editor = await newContext(browser)
      const other = await editor.newPage()
      await adminLogin(other, 'editor.a@demo.local')
      await waitForDashboard(other)
      expect(await other.locator('.framework-gaps__gap').count()).toBe(0)
      await editor.close()
    } finally {
      await context.close()
    }
  })

  it('saves phone and desktop screenshots of the login page', async () => {
    await screenshots(browser, 'admin-login', '/admin/login', (page) =>
      page.locator('#field-email').waitFor(),
    )
  })
})

describe('dates and amounts as Thai clerks write them', () => {
  /** A CE year shown to a Thai user: 2000–2099 standing alone (amounts have grouped digits). */
  const ceYears = (text: string) => [...new Set(text.match(/(?<![\d,.])20\d\d(?![\d,])/g) ?? [])]

  it('lists, edit views, headers and version history show Buddhist-era years only, and checkboxes as ใช่/ไม่', async () => {
    const context = await newContext(browser, viewports.desktop)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.a@demo.local')
      await waitForDashboard(page)
      for (const path of [
        '/admin/collections/procurement-summaries',
        '/admin/collections/news',
        '/admin/collections/executives',
        '/admin/collections/monthly-reports',
      ]) {
        await page.goto(path)
        await page.locator('table tbody tr').first().waitFor()
        const list = await visibleText(page)
        expect([path, ceYears(list), list.match(/general:|เท็จ| จริง /g)]).toEqual([path, [], null])
        await page.goto((await page.locator('table tbody tr a').first().getAttribute('href'))!)
        await page.locator('.doc-controls').first().waitFor()
        await page.waitForLoadState('networkidle')
        const edit = new URL(page.url()).pathname
        expect([edit, ceYears(await visibleText(page))]).toEqual([edit, []])
        await page.goto(`${edit}/versions`)
        await page.locator('table tbody tr').first().waitFor()
        expect([`${edit}/versions`, ceYears(await visibleText(page))]).toEqual([
          `${edit}/versions`,
          [],
        ])
      }
    } finally {
      await context.close()
    }
  })

  it('reads a typed date day first in either era, and says why it cannot read one', async () => {
    const context = await newContext(browser, viewports.phone)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.a@demo.local')
      await page.goto('/admin/collections/news/create')
      const date = page.locator('#field-date')
      await date.waitFor()
      const reading = page.locator('.thai-date-field__reading, .thai-date-field__problem').first()
      for (const typed of ['3/10/2569', '3/10/2026', '3 ต.ค. 69']) {
        await date.fill(typed)
        await date.press('Enter')
        expect([typed, await date.inputValue(), await reading.innerText()]).toEqual([
          typed,
          '3 ต.ค. 2569',
          '3 ตุลาคม พ.ศ. 2569',
        ])
      }
      await date.fill('31/9/2569')
      await date.press('Enter')
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: 'วันที่ต้องอยู่ระหว่าง 1–30 ของกันยายน แต่พิมพ์ 31' })
          .isVisible(),
      ).resolves.toBe(true)
      await page.screenshot({
        path: `${screenshotsDir}/admin-typed-date-phone.png`,
        fullPage: true,
      })
    } finally {
      await context.close()
    }
  })

  it('groups amounts as they are typed and fills the สขร.1 winner from a bidder in one choice', async () => {
    const context = await newContext(browser, viewports.desktop)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.a@demo.local')
      await page.goto('/admin/collections/procurement-summaries')
      await page.goto((await page.locator('table tbody tr a').first().getAttribute('href'))!)
      const budget = page.locator('#field-rows__0__budget')
      await budget.waitFor()
      await budget.fill('')
      await budget.pressSequentially('245000')
      expect(await budget.inputValue()).toBe('245,000')
      const pick = page.locator('.winner-field__pick select').first()
      const bidder = await pick.locator('option').nth(2).innerText()
      await pick.selectOption({ index: 2 })
      const [name, price] = bidder.split(' · ')
      expect(await page.locator('#field-rows__0__winner__name').inputValue()).toBe(name)
      expect(`${await page.locator('#field-rows__0__winner__price').inputValue()} บาท`).toBe(price)
    } finally {
      await context.close()
    }
  })
})

describe('what publishing will ask, while drafting', () => {
  it('lists and marks what a new สขร.1 lacks, and updates as the form changes, before any save', async () => {
    const context = await newContext(browser, viewports.desktop)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.b@demo.local')
      await page.goto('/admin/collections/procurement-summaries/create')
      const checklist = page.locator('.publish-checklist')
      await checklist.getByText('ก่อนเผยแพร่ยังต้องกรอก (1)').waitFor()
      expect(await checklist.innerText()).toContain('ยังไม่ได้กรอก')
      expect(await page.locator('.publish-missing').count()).toBe(1)
      await page.locator('#field-noneDeclared').check()
      await checklist.getByText('✓ ครบตามที่การเผยแพร่ต้องการ').waitFor()
      expect(await page.locator('.publish-missing').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})

describe('OIT readiness views', () => {
  const serious = async (page: Page) =>
    (await axeRun(page)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')

  it('shows the HQ reviewer its units × items, drills down to a unit, and passes axe', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    try {
      const page = await context.newPage()
      await adminLogin(page, 'hq@demo.local')
      await page.goto('/admin/readiness/matrix?year=2568')
      await page.locator('.readiness__matrix').first().waitFor()
      const rows = page.locator('.readiness__matrix tbody tr')
      expect(await rows.count()).toBe(3)
      // A table per unit type: stations and the immigration unit do not share O-columns.
      expect(await page.locator('.readiness__matrix').count()).toBe(2)
      const matrix = await visibleText(page)
      for (const unit of ['สภ.เมืองระนอง', 'สภ.กะเปอร์', 'ตม.จว.ระนอง'])
        expect(matrix).toContain(unit)
      for (const code of ['O1', 'O15'])
        expect(
          await page
            .locator('.readiness__matrix thead th', { hasText: new RegExp(`^${code}$`) })
            .count(),
        ).toBe(2)
      expect(await page.locator('.readiness__matrix thead th', { hasText: /^O25$/ }).count()).toBe(
        1,
      )
      expect(await page.locator('a[href^="/api/readiness/matrix?year=2568"]').count()).toBe(1)
      expect(formatViolations(await serious(page))).toBe('')
      const state = await context.storageState()
      await screenshots(
        browser,
        'readiness-matrix',
        '/admin/readiness/matrix?year=2568',
        (p) => p.locator('.readiness__matrix').first().waitFor(),
        state,
      )

      await page.locator('.readiness__matrix tbody th a', { hasText: 'สภ.เมืองระนอง' }).click()
      await page.locator('.readiness__table').waitFor()
      expect(await page.locator('.readiness__table tbody tr').count()).toBe(25)
      const dashboard = await visibleText(page)
      for (const text of [
        'ความพร้อม OIT · สภ.เมืองระนอง · ปีงบประมาณ 2568',
        'ผ่าน',
        'จาก 25 ข้อ',
        'สิ่งที่ต้องทำต่อไป',
        'ข้อสังเกตจากผู้ตรวจ',
      ])
        expect(dashboard).toContain(text)
      expect(await page.locator('a[href*="/api/readiness/itap?unit="]').count()).toBe(2)
      expect(formatViolations(await serious(page))).toBe('')
      await screenshots(
        browser,
        'readiness-dashboard',
        page.url().replace(baseURL(), ''),
        (p) => p.locator('.readiness__table').waitFor(),
        state,
      )
      expect(context.external).toEqual([])
    } finally {
      await context.close()
    }
  })

  it("opens a unit editor's own unit and keeps the matrix for reviewers", async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.b@demo.local')
      await page.goto('/admin/readiness')
      await page.locator('.readiness__table').waitFor()
      expect(await visibleText(page)).toContain('ความพร้อม OIT · สภ.กะเปอร์')
      await page.goto('/admin/readiness/matrix')
      await page.getByText('หน้านี้สำหรับผู้ตรวจระดับกองบังคับการ/ภาค').waitFor()
      expect(await page.locator('.readiness__matrix').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})

describe('O14 from e-GP', () => {
  it('imports a saved e-GP feed file from the announcements list: new drafts listed, a second import adds none', async () => {
    const context = await newContext(browser, viewports.phone)
    const titles = [
      'ประกาศเชิญชวนจ้างซ่อมแซมป้อมจุดตรวจ (ทดสอบเบราว์เซอร์)',
      'ประกาศผู้ชนะการเสนอราคา ซื้อวิทยุสื่อสาร (ทดสอบเบราว์เซอร์)',
    ]
    const feed = egpFeed(
      '0307010199',
      'D0',
      titles.map((title, index) => ({
        title,
        pid: `6912990000${index}`,
        pubDate: 'Tue, 01 Dec 2026 10:00:00 +0700',
      })),
    )
    const admin = (
      await call('POST', '/api/users/login', {
        body: { email: 'admin@demo.local', password: 'demo-password' },
      })
    ).json.token as string
    try {
      const page = await context.newPage()
      await adminLogin(page, 'editor.b@demo.local')
      await page.goto('/admin/collections/procurement-announcements')
      const box = page.locator('.egp-feed')
      await box.getByRole('heading', { name: 'ประกาศจากระบบ e-GP' }).waitFor()
      await box
        .locator('input[type=file]')
        .setInputFiles({ name: 'egpannouncerss.xml', mimeType: 'text/xml', buffer: feed })
      await box.getByText('อ่านได้ 2 ประกาศ · เพิ่มเป็นฉบับร่างใหม่ 2 · มีอยู่แล้ว 0').waitFor()
      for (const title of titles) await page.locator('table').getByText(title).waitFor()
      expect(formatViolations((await axeRun(page, '.egp-feed')).violations)).toBe('')
      await page.screenshot({ path: `${screenshotsDir}/egp-feed-phone.png`, fullPage: true })
      await box
        .locator('input[type=file]')
        .setInputFiles({ name: 'egpannouncerss.xml', mimeType: 'text/xml', buffer: feed })
      await box.getByText('อ่านได้ 2 ประกาศ · เพิ่มเป็นฉบับร่างใหม่ 0 · มีอยู่แล้ว 2').waitFor()
    } finally {
      await context.close()
      // Leave the demo as seeded for the other files.
      await call(
        'DELETE',
        `/api/procurement-announcements?where[egpLink][like]=691299000&overrideLock=true`,
        { token: admin },
      )
    }
  })
})
