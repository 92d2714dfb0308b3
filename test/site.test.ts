import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { standardMenu } from '../src/routing/siteRoutes'
import { closePayload, rejection, testPayload } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

describe('a unit’s website menu and pages', () => {
  let unit: number
  let other: number

  beforeAll(async () => {
    unit = (await scratchStation(payload, 'site-menu')).unit.id
    other = (await scratchStation(payload, 'site-other')).unit.id
  })

  it('starts every new unit with the standard menu, labelled in Thai and English', async () => {
    const th = await payload.findByID({ collection: 'units', id: unit, locale: 'th', depth: 0 })
    const en = await payload.findByID({ collection: 'units', id: unit, locale: 'en', depth: 0 })
    const standard = standardMenu('police-station')
    expect(th.menu?.map((item) => item.label)).toEqual(standard.map((item) => item.label.th))
    expect(en.menu?.map((item) => item.label)).toEqual(standard.map((item) => item.label.en))
    expect(th.menu?.[1]?.children?.map((child) => child.route)).toEqual(
      standard[1]!.children!.map((child) => child.route),
    )
    // The English names stand in for the Thai ones until translated.
    expect(en.name).toBe(th.name)
  })

  it('refuses a menu link without its target, naming the field', async () => {
    const { fields } = await rejection(
      payload.update({
        collection: 'units',
        id: unit,
        data: { menu: [{ label: 'ลิงก์', kind: 'url' }] },
      }),
    )
    expect(fields['menu.0.url']).toBe('ลิงก์: จำเป็นต้องกรอก / Link: is required')
  })

  it('gives each unit its own page addresses: a built-in address or a second page with a slug is refused', async () => {
    const page = (tenant: number, slug: string) =>
      payload.create({
        collection: 'pages',
        data: { tenant, title: `หน้า ${slug}`, slug, _status: 'published' },
      })
    await page(unit, 'history')
    await page(other, 'history')
    expect((await rejection(page(unit, 'history'))).fields.slug).toBe(
      'ชื่อในลิงก์ (slug): หน่วยงานมีหน้า "history" แล้ว / URL slug: the unit already has a page "history"',
    )
    expect((await rejection(page(unit, 'news'))).fields.slug).toMatch(
      /^ชื่อในลิงก์ \(slug\): "news" เป็นที่อยู่ของหน้ามาตรฐาน/,
    )
    expect((await rejection(page(unit, 'Bad Slug'))).fields.slug).toMatch(
      /^ชื่อในลิงก์ \(slug\): ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก/,
    )
  })

  it('shows anonymous visitors published pages only', async () => {
    await payload.create({
      collection: 'pages',
      data: { tenant: unit, title: 'ร่าง', slug: 'draft-page', _status: 'draft' },
      draft: true,
    })
    const { docs } = await payload.find({
      collection: 'pages',
      where: { tenant: { equals: unit } },
      overrideAccess: false,
      depth: 0,
    })
    expect(docs.map((doc) => doc.slug)).toEqual(['history'])
  })
})
