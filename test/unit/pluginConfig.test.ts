/** What `oitPlugin({...})` makes of a host's config, without starting Payload. */
import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'

import { oitPlugin } from '../../src/index'

const host = (collections: CollectionConfig[] = [], extra: Partial<Config> = {}): Config => ({
  secret: 'x',
  db: {} as Config['db'],
  collections,
  ...extra,
})
const collection = (config: Config, slug: string) =>
  config.collections!.find((candidate) => candidate.slug === slug)!

describe('oitPlugin(options)(config)', () => {
  it('leaves the config untouched when disabled', () => {
    const config = host()
    expect(oitPlugin({ enabled: false })(config)).toBe(config)
  })

  it('reads no environment variables: its settings are the options', () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      OIT_PUBLIC_URL: 'https://env.example',
      OIT_UPLOADS_DIR: '/env/uploads',
      OIT_JOBS_IN_APP: 'false',
    })
    try {
      const config = oitPlugin({ uploadsDir: '/srv/oit' })(host())
      expect(config.custom!.oit).toMatchObject({
        publicURL: undefined,
        uploadsDir: '/srv/oit',
        jobs: { runInApp: true, leaseSeconds: 600 },
      })
      expect((collection(config, 'media').upload as { staticDir: string }).staticDir).toBe(
        '/srv/oit/media',
      )
      expect(
        (collection(config, 'companion-files').upload as { staticDir: string }).staticDir,
      ).toBe('/srv/oit/companions')
    } finally {
      process.env = saved
    }
  })

  it('marks the login cookie Secure only behind an https public address', () => {
    const secure = (publicURL?: string) =>
      (
        collection(oitPlugin({ publicURL })(host()), 'users').auth as {
          cookies: { secure: boolean }
        }
      ).cookies.secure
    expect(secure('https://oit.example.go.th')).toBe(true)
    expect(secure('http://127.0.0.1:3000')).toBe(false)
    expect(secure()).toBe(false)
  })

  it("adds its fields to the host's users, keeps the host's, and requires both access rules", async () => {
    const hostRead = () => ({ email: { like: '@host.test' } })
    const config = oitPlugin()(
      host([
        {
          slug: 'users',
          auth: { tokenExpiration: 60 },
          access: { read: hostRead },
          fields: [
            { name: 'employeeNumber', type: 'text' },
            { name: 'name', type: 'text', label: 'Host name' },
          ],
        },
      ]),
    )
    const users = config.collections!.filter(({ slug }) => slug === 'users')
    expect(users).toHaveLength(1)
    const names = users[0]!.fields.flatMap((field) => ('name' in field ? [field.name] : []))
    expect(names).toEqual(['employeeNumber', 'name', 'role', 'tenants'])
    expect(
      (users[0]!.auth as { tokenExpiration: number; maxLoginAttempts: number }).tokenExpiration,
    ).toBe(60)
    expect((users[0]!.auth as { maxLoginAttempts: number }).maxLoginAttempts).toBe(5)
    // Anonymous: the plugin's rule refuses, whatever the host's says.
    const anonymous = { req: { user: null, payload: { config } } } as never
    expect(await users[0]!.access!.read!(anonymous)).toBe(false)
  })

  it('leaves admin.user as the host set it, or unset', () => {
    expect(oitPlugin()(host()).admin?.user).toBeUndefined()
    expect(
      oitPlugin()(host([{ slug: 'admins', auth: true, fields: [] }], { admin: { user: 'admins' } }))
        .admin?.user,
    ).toBe('admins')
  })

  it('adds its runners to the host’s and keeps the host’s runner decision', async () => {
    const config = oitPlugin()(
      host([], { jobs: { tasks: [], autoRun: [{ cron: '0 * * * *', queue: 'host' }] } }),
    )
    const runners = await (
      config.jobs!.autoRun as (payload: unknown) => Promise<{ queue: string }[]>
    )({})
    expect(runners.map((runner) => runner.queue)).toEqual(['host', 'companions', 'egp'])
    expect(
      oitPlugin({ jobs: { runInApp: false } })(
        host([], { jobs: { tasks: [], autoRun: [{ cron: '0 * * * *', queue: 'host' }] } }),
      ).jobs!.autoRun,
    ).toEqual([{ cron: '0 * * * *', queue: 'host' }])
  })

  it('gives its media, documents, pages or news another slug where the host has its own, and relates to that', () => {
    const config = oitPlugin({ collections: { documents: { slug: 'unit-files' } } })(
      host([
        { slug: 'pages', fields: [] },
        { slug: 'media', upload: true, fields: [] },
      ]),
    )
    const slugs = config.collections!.map(({ slug }) => slug)
    expect(slugs.filter((slug) => slug === 'pages' || slug === 'media')).toEqual(['pages', 'media'])
    expect(slugs).toEqual(expect.arrayContaining(['oit-pages', 'oit-media', 'unit-files']))
    expect(config.custom!.oit.slugs).toEqual({
      media: 'oit-media',
      documents: 'unit-files',
      pages: 'oit-pages',
    })
    expect(collection(config, 'oit-media').custom).toMatchObject({ oitSlug: 'media' })
    const cover = collection(config, 'news').fields.find(
      (field) => 'name' in field && field.name === 'cover',
    ) as { relationTo: string }
    expect(cover.relationTo).toBe('oit-media')
    expect(collection(config, 'pages').fields).toEqual([])
  })

  it('names the collection when a host has one the plugin cannot rename, or a chosen slug is taken', () => {
    expect(() => oitPlugin()(host([{ slug: 'laws', fields: [] }]))).toThrow('"laws"')
    expect(() =>
      oitPlugin({ collections: { news: { slug: 'posts' } } })(
        host([{ slug: 'posts', fields: [] }]),
      ),
    ).toThrow('collections.news.slug')
  })
})
