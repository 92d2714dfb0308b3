import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { demoUnits, demoUsers } from '../seed/data/demo'
import { seedDemo } from '../seed/demo'
import { ensureFrameworks } from '../seed/frameworks'
import { closePayload, login, testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

const snapshot = async () => {
  const collections: CollectionSlug[] = ['units', 'users', 'oit-frameworks', 'disclosures']
  const state: Record<string, { id: unknown; updatedAt: unknown }[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, limit: 0, depth: 0, draft: true, sort: 'id', select: { updatedAt: true } })
    state[collection] = docs.map((doc) => ({ id: doc.id, updatedAt: (doc as { updatedAt?: string }).updatedAt }))
  }
  const { totalDocs: versions } = await payload.countVersions({ collection: 'disclosures' })
  return { state, versions }
}

describe('the demo seed', () => {
  it('built the region → provincial HQ → stations + immigration tree', async () => {
    const { docs } = await payload.find({ collection: 'units', limit: 0, depth: 1, where: { slug: { in: demoUnits.map((u) => u.slug) } } })
    const parentOf = Object.fromEntries(docs.map((unit) => [unit.slug, (unit.parent as { slug?: string } | null)?.slug ?? null]))
    expect(parentOf).toEqual({
      'region-8': null,
      'ranong-provincial-police': 'region-8',
      'mueang-ranong': 'ranong-provincial-police',
      kapoe: 'ranong-provincial-police',
      'ranong-immigration': 'ranong-provincial-police',
    })
    const english = await payload.find({ collection: 'units', locale: 'en', where: { slug: { equals: 'mueang-ranong' } } })
    expect(english.docs[0]!.name).toBe('Mueang Ranong Police Station')
    expect(english.docs[0]!.contact?.phones?.[0]?.label).toBe('Duty inquiry officer')
  })

  it.each(demoUsers.map((user) => [user.email, user.role]))('%s logs in as %s with the demo password', async (email, role) => {
    await login(email)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(docs[0]!.role).toBe(role)
  })

  it('is idempotent: running it again creates and changes nothing', async () => {
    const before = await snapshot()
    expect(await ensureFrameworks(payload)).toBe(0)
    expect((await seedDemo(payload)).created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })
})
