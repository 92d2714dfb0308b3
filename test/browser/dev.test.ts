import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startDevServer, stopServer, type RunningServer } from './server'

/**
 * A database of its own on the run's server: `npm run dev` pushes its schema and seeds the demo.
 */
const database = `oit_dev_smoke_${crypto.randomBytes(3).toString('hex')}`
const adminUrl = () =>
  Object.assign(new URL(process.env.DATABASE_URL!), { pathname: '/postgres' }).toString()

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

let server: RunningServer | undefined
let uploads: string

beforeAll(async () => {
  await admin(`CREATE DATABASE ${database}`)
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-dev-uploads-'))
}, 60_000)

afterAll(async () => {
  if (server) await stopServer(server)
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  fs.rmSync(uploads, { recursive: true, force: true })
}, 60_000)

describe('npm run dev (the README’s first command)', () => {
  it('comes up on an empty database, seeds the demo and serves a unit’s home', async () => {
    const url = Object.assign(new URL(process.env.DATABASE_URL!), {
      pathname: `/${database}`,
    }).toString()
    server = await startDevServer(url, uploads)
    // The first request compiles the route.
    const response = await fetch(`${server.baseURL}/u/mueang-ranong`, {
      signal: AbortSignal.timeout(300_000),
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>สถานีตำรวจภูธรเมืองระนอง</h1>')
  }, 900_000)
})
