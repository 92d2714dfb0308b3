import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { demoUnits, demoUsers } from '../seed/data/demo'
import { seedDemo } from '../seed/demo'
import { ensureFrameworks } from '../src/catalogue/ensureFrameworks'
import { frameworks } from '../src/catalogue/frameworks'
import { windowMonths } from '../src/fiscal'
import { closePayload, login, testPayload, unitBySlug } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

const snapshot = async () => {
  const collections: CollectionSlug[] = ['units', 'users', 'oit-frameworks', 'disclosures']
  const state: Record<string, { id: unknown; updatedAt: unknown }[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      depth: 0,
      draft: true,
      sort: 'id',
      select: { updatedAt: true },
    })
    state[collection] = docs.map((doc) => ({
      id: doc.id,
      updatedAt: (doc as { updatedAt?: string }).updatedAt,
    }))
  }
  const { totalDocs: versions } = await payload.countVersions({ collection: 'disclosures' })
  return { state, versions }
}

describe('the demo seed', () => {
  it('built the region → provincial HQ → stations + immigration tree', async () => {
    const { docs } = await payload.find({
      collection: 'units',
      limit: 0,
      depth: 1,
      where: { slug: { in: demoUnits.map((u) => u.slug) } },
    })
    const parentOf = Object.fromEntries(
      docs.map((unit) => [unit.slug, (unit.parent as { slug?: string } | null)?.slug ?? null]),
    )
    expect(parentOf).toEqual({
      'region-8': null,
      'ranong-provincial-police': 'region-8',
      'mueang-ranong': 'ranong-provincial-police',
      kapoe: 'ranong-provincial-police',
      'ranong-immigration': 'ranong-provincial-police',
    })
    const english = await payload.find({
      collection: 'units',
      locale: 'en',
      where: { slug: { equals: 'mueang-ranong' } },
    })
    expect(english.docs[0]!.name).toBe('Mueang Ranong Police Station')
    expect(english.docs[0]!.contact?.phones?.[0]?.label).toBe('Duty inquiry officer')
  })

  it.each(demoUsers.map((user) => [user.email, user.role]))(
    '%s logs in as %s with the demo password',
    async (email, role) => {
      await login(email)
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
      })
      expect(docs[0]!.role).toBe(role)
    },
  )

  it('is idempotent: running it again creates and changes nothing', async () => {
    const before = await snapshot()
    expect(await ensureFrameworks(payload, frameworks)).toBe(0)
    expect((await seedDemo(payload)).created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    ['mueang-ranong', 2568],
    ['ranong-immigration', 2567],
  ])(
    '%s has published content for every item of its FY%i framework, every window month for monthly items',
    async (slug, fiscalYear) => {
      const unit = await unitBySlug(payload, slug)
      const { docs } = await payload.find({
        collection: 'oit-frameworks',
        where: { unitType: { equals: unit.unitType }, fiscalYear: { equals: fiscalYear } },
      })
      const items = docs[0]!.items ?? []
      const gaps: string[] = []
      for (const item of items) {
        // Contact (O5) lives on the unit itself; the public channels receive rather than publish.
        const fed = (item.feeds ?? []).filter(
          (collection) => !['units', 'feedback', 'corruption-complaints'].includes(collection),
        ) as CollectionSlug[]
        if (!fed.length) continue
        const published = async (
          collection: CollectionSlug,
          extra: Record<string, unknown> = {},
        ) => {
          const dated = payload.collections[collection].config.flattenedFields.some(
            (field) => field.name === 'fiscalYear',
          )
          const where = {
            tenant: { equals: unit.id },
            _status: { equals: 'published' },
            ...(dated ? { fiscalYear: { equals: fiscalYear } } : {}),
            ...extra,
          }
          return (await payload.count({ collection, where: where as never })).totalDocs
        }
        const counts = await Promise.all(fed.map((collection) => published(collection)))
        if (!counts.some(Boolean)) gaps.push(`${item.code} (${fed.join(', ')})`)
        if (item.cadence !== 'monthly') continue
        const monthly = fed.filter((collection) =>
          payload.collections[collection].config.flattenedFields.some(
            (field) => field.name === 'month',
          ),
        )
        for (const { year, month } of windowMonths(fiscalYear, item.window ?? undefined)) {
          const first = new Date(Date.UTC(year, month - 1, 1, 12)).toISOString()
          for (const collection of monthly) {
            if (!(await published(collection, { month: { equals: first } })))
              gaps.push(`${item.code} ${collection} ${year}-${month}`)
          }
        }
      }
      expect(gaps).toEqual([])
    },
  )

  it('station A declares one month "ไม่มีการจัดซื้อจัดจ้าง"; station B is only partly done', async () => {
    const a = await unitBySlug(payload, 'mueang-ranong')
    const declared = await payload.count({
      collection: 'procurement-summaries',
      where: { tenant: { equals: a.id }, noneDeclared: { equals: true } },
    })
    expect(declared.totalDocs).toBe(1)
    const b = await unitBySlug(payload, 'kapoe')
    expect(
      (
        await payload.count({
          collection: 'monthly-reports',
          where: { tenant: { equals: b.id }, _status: { equals: 'published' } },
        })
      ).totalDocs,
    ).toBeLessThan(6)
  })
})
