/**
 * The app under test, as users run it: the production build (`next build`, then `npm start`'s
 * server.ts with its page cache) on the throw-away database `scripts/with-db.ts --fresh` provides,
 * migrated and seeded the way a production install is. The README's `npm run dev` gets a smoke
 * test of its own (dev.test.ts), on a database of its own.
 *
 * Each server runs in a process group of its own so that the whole tree can be stopped at once.
 * No orphan is left behind: globalTeardown stops it; an exit or a signal of the Jest process stops
 * it; and a detached watchdog stops it should Jest itself be killed outright (SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, pidAlive } from '../../scripts/db/embedded'
import { ensureProductionBuild, projectDir } from '../../scripts/productionBuild'

export { projectDir }
export const artifactsDir = path.join(projectDir, 'artifacts')
const logsDir = path.join(artifactsDir, 'browser')

const STOP_GRACE_MS = 10_000

export type RunningServer = {
  baseURL: string
  pid: number
  watchdog: number | undefined
  log: string
  stopped?: boolean
}

/** Whether any process of the group is still there (signal 0 to the group). */
const groupAlive = (pgid: number): boolean => pidAlive(-pgid)

const signalGroup = (pgid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

export const logTail = (log: string, lines = 60): string => {
  try {
    return fs.readFileSync(log, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no server log)'
  }
}

/**
 * The environment of a child: this run's database, no Jest variables, no Next telemetry (no network
 * beyond localhost).
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.NODE_ENV // Jest sets `test`
  delete env.LOG_LEVEL
  delete env.OIT_JOBS_IN_APP // the tests' own setting: the server under test runs its jobs, as installs do
  for (const key of Object.keys(env)) if (key.startsWith('JEST_')) delete env[key]
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    BROWSER: 'none',
    ...extra,
  } as unknown as NodeJS.ProcessEnv
}

/** Stops the server's process group: TERM, then KILL whatever is left after a grace period. */
export async function stopServer(server: RunningServer): Promise<void> {
  if (server.stopped) return
  server.stopped = true
  if (server.watchdog) signalGroup(server.watchdog, 'SIGKILL')
  if (!groupAlive(server.pid)) return
  signalGroup(server.pid, 'SIGTERM')
  const deadline = Date.now() + STOP_GRACE_MS
  while (groupAlive(server.pid) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200))
  if (groupAlive(server.pid)) signalGroup(server.pid, 'SIGKILL')
}

/** Synchronous last resort, for `process.on('exit')` and signal handlers. */
function killNow(server: RunningServer): void {
  if (server.stopped) return
  server.stopped = true
  if (server.watchdog) signalGroup(server.watchdog, 'SIGKILL')
  signalGroup(server.pid, 'SIGKILL')
}

/**
 * A detached shell that waits for the Jest process to disappear and then stops the server group.
 * Normal runs kill it in stopServer(); it only acts if Jest dies without teardown.
 */
function startWatchdog(serverPgid: number): number | undefined {
  // POSIX sh (dash): `kill -SIG -PGID` signals the group; dash's kill does not accept `--`.
  const script = `
    while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done
    kill -TERM -${serverPgid} 2>/dev/null || exit 0
    sleep 5
    kill -KILL -${serverPgid} 2>/dev/null
    exit 0`
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' })
  watchdog.unref()
  return watchdog.pid
}

/** Runs a project script to completion (migrate, seed), its output in `log`. */
async function runScript(name: string, script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const log = path.join(logsDir, `${name}.log`)
  const fd = fs.openSync(log, 'w')
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectDir, script)], {
    cwd: projectDir,
    env,
    stdio: ['ignore', fd, fd],
  })
  fs.closeSync(fd)
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(127))
    child.once('exit', (exitCode) => resolve(exitCode))
  })
  if (code !== 0)
    throw new Error(`${script} failed (exit ${code})\n--- ${log} ---\n${logTail(log)}`)
}

async function waitUntilReady(
  server: RunningServer,
  child: ChildProcess,
  readyTimeoutMs: number,
  ready: string,
): Promise<void> {
  const started = Date.now()
  let exited: string | null = null
  child.once('exit', (code, signal) => {
    exited = `exited with ${code ?? signal}`
  })
  let last = 'no answer yet'
  while (Date.now() - started < readyTimeoutMs && !exited) {
    try {
      const response = await fetch(`${server.baseURL}${ready}`, {
        signal: AbortSignal.timeout(120_000),
      })
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(
    `the server ${exited ?? `was not ready after ${readyTimeoutMs / 1000}s (last: ${last})`}\n--- ${server.log} ---\n${logTail(server.log)}`,
  )
}

/**
 * Starts `command` (its own process group, its output in `name`.log) and waits for `ready` to
 * answer 200.
 */
async function launch(
  name: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyTimeoutMs: number,
  ready: string,
): Promise<RunningServer> {
  const log = path.join(logsDir, `${name}.log`)
  const fd = fs.openSync(log, 'w')
  const child = spawn(command[0]!, command.slice(1), {
    cwd: projectDir,
    detached: true,
    env,
    stdio: ['ignore', fd, fd],
  })
  fs.closeSync(fd)
  if (!child.pid) throw new Error(`could not start ${command.join(' ')}`)
  const server: RunningServer = {
    baseURL: `http://127.0.0.1:${port}`,
    pid: child.pid,
    watchdog: startWatchdog(child.pid),
    log,
  }
  process.once('exit', () => killNow(server))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killNow(server)
      process.kill(process.pid, signal)
    })
  }
  try {
    await waitUntilReady(server, child, readyTimeoutMs, ready)
  } catch (err) {
    await stopServer(server)
    throw err
  }
  return server
}

export type Timings = Record<string, number>

/**
 * The production app on this run's database: builds if needed, migrates and seeds (the demo data
 * production never seeds by itself), then starts `npm start`'s server.ts. `OIT_PUBLIC_URL` is the
 * server's own address, so that absolute links (canonical, sitemap, feeds) can be followed.
 */
export async function startProductionServer(timings: Timings): Promise<RunningServer> {
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_URL is unset: run the browser tests with `npm run test:browser`')
  fs.mkdirSync(logsDir, { recursive: true })
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const env = childEnv({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    OIT_PUBLIC_URL: baseURL,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    LOG_LEVEL: 'warn',
  })

  let started = Date.now()
  timings.build = await ensureProductionBuild(env)
  started = Date.now()
  await runScript('migrate', 'scripts/migrate.ts', env)
  await runScript('seed', 'seed/run.ts', env)
  timings.database = (Date.now() - started) / 1000

  started = Date.now()
  const server = await launch(
    'production-server',
    [process.execPath, '--import', 'tsx', path.join(projectDir, 'server.ts')],
    env,
    port,
    120_000,
    '/api/units?limit=1',
  )
  timings.start = (Date.now() - started) / 1000
  console.log(
    `[browser] production server on ${baseURL}: build ${timings.build.toFixed(0)} s, migrate and seed ${timings.database.toFixed(0)} s, start ${timings.start.toFixed(1)} s (log: ${path.relative(projectDir, server.log)})`,
  )
  return server
}

/**
 * The README's `npm run dev` (schema push, demo seed, `next dev`) on a database of its own
 * (`databaseUrl`, `uploadsDir`), at a free port. `next dev` compiles each route on its first
 * request: minutes on
 * two cores.
 */
export async function startDevServer(
  databaseUrl: string,
  uploadsDir: string,
): Promise<RunningServer> {
  fs.mkdirSync(logsDir, { recursive: true })
  const port = await freePort()
  const env = childEnv({ DATABASE_URL: databaseUrl, OIT_UPLOADS_DIR: uploadsDir })
  return launch(
    'next-dev',
    ['npm', 'run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'],
    env,
    port,
    10 * 60_000,
    '/api/units?limit=1',
  )
}
