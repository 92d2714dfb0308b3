import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'

import { closePayload, testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

const migrationDir = path.resolve('src/migrations')

describe('committed migrations (what production runs)', () => {
  it('match the current schema: generating a migration now would be empty', async () => {
    const db = payload.db as unknown as {
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const snapshot = JSON.parse(fs.readFileSync(path.join(migrationDir, latest!), 'utf8'))
    const statements = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    // If this fails: `npm run payload -- migrate:create <name>` and commit the new migration.
    expect(statements).toEqual([])
  })

  it('apply to an empty database with `npm run migrate` in production mode', async () => {
    const base = new URL(process.env.DATABASE_URL!)
    const name = `${base.pathname.slice(1)}_migrate`
    const admin = new pg.Client({
      connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString(),
    })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    try {
      const env = {
        ...process.env,
        DATABASE_URL: Object.assign(new URL(base), { pathname: `/${name}` }).toString(),
        NODE_ENV: 'production' as const,
        PAYLOAD_SECRET: 'test-secret-for-migrations',
      }
      const migrate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
        encoding: 'utf8',
        env,
        timeout: 180_000,
      })
      expect({
        status: migrate.status,
        output: migrate.status ? migrate.stdout + migrate.stderr : '',
      }).toEqual({ status: 0, output: '' })
      expect(migrate.stdout).toContain('[migrate] done')
      const probe = new pg.Client({ connectionString: env.DATABASE_URL })
      await probe.connect()
      const tables = await probe.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'payload_migrations'`,
      )
      expect({
        migrationsTable: tables.rows[0].n,
        output: tables.rows[0].n ? '' : migrate.stdout + migrate.stderr,
      }).toEqual({ migrationsTable: 1, output: '' })
      const applied = await probe.query(
        `SELECT name, batch::int AS batch FROM payload_migrations ORDER BY name`,
      )
      const { rows } = await probe.query(`SELECT count(*)::int AS n FROM oit_frameworks`)
      await probe.end()
      const committed = fs
        .readdirSync(migrationDir)
        .filter((file) => /^\d.*\.ts$/.test(file))
        .map((file) => file.replace(/\.ts$/, ''))
      expect(applied.rows).toEqual(committed.sort().map((name) => ({ name, batch: 1 })))
      // Production start-up (onInit) adds the official frameworks; migrate alone leaves the tables
      // empty.
      expect(rows[0].n).toBe(0)
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`)
      await admin.end()
    }
  })
})
