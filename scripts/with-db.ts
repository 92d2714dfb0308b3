/**
 * Runs a command with `DATABASE_URL` pointing at a PostgreSQL database:
 * the one in the environment if set, otherwise the project's embedded server.
 *
 *   node --import tsx scripts/with-db.ts [--fresh] -- <command…>
 *
 * (Not through the `tsx` CLI: it SIGKILLs its child on Ctrl-C, which would orphan the server.)
 *
 * `--fresh` creates a throw-away database and uploads folder for the command and removes them
 * afterwards (tests).
 * The embedded server is stopped when the command exits, on Ctrl-C and on SIGTERM.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded'

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_DATABASE = 'police_oit'

async function withAdminClient<T>(
  serverUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const url = new URL(serverUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  })
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  )
}

const withDatabase = (url: string, name: string) => {
  const next = new URL(url)
  next.pathname = `/${name}`
  return next.toString()
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const separator = argv.indexOf('--')
  const flags = separator === -1 ? [] : argv.slice(0, separator)
  const command = separator === -1 ? argv : argv.slice(separator + 1)
  if (!command.length) {
    console.error('usage: node --import tsx scripts/with-db.ts [--fresh] -- <command…>')
    return 2
  }
  const fresh = flags.includes('--fresh')

  let embedded: EmbeddedServer | null = null
  let freshName: string | null = null
  let freshUploads: string | null = null
  let baseUrl = process.env.DATABASE_URL
  try {
    if (!baseUrl) {
      embedded = await startEmbeddedPostgres(projectDir)
      baseUrl = embedded.url(DEFAULT_DATABASE)
      await ensureDatabase(baseUrl, DEFAULT_DATABASE)
    }
    if (fresh) {
      freshName = `oit_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`
      await ensureDatabase(baseUrl, freshName)
      freshUploads = mkdtempSync(path.join(tmpdir(), 'police-oit-uploads-'))
    }
    const env: Record<string, string> = freshUploads ? { OIT_UPLOADS_DIR: freshUploads } : {}
    return await run(command, freshName ? withDatabase(baseUrl, freshName) : baseUrl, env)
  } finally {
    if (freshName)
      await dropDatabase(baseUrl!, freshName).catch((err) => console.error('[db]', err.message))
    if (freshUploads) rmSync(freshUploads, { recursive: true, force: true })
    embedded?.release()
  }
}

/**
 * Runs the command to completion; the terminal's Ctrl-C reaches it directly, TERM/HUP are
 * forwarded.
 */
function run(
  command: string[],
  databaseUrl: string,
  extraEnv: Record<string, string>,
): Promise<number> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: projectDir,
    // Next's anonymous telemetry is off unless asked for: these servers call nobody.
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...extraEnv, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.on('SIGINT', () => {})
  process.on('SIGTERM', forward('SIGTERM'))
  process.on('SIGHUP', forward('SIGHUP'))
  return new Promise<number>((resolve) => {
    child.on('error', (err) => {
      console.error(`[db] cannot run ${command[0]}: ${err.message}`)
      resolve(127)
    })
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal === 'SIGINT' ? 130 : 1)))
  })
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[db]', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
