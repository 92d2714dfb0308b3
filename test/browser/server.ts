/**
 * The Next app under test: `next dev` on a free port of 127.0.0.1, in a process group of its own
 * so that the whole tree (the `next` CLI and the `next-server` it forks) can be stopped at once.
 *
 * No orphan is left behind: globalTeardown stops it; an exit or a signal of the Jest process
 * stops it; and a detached watchdog stops it should Jest itself be killed outright (SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort, pidAlive } from '../../scripts/db/embedded'

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const artifactsDir = path.join(projectDir, 'artifacts')
export const serverLog = path.join(artifactsDir, 'browser', 'next-dev.log')

/** How long the first compile and Payload's first init (schema push, seed) may take. */
const READY_TIMEOUT_MS = 10 * 60_000
const STOP_GRACE_MS = 10_000
/** Next 16 allows one `next dev` per checkout (.next/dev/lock). */
const ANOTHER_SERVER = 'Another next dev server is already running'

export type RunningServer = { baseURL: string; pid: number; watchdog: number | undefined; stopped?: boolean }

const alive = (pid: number): boolean => pidAlive(pid)

/** Whether any process of the group is still there (signal 0 to the group). */
const groupAlive = (pgid: number): boolean => alive(-pgid)

const signalGroup = (pgid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

const logTail = (lines = 60): string => {
  try {
    return fs.readFileSync(serverLog, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no server log)'
  }
}

/** The environment of the server: the database of this run, no Next telemetry (no network beyond localhost). */
function serverEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env }
  // Jest sets NODE_ENV=test; `next dev` must run as development (schema push, demo seed).
  delete env.NODE_ENV
  for (const key of Object.keys(env)) if (key.startsWith('JEST_')) delete env[key]
  env.NEXT_TELEMETRY_DISABLED = '1'
  env.BROWSER = 'none'
  return env
}

/** Stops the server's process group: TERM, then KILL whatever is left after a grace period. */
export async function stopServer(server: RunningServer): Promise<void> {
  if (server.stopped) return
  server.stopped = true
  if (server.watchdog) signalGroup(server.watchdog, 'SIGKILL')
  if (!groupAlive(server.pid)) return
  signalGroup(server.pid, 'SIGTERM')
  const deadline = Date.now() + STOP_GRACE_MS
  while (groupAlive(server.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
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
 * A detached shell that waits for the Jest process to disappear and then stops
 * the server group. Normal runs kill it in stopServer(); it only acts if Jest dies without teardown.
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

async function waitUntilReady(baseURL: string, child: ChildProcess): Promise<void> {
  const started = Date.now()
  let exited: string | null = null
  child.once('exit', (code, signal) => {
    exited = `exited with ${code ?? signal}`
  })
  let last = 'no answer yet'
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited || logTail(20).includes(ANOTHER_SERVER)) break
    try {
      const response = await fetch(`${baseURL}/api/units?limit=1`, { signal: AbortSignal.timeout(120_000) })
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  const reason = logTail().includes(ANOTHER_SERVER)
    ? 'refused to start: another `next dev` is running in this checkout (stop `npm run dev` first)'
    : (exited ?? `not ready after ${READY_TIMEOUT_MS / 1000}s (last: ${last})`)
  throw new Error(`next dev ${reason}\n--- ${serverLog} ---\n${logTail()}`)
}

export async function startServer(): Promise<RunningServer> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is unset: run the browser tests with `npm run test:browser`')
  fs.mkdirSync(path.dirname(serverLog), { recursive: true })
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const log = fs.openSync(serverLog, 'w')
  const child = spawn(process.execPath, [path.join(projectDir, 'node_modules/next/dist/bin/next'), 'dev', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectDir,
    detached: true, // its own process group, so that the whole tree can be signalled
    env: serverEnv() as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  if (!child.pid) throw new Error('could not start next dev')
  const server: RunningServer = { baseURL, pid: child.pid, watchdog: startWatchdog(child.pid) }

  process.once('exit', () => killNow(server))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killNow(server)
      process.kill(process.pid, signal)
    })
  }

  const started = Date.now()
  try {
    await waitUntilReady(baseURL, child)
  } catch (err) {
    await stopServer(server)
    throw err
  }
  // `next dev` compiles a route on its first request, which can outlast a test's 30 s page timeout
  // on two cores while the app's job runner renders the demo's files: compile the main ones first.
  for (const route of ['/admin/login', '/u/mueang-ranong']) {
    await fetch(`${baseURL}${route}`, { signal: AbortSignal.timeout(240_000) }).catch(() => undefined)
  }
  console.log(`[browser] next dev ready on ${baseURL} after ${((Date.now() - started) / 1000).toFixed(1)}s (log: ${path.relative(projectDir, serverLog)})`)
  return server
}
