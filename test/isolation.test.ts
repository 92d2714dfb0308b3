/**
 * Property-based isolation (issue 14): 10,000 random cases of role × operation × collection × unit
 * through Payload's local API with access control on. Every read is checked against the access
 * rules written out independently below (no leak), and every write the rules forbid must be
 * refused and leave the database as it was (no forbidden write), `_status` changes and version
 * restores included.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { CollectionSlug, Payload } from 'payload'

import { richText } from '../src/content/richText'
import { closePayload, testPayload, unitBySlug, userByEmail } from './helpers/payload'
import { scratchStation } from './helpers/scratchUnit'

const CASES = 10_000

type Actor = {
  name: string
  user?: Record<string, unknown>
  role: 'anonymous' | 'super-admin' | 'hq-reviewer' | 'unit-approver' | 'unit-editor'
  units: number[]
}
type Doc = { id: number; tenant: number; published: boolean }

/**
 * What each collection is: drafts or not, public or internal, confidential (unit heads and HQ
 * only).
 */
const COLLECTIONS = {
  disclosures: {
    drafts: true,
    public: true,
    confidential: false,
    change: { title: 'ISOLATION-CHANGED' },
  },
  news: { drafts: true, public: true, confidential: false, change: { title: 'ISOLATION-CHANGED' } },
  executives: {
    drafts: true,
    public: true,
    confidential: false,
    change: { firstName: 'ISOLATION-CHANGED' },
  },
  'oit-assignments': {
    drafts: false,
    public: false,
    confidential: false,
    change: { doer: 'ISOLATION-CHANGED' },
  },
  feedback: {
    drafts: false,
    public: false,
    confidential: false,
    change: { staffNotes: 'ISOLATION-CHANGED' },
  },
  'corruption-complaints': {
    drafts: false,
    public: false,
    confidential: true,
    change: { staffNotes: 'ISOLATION-CHANGED' },
  },
} as const
type Collection = keyof typeof COLLECTIONS
const collections = Object.keys(COLLECTIONS) as Collection[]
const OPERATIONS = [
  'find',
  'findDrafts',
  'findByID',
  'saveDraft',
  'publish',
  'unpublish',
  'delete',
  'restore',
  'restoreAsDraft',
  'create',
  'createPublished',
] as const
type Operation = (typeof OPERATIONS)[number]

let payload: Payload
const actors: Actor[] = []
const units: number[] = []
const hqSubtree: number[] = []
const pool: Partial<Record<Collection, Doc[]>> = {}

// The rules, written out from the README's access section.
const isStaff = (actor: Actor) => actor.role === 'unit-approver' || actor.role === 'unit-editor'
const inScope = (actor: Actor, tenant: number) =>
  actor.role === 'super-admin' ||
  (actor.role === 'hq-reviewer'
    ? hqSubtree.includes(tenant)
    : isStaff(actor) && actor.units.includes(tenant))
function mayRead(actor: Actor, collection: Collection, doc: Doc, drafts: boolean): boolean {
  const kind = COLLECTIONS[collection]
  if (actor.role === 'anonymous') return kind.public && doc.published && (!drafts || doc.published)
  if (kind.confidential && actor.role === 'unit-editor') return false
  return inScope(actor, doc.tenant)
}
const edits = (actor: Actor, tenant: number) =>
  actor.role === 'super-admin' || (isStaff(actor) && actor.units.includes(tenant))
const publishes = (actor: Actor, tenant: number) =>
  actor.role === 'super-admin' || (actor.role === 'unit-approver' && actor.units.includes(tenant))
function mayWrite(
  actor: Actor,
  collection: Collection,
  operation: Operation,
  doc: Doc | null,
  tenant: number,
  versionPublished = false,
): boolean {
  const kind = COLLECTIONS[collection]
  if (operation === 'create' || operation === 'createPublished') {
    if (collection === 'feedback' || collection === 'corruption-complaints') return true // public forms: anyone may submit
    return operation === 'create' ? edits(actor, tenant) : publishes(actor, tenant)
  }
  if (!doc) return false
  if (operation === 'delete')
    return kind.confidential ? actor.role === 'super-admin' : publishes(actor, doc.tenant)
  if (kind.confidential) return publishes(actor, doc.tenant)
  if (operation === 'saveDraft' || operation === 'restoreAsDraft') return edits(actor, doc.tenant)
  // What is not online yet stays the editor's: setting it to draft, or restoring a draft over it,
  // publishes nothing and takes nothing offline.
  if (operation === 'unpublish')
    return publishes(actor, doc.tenant) || (edits(actor, doc.tenant) && !doc.published)
  if (operation === 'restore')
    return (
      publishes(actor, doc.tenant) ||
      (edits(actor, doc.tenant) && !doc.published && !versionPublished)
    )
  return publishes(actor, doc.tenant)
}

const newDocData = (
  collection: Collection,
  tenant: number,
  marker: string,
): Record<string, unknown> => {
  switch (collection) {
    case 'disclosures':
      return { tenant, title: marker, body: richText([marker]), itemCode: 'O24', fiscalYear: 2568 }
    case 'news':
      return { tenant, title: marker, date: '2025-11-20T00:00:00.000Z', body: richText([marker]) }
    case 'executives':
      return { tenant, firstName: marker }
    case 'oit-assignments':
      return {
        tenant,
        item: `O${1 + (Math.abs(hash(marker)) % 25)}`,
        fiscalYear: 2590 + (Math.abs(hash(marker)) % 9),
        doer: marker,
      }
    case 'feedback':
      return { tenant, message: marker }
    case 'corruption-complaints':
      return { tenant, subject: marker, details: 'รายละเอียดของเรื่องร้องเรียนที่ยาวพอสมควร' }
  }
}
const hash = (text: string) =>
  [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) | 0, 7)

/**
 * The state a forbidden write must leave untouched: the document, its versions, the collection's
 * size.
 */
async function snapshot(collection: Collection, id: number | null): Promise<string> {
  const slug = collection as CollectionSlug
  const { totalDocs } = await payload.count({ collection: slug })
  if (id == null) return `count=${totalDocs}`
  const doc = (await payload.db.findOne({
    collection: slug,
    where: { id: { equals: id } },
  })) as Record<string, unknown> | null
  const versions = COLLECTIONS[collection].drafts
    ? (await payload.countVersions({ collection: slug, where: { parent: { equals: id } } }))
        .totalDocs
    : 0
  return JSON.stringify({
    totalDocs,
    versions,
    updatedAt: doc?.updatedAt ?? null,
    status: doc?._status ?? null,
  })
}

async function refresh(collection: Collection): Promise<void> {
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    limit: 0,
    depth: 0,
    pagination: false,
    where: { tenant: { in: units } },
  })
  pool[collection] = docs.map((doc) => {
    const raw = doc as unknown as { id: number; tenant: number | { id: number }; _status?: string }
    return {
      id: raw.id,
      tenant: typeof raw.tenant === 'object' ? raw.tenant.id : raw.tenant,
      published: !COLLECTIONS[collection].drafts || raw._status === 'published',
    }
  })
}

beforeAll(async () => {
  payload = await testPayload()
  const stationA = (await unitBySlug(payload, 'mueang-ranong')).id
  const stationB = (await unitBySlug(payload, 'kapoe')).id
  const immigration = (await unitBySlug(payload, 'ranong-immigration')).id
  const hq = (await unitBySlug(payload, 'ranong-provincial-police')).id
  const scratch = await scratchStation(payload, 'isolation')
  const outside = scratch.unit.id
  units.push(stationA, stationB, immigration, outside)
  hqSubtree.push(hq, stationA, stationB, immigration)
  const staff = async (name: string, email: string, role: Actor['role'], unitIDs: number[]) => {
    const user = await userByEmail(payload, email)
    actors.push({ name, user: { ...user, collection: 'users' }, role, units: unitIDs })
  }
  actors.push({ name: 'anonymous', role: 'anonymous', units: [] })
  await staff('super-admin', 'admin@demo.local', 'super-admin', [])
  await staff('hq', 'hq@demo.local', 'hq-reviewer', [hq])
  await staff('head A', 'head.a@demo.local', 'unit-approver', [stationA])
  await staff('editor A', 'editor.a@demo.local', 'unit-editor', [stationA])
  await staff('editor B', 'editor.b@demo.local', 'unit-editor', [stationB])
  await staff('head outside', scratch.approver.email, 'unit-approver', [outside])
  await staff('editor outside', scratch.editor.email, 'unit-editor', [outside])
  const superAdmin = actors[1]!.user
  for (const tenant of units) {
    for (const collection of collections) {
      const marker = `ISOLATION-${collection}-${tenant}`
      if (COLLECTIONS[collection].drafts) {
        await payload.create({
          collection: collection as CollectionSlug,
          data: { ...newDocData(collection, tenant, `${marker}-draft`), _status: 'draft' } as never,
          draft: true,
        })
        if (collection === 'disclosures')
          await payload.create({
            collection: collection as CollectionSlug,
            data: {
              ...newDocData(collection, tenant, `${marker}-published`),
              _status: 'published',
            } as never,
          })
      } else {
        await payload.create({
          collection: collection as CollectionSlug,
          data: newDocData(collection, tenant, marker) as never,
          user: superAdmin,
        })
      }
    }
  }
  for (const collection of collections) await refresh(collection)
}, 300_000)
afterAll(closePayload)

describe('isolation, property-based', () => {
  it(`${CASES} random cases of role × operation × collection × unit: 0 leaks, 0 forbidden writes`, async () => {
    const counts = {
      reads: 0,
      readDocs: 0,
      leaks: 0,
      writesForbidden: 0,
      forbiddenWritesStored: 0,
      writesAllowedSkipped: 0,
    }
    const leaks: string[] = []
    const stored: string[] = []
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: actors.length - 1 }),
        fc.constantFrom(...OPERATIONS),
        fc.constantFrom(...collections),
        fc.nat(),
        fc.integer({ min: 0, max: units.length - 1 }),
        async (actorIndex, operation, collection, pick, unitIndex) => {
          const actor = actors[actorIndex]!
          const slug = collection as CollectionSlug
          const docs = pool[collection] ?? []
          const doc = docs.length ? docs[pick % docs.length]! : null
          const tenant = units[unitIndex]!
          const as = { overrideAccess: false, user: actor.user } as const
          const label = `${actor.name} ${operation} ${collection}${doc ? `#${doc.id} (unit ${doc.tenant}${doc.published ? ', published' : ''})` : ''}`

          if (operation === 'find' || operation === 'findDrafts' || operation === 'findByID') {
            counts.reads += 1
            const drafts = operation === 'findDrafts' && COLLECTIONS[collection].drafts
            let seen: { id: number; _status?: string }[] = []
            if (operation === 'findByID') {
              if (!doc) return
              seen = await payload
                .findByID({ collection: slug, id: doc.id, depth: 0, draft: drafts, ...as })
                .then(
                  (found) => [found as never],
                  () => [],
                )
            } else {
              seen = (
                await payload
                  .find({
                    collection: slug,
                    limit: 0,
                    pagination: false,
                    depth: 0,
                    draft: drafts,
                    where: { tenant: { in: units } },
                    ...as,
                  })
                  .catch(() => ({ docs: [] }))
              ).docs as never
            }
            counts.readDocs += seen.length
            for (const found of seen) {
              const known = docs.find((candidate) => candidate.id === found.id)
              const allowed = known
                ? mayRead(actor, collection, known, drafts) &&
                  (actor.role !== 'anonymous' || found._status === 'published')
                : false
              if (!allowed) leaks.push(`${label}: saw #${found.id}`)
            }
            counts.leaks = leaks.length
            return
          }

          const creating = operation === 'create' || operation === 'createPublished'
          if (!creating && !doc) return
          const restoring =
            (operation === 'restore' || operation === 'restoreAsDraft') &&
            COLLECTIONS[collection].drafts
          const version = restoring
            ? (
                await payload.findVersions({
                  collection: slug,
                  where: { parent: { equals: doc!.id } },
                  limit: 1,
                  sort: 'createdAt',
                })
              ).docs[0]
            : undefined
          if (restoring && !version) return
          const versionPublished =
            (version?.version as { _status?: string } | undefined)?._status === 'published'
          if (
            mayWrite(actor, collection, operation, creating ? null : doc, tenant, versionPublished)
          ) {
            counts.writesAllowedSkipped += 1 // the property is about what must not happen
            return
          }
          if (
            !COLLECTIONS[collection].drafts &&
            ['publish', 'unpublish', 'restore', 'restoreAsDraft', 'createPublished'].includes(
              operation,
            )
          )
            return
          counts.writesForbidden += 1
          const before = await snapshot(collection, creating ? null : doc!.id)
          const marker = `ISOLATION-FORBIDDEN-${counts.writesForbidden}`
          const attempt = async () => {
            switch (operation) {
              case 'saveDraft':
                return payload.update({
                  collection: slug,
                  id: doc!.id,
                  data: COLLECTIONS[collection].change as never,
                  draft: COLLECTIONS[collection].drafts,
                  ...as,
                })
              case 'publish':
                return payload.update({
                  collection: slug,
                  id: doc!.id,
                  data: { _status: 'published' } as never,
                  ...as,
                })
              case 'unpublish':
                return payload.update({
                  collection: slug,
                  id: doc!.id,
                  data: { _status: 'draft' } as never,
                  ...as,
                })
              case 'delete':
                return payload.delete({ collection: slug, id: doc!.id, ...as })
              case 'restore':
              case 'restoreAsDraft':
                return payload.restoreVersion({
                  collection: slug,
                  id: version!.id,
                  draft: operation === 'restoreAsDraft',
                  ...as,
                })
              case 'create':
                return payload.create({
                  collection: slug,
                  data: { ...newDocData(collection, tenant, marker), _status: 'draft' } as never,
                  draft: COLLECTIONS[collection].drafts,
                  ...as,
                })
              case 'createPublished':
                return payload.create({
                  collection: slug,
                  data: {
                    ...newDocData(collection, tenant, marker),
                    _status: 'published',
                  } as never,
                  ...as,
                })
            }
          }
          const outcome = await attempt().then(
            () => 'stored',
            () => 'refused',
          )
          const after = await snapshot(collection, creating ? null : doc!.id)
          if (outcome === 'stored' || after !== before)
            stored.push(`${label} → ${outcome}; ${before} → ${after}`)
          counts.forbiddenWritesStored = stored.length
        },
      ),
      { numRuns: CASES, seed: Number(process.env.ISOLATION_SEED ?? 20261201), endOnFailure: true },
    )
    console.log(`isolation: ${CASES} cases — ${JSON.stringify(counts)}`)
    expect(leaks).toEqual([])
    expect(stored).toEqual([])
    expect(counts.reads).toBeGreaterThan(CASES / 5)
    expect(counts.writesForbidden).toBeGreaterThan(CASES / 5)
  }, 1_200_000)
})
