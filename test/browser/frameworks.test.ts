import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { adminLogin, launchBrowser, newContext, screenshots } from './helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const cloneControl = (page: Page) => page.locator('label[for="clone-fiscal-year"]')

/**
 * The edit form is read-only (and the selects are placeholders) until its form state has loaded.
 */
const editable = async (page: Page) => {
  await cloneControl(page).waitFor()
  await page.locator('#field-fiscalYear:not([disabled])').waitFor()
  await page.locator('#field-unitType .react-select').waitFor()
}

describe('OIT framework edit view', () => {
  it('offers the super-admin the "clone into fiscal year" control', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    await adminLogin(page, 'admin@demo.local')

    await page.goto('/admin/collections/oit-frameworks')
    const firstRow = page
      .locator('table tbody tr a[href*="/admin/collections/oit-frameworks/"]')
      .first()
    await firstRow.waitFor()
    const href = await firstRow.getAttribute('href')
    expect(href).toMatch(/\/admin\/collections\/oit-frameworks\/\d+$/)
    await page.goto(href!)

    await editable(page)
    expect(await cloneControl(page).textContent()).toBe('คัดลอกเป็นปีงบประมาณ')
    await expect(page.locator('#clone-fiscal-year').isVisible()).resolves.toBe(true)
    await expect(
      page.getByRole('button', { name: 'คัดลอก', exact: true }).isVisible(),
    ).resolves.toBe(true)
    // Each required element's automatic check is plain JSON text (no code editor from a CDN).
    const check = page.locator('textarea#field-items__0__requiredElements__0__check')
    expect(JSON.parse(await check.inputValue())).toEqual({
      type: 'records',
      collection: 'org-structures',
      fields: ['orgChart'],
    })
    expect(context.external).toEqual([])

    const state = await context.storageState()
    await context.close()
    await screenshots(browser, 'framework-edit', href!, editable, state)
  })

  it('does not offer it to a unit editor, who may only read frameworks', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await adminLogin(page, 'editor.a@demo.local')
    await page.goto('/admin/collections/oit-frameworks')
    const firstRow = page
      .locator('table tbody tr a[href*="/admin/collections/oit-frameworks/"]')
      .first()
    await firstRow.waitFor()
    await page.goto((await firstRow.getAttribute('href'))!)
    await page.locator('#field-fiscalYear').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await cloneControl(page).count()).toBe(0)
    await context.close()
  })
})
