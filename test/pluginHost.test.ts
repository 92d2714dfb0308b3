/**
 * The plugin in a foreign Payload app (test/plugin-host/payload.config.ts), booted on a database of
 * its own: the host's collections and jobs stay as the host made them, the plugin adds the rest.
 */
import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Payload, SanitizedConfig } from 'payload'
import ts from 'typescript'

import { monthValue } from '../src/companions/periods'
import { readiness } from '../src/compliance/readiness'
import { frameworks as officialFrameworks } from '../src/catalogue/frameworks'
import { lawCategories as officialLawCategories } from '../src/catalogue/lawCategories'
import { runOitJobs } from '../src/jobs/queues'
import { oitSettings, slugOf } from '../src/options'
import { pngImage, upload } from './helpers/files'
import { destroyPayload } from './helpers/payload'

const base = new URL(process.env.DATABASE_URL!)
const database = `${base.pathname.slice(1)}_plugin_host`
const hostURL = Object.assign(new URL(base), { pathname: `/${database}` }).toString()
/**
 * The host app: its sources here, or (`npm run test:plugin-tarball`) a copy beside the packed
 * plugin installed in its node_modules.
 */
const hostDir = process.env.OIT_PLUGIN_HOST_DIR ?? path.resolve('test/plugin-host')
const fromTarball = Boolean(process.env.OIT_PLUGIN_HOST_DIR)
const uploads = path.join(hostDir, '.uploads')

let payload: Payload
let host: typeof import('./plugin-host/payload.config')

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: base.toString() })
  await client.connect()
  try {
    await client.query(query)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin(`CREATE DATABASE "${database}"`)
  await rm(uploads, { recursive: true, force: true })
  // The host reads its database address when its config is imported.
  const own = process.env.DATABASE_URL
  process.env.DATABASE_URL = hostURL
  try {
    host = (await import(
      path.join(hostDir, 'payload.config.ts')
    )) as typeof import('./plugin-host/payload.config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config: await host.default, key: 'plugin-host' } as never)
  } finally {
    process.env.DATABASE_URL = own
  }
}, 300_000)

afterAll(async () => {
  if (payload) await destroyPayload(payload)
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  await rm(uploads, { recursive: true, force: true })
})

const fieldNames = (config: SanitizedConfig, slug: string) =>
  config.collections
    .find((collection) => collection.slug === slug)!
    .flattenedFields.map((field) => field.name)

describe('a foreign Payload app with oitPlugin({...}) alone', () => {
  it("keeps the host's users (its own field) and adds the staff role and units to them; admin.user stays the host's", () => {
    const config = payload.config
    expect(config.admin.user).toBe('users')
    expect(config.collections.filter((collection) => collection.slug === 'users')).toHaveLength(1)
    expect(fieldNames(config, 'users')).toEqual(
      expect.arrayContaining(['email', 'employeeNumber', 'role', 'name', 'tenants']),
    )
  })

  it("keeps the host's own media, pages and news as they were, and gives the plugin's namesakes another slug", async () => {
    for (const slug of ['pages', 'news', 'media'])
      expect(fieldNames(payload.config, slug)).not.toContain('tenant')
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'หน้าของโฮสต์' } as never,
    })
    expect((page as unknown as { title: string }).title).toBe('หน้าของโฮสต์')
    expect(
      await payload.create({ collection: 'news', data: { headline: 'ข่าวของโฮสต์' } as never }),
    ).toMatchObject({ headline: 'ข่าวของโฮสต์' })
    expect(payload.collections.media.config.upload.staticDir).toBe(path.join(uploads, 'host-media'))
    expect(oitSettings(payload).slugs).toEqual({
      media: 'oit-media',
      pages: 'oit-pages',
      news: 'oit-news',
    })
    for (const slug of ['oit-media', 'oit-pages', 'oit-news', 'documents'])
      expect(fieldNames(payload.config, slug)).toContain('tenant')
    expect(payload.collections[slugOf(payload, 'media')].config.upload.staticDir).toBe(
      path.join(uploads, 'oit', 'media'),
    )
    // The plugin's relationships follow: a report's photos are the plugin's media, a news story's
    // cover too.
    const photos = payload.collections['monthly-reports'].config.flattenedFields.find(
      (field) => field.name === 'activities',
    )
    expect(JSON.stringify(photos)).toContain('"relationTo":"oit-media"')
    expect(
      JSON.stringify(payload.collections[slugOf(payload, 'news')].config.fields),
    ).not.toContain('"relationTo":"media"')
  })

  it("keeps the host's tasks, runners and shouldAutoRun decision; releases only its own queues' stale jobs", async () => {
    const jobs = payload.config.jobs
    expect(jobs.tasks!.map((task) => task.slug)).toEqual(
      expect.arrayContaining([
        'host-long-report',
        'generate-companions',
        'fetch-egp-announcements',
      ]),
    )
    const runners = typeof jobs.autoRun === 'function' ? await jobs.autoRun(payload) : jobs.autoRun!
    expect(runners.map((runner) => runner.queue)).toEqual([host.HOST_QUEUE, 'companions', 'egp'])

    // A host job running for longer than the plugin's lease, and a dead worker's companion job.
    const long = (await payload.jobs.queue({
      task: 'host-long-report' as never,
      input: { seconds: 600 } as never,
      queue: host.HOST_QUEUE,
    })) as { id: number }
    const dead = (await payload.jobs.queue({
      task: 'generate-companions',
      input: { unit: 1, fiscalYear: 2568, item: 'O7', period: '2024-10' },
      queue: 'companions',
    })) as { id: number }
    const longAgo = new Date(Date.now() - 3600_000).toISOString()
    for (const id of [long.id, dead.id])
      await payload.db.updateOne({
        collection: 'payload-jobs',
        id,
        data: { processing: true, updatedAt: longAgo },
      })

    const before = host.hostAutoRunChecks.count
    expect(await jobs.shouldAutoRun!(payload)).toBe(false)
    expect(host.hostAutoRunChecks.count).toBe(before + 1)
    const processing = async (id: number | string) =>
      (await payload.findByID({ collection: 'payload-jobs', id, depth: 0 })).processing
    expect(await processing(long.id)).toBe(true)
    expect(await processing(dead.id)).toBe(false)
    await payload.delete({ collection: 'payload-jobs', where: { id: { in: [long.id, dead.id] } } })
  })

  it('has installed the official frameworks and law categories at start-up, and leaves edited ones alone on the next start', async () => {
    const frameworks = await payload.find({
      collection: 'oit-frameworks',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(frameworks.totalDocs).toBe(officialFrameworks.length)
    expect((await payload.count({ collection: 'law-categories' })).totalDocs).toBe(
      officialLawCategories.length,
    )
    const edited = frameworks.docs[0]!
    await payload.update({
      collection: 'oit-frameworks',
      id: edited.id,
      data: { title: 'แก้ไขโดยผู้ดูแล' },
    })
    await payload.config.onInit(payload)
    expect((await payload.count({ collection: 'oit-frameworks' })).totalDocs).toBe(
      officialFrameworks.length,
    )
    expect((await payload.findByID({ collection: 'oit-frameworks', id: edited.id })).title).toBe(
      'แก้ไขโดยผู้ดูแล',
    )
  })

  it("refuses an editor's publish, lets the unit head publish, and generates the item's companion file", async () => {
    const hq = await payload.create({
      collection: 'units',
      data: {
        name: 'ตำรวจภูธรจังหวัดทดสอบ',
        shortName: 'ภ.จว.ทดสอบ',
        slug: 'host-hq',
        unitType: 'hq',
      },
    })
    const unit = await payload.create({
      collection: 'units',
      data: {
        name: 'สถานีตำรวจภูธรโฮสต์',
        shortName: 'สภ.โฮสต์',
        slug: 'host-station',
        unitType: 'police-station',
        parent: hq.id,
      },
    })
    const staff = async (role: 'unit-editor' | 'unit-approver') =>
      payload.create({
        collection: 'users',
        data: {
          email: `${role}@host.test`,
          password: 'host-password-1234',
          role,
          employeeNumber: `E-${role}`,
          tenants: [{ tenant: unit.id }],
        } as never,
      })
    const [editor, head] = [await staff('unit-editor'), await staff('unit-approver')]
    expect((editor as unknown as { employeeNumber: string }).employeeNumber).toBe('E-unit-editor')

    const photo = await payload.create({
      collection: slugOf(payload, 'media'),
      data: { tenant: unit.id, alt: 'ภาพกิจกรรม' },
      file: upload(await pngImage(800, 600), 'activity.png', 'image/png'),
    })
    const paragraph = (text: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    })
    const report = await payload.create({
      collection: 'monthly-reports',
      overrideAccess: false,
      user: editor,
      draft: true,
      data: {
        tenant: unit.id,
        fiscalYear: 2568,
        month: monthValue({ year: 2024, month: 10 }),
        summary: paragraph('ออกตรวจพื้นที่') as never,
        activities: [
          {
            title: 'ประชุมประจำเดือน',
            details: 'ประชุมชี้แจงนโยบาย',
            startDate: '2024-10-05T12:00:00.000Z',
            endDate: '2024-10-05T12:00:00.000Z',
            section: 'งานอำนวยการ',
            photos: [photo.id],
          },
        ],
      },
    })
    await expect(
      payload.update({
        collection: 'monthly-reports',
        id: report.id,
        overrideAccess: false,
        user: editor,
        data: { _status: 'published' },
      }),
    ).rejects.toThrow(/ไม่มีสิทธิ์เผยแพร่/)
    const published = await payload.update({
      collection: 'monthly-reports',
      id: report.id,
      overrideAccess: false,
      user: head,
      data: { _status: 'published' },
    })
    expect(published._status).toBe('published')

    await runOitJobs(payload, 10)
    const files = await payload.find({
      collection: 'companion-files',
      where: { and: [{ tenant: { equals: unit.id } }, { item: { equals: 'O7' } }] },
      depth: 0,
      limit: 10,
    })
    expect(files.docs.map((file) => file.format).sort()).toEqual(
      expect.arrayContaining(['docx', 'pdf']),
    )

    // Readiness and the publish checks read the plugin's news where the frameworks say `news`.
    const asUnit = {
      id: unit.id,
      name: unit.name,
      slug: unit.slug,
      unitType: 'police-station',
      parent: hq.id,
      site: 'https://oit.example.go.th/u/host-station',
    }
    const headActivity = async () =>
      (await readiness(payload, { units: [asUnit], fiscalYear: 2568 }))[0]!.items
        .flatMap((item) => item.elements)
        .find((element) => element.key === 'current-fiscal-year')!
    const before = await headActivity()
    expect(before.status).toBe('fail')
    expect(before.fix).toContain('/collections/oit-news/')
    await payload.create({
      collection: slugOf(payload, 'news'),
      overrideAccess: false,
      user: head,
      data: {
        tenant: unit.id,
        title: 'ผู้กำกับการร่วมกิจกรรมต่อต้านการทุจริต',
        date: '2024-11-10T05:00:00.000Z',
        tags: ['head-participation'],
        body: paragraph('กิจกรรม') as never,
        cover: photo.id,
        _status: 'published',
      } as never,
    })
    expect((await headActivity()).status).toBe('pass')
  })

  it('lets `payload generate:importmap` in the host write an import map whose every path resolves', async () => {
    const importMap = path.join(hostDir, 'importMap.js')
    await rm(importMap, { force: true })
    const generated = await promisify(execFile)(
      process.execPath,
      ['node_modules/payload/bin.js', 'generate:importmap'],
      {
        env: {
          ...process.env,
          PAYLOAD_CONFIG_PATH: path.join(hostDir, 'payload.config.ts'),
          DATABASE_URL: hostURL,
        },
        timeout: 120_000,
      },
    )
    expect(generated.stdout).toContain(`Writing import map to ${importMap}`)
    const imports = [
      ...(await readFile(importMap, 'utf8')).matchAll(/import \{ (\w+) as \w+ \} from '([^']+)'/g),
    ].map(([, name, from]) => ({ name: name!, from: from! }))
    const ours = imports.filter(({ from }) => from.startsWith('police-oit'))
    expect(ours.length).toBeGreaterThanOrEqual(19)
    // Resolved as the host's build resolves them (TypeScript's bundler resolution): from the
    // installed
    // package's `exports`, or in this repository through tsconfig's paths.
    const { config } = ts.readConfigFile(path.resolve('tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd())
    const hostOptions = fromTarball ? { ...options, paths: undefined, baseUrl: undefined } : options
    const resolve = (from: string): string | null =>
      ts.resolveModuleName(from, importMap, hostOptions, ts.sys).resolvedModule?.resolvedFileName ??
      null
    for (const { name, from } of imports) {
      const resolved = resolve(from)
      expect({ from, resolved }).toEqual({ from, resolved: expect.any(String) })
      if (fromTarball && from.startsWith('police-oit'))
        expect(resolved).toContain(path.join(hostDir, 'node_modules/police-oit/dist/'))
      if (from.startsWith('police-oit'))
        expect(await readFile(resolved!, 'utf8')).toMatch(new RegExp(`export \\{ ${name} \\}`))
    }
  }, 180_000)
})
