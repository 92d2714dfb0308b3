/**
 * `npm run bench:pages`: the public OIT hub of the demo station, /u/mueang-ranong/oit/2568, served
 * by
 * the production build, next to nginx serving a saved copy of the same HTML, measured one after the
 * other on loopback in the same run with autocannon. Two app servers are measured: the production
 * server (`npm start`: server.ts, Next's handler behind the public-page cache) and bare `next
 * start`.
 * Target: the production server ≥ 30 % of the requests/s of nginx with one worker (one process
 * against one process). The figures are printed; the exit code is 0 whether the target is met or
 * not (1 only when the bench cannot run).
 *
 *   npm run bench:pages [-- --no-build] [--connections 50] [--duration 10] [--warmup 200]
 *   (or BENCH_CONNECTIONS, BENCH_DURATION, BENCH_WARMUP; NGINX=/path/to/nginx)
 *
 * Runs under scripts/with-db.ts --fresh: a throw-away database, migrated and seeded here the way a
 * production install is (`next start` is production, and production never seeds demo data on
 * start).
 */
import {
  execFileSync,
  spawn,
  spawnSync,
  type ChildProcess,
  type StdioOptions,
} from 'node:child_process'
import crypto from 'node:crypto'
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { freePort } from '../scripts/db/embedded'
import { ensureProductionBuild, nextBin, projectDir } from '../scripts/productionBuild'

const HUB = '/u/mueang-ranong/oit/2568'
const HUB_ROUTE = '/site/[unit]/[locale]/oit/[fiscalYear]'
const TARGET = 0.3
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx'

const { values: flags } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? '50' },
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '10' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '200' },
  },
})
const connections = Number(flags.connections)
const duration = Number(flags.duration)
const warmupRequests = Number(flags.warmup)

const tmp = mkdtempSync(path.join(os.tmpdir(), 'oit-bench-pages-'))
// Production refuses to start without a secret; nothing signed here outlives the run.
const secret = crypto.randomBytes(32).toString('hex')
const productionEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: secret,
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
  // The seed queues companion-file jobs; run in the server they would take CPU from the page
  // measured.
  OIT_JOBS_IN_APP: 'false',
}

// ---------------------------------------------------------------------------------------------
// Child processes: each in its own process group (so a Ctrl-C reaches us, and we stop whole trees).

const children = new Set<ChildProcess>()

type Started = { child: ChildProcess; log: string }

function start(
  name: string,
  command: string,
  args: string[],
  options: { inherit?: boolean; env?: Record<string, string> } = {},
): Started {
  const log = path.join(tmp, `${name}.log`)
  const fd = options.inherit ? null : openSync(log, 'a')
  const stdio: StdioOptions = fd === null ? 'inherit' : ['ignore', fd, fd]
  const child = spawn(command, args, {
    cwd: projectDir,
    env: { ...productionEnv, ...options.env },
    detached: true,
    stdio,
  })
  if (fd !== null) closeSync(fd)
  children.add(child)
  child.once('exit', () => children.delete(child))
  return { child, log }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

const tail = (log: string) =>
  existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : ''

/** Runs a command to completion; throws with the end of its log if it fails. */
async function run(
  name: string,
  command: string,
  args: string[],
  options: { inherit?: boolean } = {},
): Promise<void> {
  const { child, log } = start(name, command, args, options)
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(127))
    child.once('exit', (exitCode) => resolve(exitCode))
  })
  if (code !== 0) throw new Error(`${name} failed (exit ${code})\n${tail(log)}`)
}

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

/** Asks a process tree to stop, and kills it if it has not within 5 s. */
async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (exited(child)) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  killGroup(child, signal)
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000)
  await gone
  clearTimeout(timer)
}

const stopAll = () => Promise.all([...children].map((child) => stop(child)))

// Last resort when exiting by another path: no tree may outlive the bench.
process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL')
  rmSync(tmp, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: stopping the servers`)
    void stopAll().finally(() => process.exit(130))
  })
}

// ---------------------------------------------------------------------------------------------
// Preparation: database, servers.

const tsxScript = (script: string) => ['--import', 'tsx', path.join(projectDir, script)]

/**
 * How `next build` renders the hub route, from its prerender manifest (the ƒ / ● / ○ of the route
 * table).
 */
function renderModeOfHub(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectDir, '.next', 'prerender-manifest.json'), 'utf8'),
  ) as {
    routes: Record<string, unknown>
    dynamicRoutes: Record<string, unknown>
  }
  if (HUB in manifest.routes) return '○/● prerendered at build time'
  if (HUB_ROUTE in manifest.dynamicRoutes) return '● static params, rendered once then cached (ISR)'
  return 'ƒ dynamic: rendered on every request'
}

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** Polls until the URL answers 200; fails early if the server died. */
async function waitFor200(url: string, server: Started, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    if (exited(server.child))
      throw new Error(`the server exited before answering ${url}\n${tail(server.log)}`)
    const status = await get(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    if (status !== 0 && status !== 503)
      throw new Error(`${url} answered ${status}\n${tail(server.log)}`)
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer 200 within ${seconds} s\n${tail(server.log)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Warm-up: code paths compiled by V8, caches and database connections in use, as in a running
 * server.
 */
async function warmUp(url: string, requests: number): Promise<void> {
  let failed = 0
  const worker = async (count: number) => {
    for (let i = 0; i < count; i++) if ((await get(url)).status !== 200) failed++
  }
  await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      worker(Math.floor(requests / 10) + (i < requests % 10 ? 1 : 0)),
    ),
  )
  if (failed)
    throw new Error(`warm-up: ${failed} of ${requests} requests to ${url} did not answer 200`)
}

type AppServer = 'server.ts' | 'next start'

async function startApp(kind: AppServer): Promise<{ server: Started; url: string }> {
  const port = await freePort()
  const server =
    kind === 'next start'
      ? start('next', process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'])
      : start('server', process.execPath, tsxScript('server.ts'), {
          env: { PORT: String(port), HOSTNAME: '127.0.0.1' },
        })
  const url = `http://127.0.0.1:${port}${HUB}`
  await waitFor200(url, server, 120)
  return { server, url }
}

/**
 * nginx serving the saved HTML under the same path, with the content type Next sends. A fair static
 * setup: sendfile, no access log (Next logs no requests either), keep-alive without a request cap
 * (Node's server has none; nginx's default 1000 would make autocannon reconnect), no gzip
 * (autocannon
 * asks for none, so Next sends none).
 */
function nginxConfig(workers: '1' | 'auto', port: number, root: string): string {
  const prefix = path.join(tmp, 'nginx')
  return `
worker_processes ${workers};
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { }
  default_type "text/html; charset=utf-8";
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location = ${HUB} { }
  }
}
`
}

async function startNginx(
  workers: '1' | 'auto',
  root: string,
): Promise<{ server: Started; url: string }> {
  const port = await freePort()
  const prefix = path.join(tmp, 'nginx')
  mkdirSync(prefix, { recursive: true })
  const config = path.join(prefix, `nginx-${workers}.conf`)
  writeFileSync(config, nginxConfig(workers, port, root))
  // -e: the compiled-in error log (/var/log/nginx) is never opened.
  const server = start(`nginx-${workers}`, NGINX, [
    '-p',
    prefix,
    '-c',
    config,
    '-e',
    path.join(prefix, 'error.log'),
  ])
  const url = `http://127.0.0.1:${port}${HUB}`
  await waitFor200(url, server, 10)
  return { server, url }
}

// ---------------------------------------------------------------------------------------------
// Measurement.

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** CPU seconds used so far by a process and its descendants (Next may fork; nginx has workers). */
function treeCpuSeconds(rootPid: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')
      stats.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (pid > 1 && stats.has(pid) && inTree(stats.get(pid)!.parent))
  let ticks = 0
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks
  return ticks / ticksPerSecond
}

/** Busy and total CPU time of the whole machine, from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const values = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  const total = values.reduce((sum, value) => sum + value, 0)
  return { busy: total - values[3]! - (values[4] ?? 0), total }
}

/** Share of the machine's CPU busy over a second. */
async function machineBusy(): Promise<number> {
  const before = machineTicks()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const after = machineTicks()
  return (after.busy - before.busy) / (after.total - before.total)
}

/**
 * Other work (PostgreSQL's autovacuum after the seed, another program) would lower the figures:
 * wait up to 30 s for a quiet machine, and say so if it never was.
 */
async function waitForQuietMachine(name: string): Promise<void> {
  let busy = 1
  for (let second = 0; second < 30 && busy > 0.1; second++) busy = await machineBusy()
  if (busy > 0.1)
    console.log(
      `WARNING before ${name}: ${(busy * 100).toFixed(0)} % of the machine's CPU busy with other work; the figures may be low`,
    )
}

type Measured = {
  name: string
  result: autocannon.Result
  bytesPerResponse: number
  serverCpu: number
  loadCpu: number
  machineCpu: number
}

async function measure(
  name: string,
  url: string,
  server: Started,
  html: string,
): Promise<Measured> {
  await waitForQuietMachine(name)
  const serverBefore = treeCpuSeconds(server.child.pid!)
  const loadBefore = process.cpuUsage()
  const machineBefore = machineTicks()
  const result = await autocannon({
    url,
    connections,
    duration,
    // The body arrives as text decoded chunk by chunk, so a Thai character split between two chunks
    // may decode differently: compare sizes within 1 %, not byte for byte.
    verifyBody: (body) => Math.abs(String(body ?? '').length - html.length) <= html.length * 0.01,
  })
  const load = process.cpuUsage(loadBefore)
  const machineAfter = machineTicks()
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000
  return {
    name,
    result,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    serverCpu: (treeCpuSeconds(server.child.pid!) - serverBefore) / seconds,
    loadCpu: (load.user + load.system) / 1e6 / seconds,
    machineCpu:
      (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

// autocannon's latency histogram counts whole milliseconds: percentiles are integers, the mean is
// not.
const ms = (value: number, digits = 0) => value.toFixed(digits).padStart(7)
const percent = (value: number) => `${(value * 100).toFixed(0)} %`.padStart(6)

function printTable(rows: Measured[]): void {
  const header =
    'server'.padEnd(40) +
    '   req/s    p50 ms  p97.5 ms   p99 ms  mean ms  non-2xx errors body≠  bytes/resp  server CPU  CPU ms/req  autocannon CPU  machine CPU'
  console.log(header)
  for (const row of rows) {
    const { result } = row
    console.log(
      row.name.padEnd(40) +
        result.requests.average.toFixed(0).padStart(8) +
        ms(result.latency.p50).padStart(10) +
        ms(result.latency.p97_5).padStart(10) +
        ms(result.latency.p99).padStart(9) +
        ms(result.latency.mean, 1).padStart(9) +
        String(result.non2xx).padStart(9) +
        String(result.errors).padStart(7) +
        String(result.mismatches).padStart(6) +
        row.bytesPerResponse.toFixed(0).padStart(12) +
        percent(row.serverCpu).padStart(12) +
        (result.requests.average
          ? ((row.serverCpu * 1000) / result.requests.average).toFixed(2)
          : '-'
        ).padStart(12) +
        percent(row.loadCpu).padStart(16) +
        percent(row.machineCpu).padStart(13),
    )
  }
}

function printVerdict(
  app: Measured,
  nextAlone: Measured,
  nginx1: Measured,
  nginxAuto: Measured,
  autoWorkers: number,
): void {
  const ratio = (row: Measured, nginx: Measured) =>
    `${((row.result.requests.average / nginx.result.requests.average) * 100).toFixed(1).padStart(5)} %`
  const met = app.result.requests.average / nginx1.result.requests.average >= TARGET
  console.log()
  console.log(
    `Production server / nginx (worker_processes 1, one process against one)   ${ratio(app, nginx1)}   target ≥ ${TARGET * 100} %: ${met ? 'PASS' : 'BELOW TARGET'}`,
  )
  console.log(
    `Bare next start / nginx (worker_processes 1, for information)              ${ratio(nextAlone, nginx1)}`,
  )
  console.log(
    `Production server / nginx (worker_processes auto = ${autoWorkers}, for information)    ${ratio(app, nginxAuto)}`,
  )
  for (const row of [app, nginx1, nginxAuto].filter((row) => row.loadCpu >= 0.9))
    console.log(
      `NOTE ${row.name}: autocannon used a whole core, so this is the load generator's ceiling, a lower bound for the server ` +
        '(the ratio may flatter the slower server; "CPU ms/req" compares the servers without that ceiling)',
    )
  const problems = [app, nextAlone, nginx1, nginxAuto].filter(
    (row) => row.result.non2xx || row.result.errors || row.result.mismatches,
  )
  for (const row of problems)
    console.log(
      `WARNING ${row.name}: ${row.result.non2xx} non-2xx, ${row.result.errors} errors (${row.result.timeouts} timeouts), ` +
        `${row.result.mismatches} bodies not the saved HTML's size`,
    )
}

// ---------------------------------------------------------------------------------------------

function checkPrerequisites(): void {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is needed as the baseline and ${NGINX} is missing.\n` +
        '  Debian/Ubuntu: sudo apt-get install -y nginx-light   (or: nginx)\n' +
        '  Elsewhere: install nginx and run with NGINX=/path/to/nginx',
    )
  }
  if (!process.env.DATABASE_URL)
    throw new Error(
      'DATABASE_URL is not set: run `npm run bench:pages` (scripts/with-db.ts provides the database).',
    )
  for (const [name, value] of [
    ['connections', connections],
    ['duration', duration],
    ['warmup', warmupRequests],
  ] as const)
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive integer`)
}

async function main(): Promise<void> {
  checkPrerequisites()
  // `nginx -v` prints "nginx version: nginx/1.22.1" on stderr.
  const nginxVersion = spawnSync(NGINX, ['-v'], { encoding: 'utf8' })
    .stderr.trim()
    .replace(/^nginx version: /, '')

  if (flags['no-build']) {
    if (!existsSync(path.join(projectDir, '.next', 'BUILD_ID')))
      throw new Error('--no-build, but there is no build (.next/BUILD_ID)')
    console.log('[bench] --no-build: using the existing production build')
  } else {
    await ensureProductionBuild(productionEnv, (line) =>
      console.log(line.replace('[build]', '[bench]')),
    )
  }

  console.log('[bench] database: committed migrations, then the demo seed…')
  let started = Date.now()
  await run('migrate', process.execPath, tsxScript('scripts/migrate.ts'))
  await run('seed', process.execPath, tsxScript('seed/run.ts'))
  console.log(`[bench] database ready in ${((Date.now() - started) / 1000).toFixed(0)} s`)

  started = Date.now()
  const next = await startApp('next start')
  console.log(
    `[bench] next start answered 200 after ${((Date.now() - started) / 1000).toFixed(1)} s; warming up (${warmupRequests} requests)…`,
  )
  await warmUp(next.url, warmupRequests)
  const saved = await get(next.url)
  const again = await get(next.url)
  const root = path.join(tmp, 'html')
  const file = path.join(root, HUB)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, saved.body)
  // nginx's workers may run as another user (nobody, www-data) when started as root.
  chmodSync(tmp, 0o755)
  for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir))
    chmodSync(dir, 0o755)
  chmodSync(file, 0o644)

  const htmlBytes = Buffer.byteLength(saved.body)
  const autoWorkers = os.availableParallelism()
  console.log()
  console.log(`Hub page ${HUB}: production build, ${renderModeOfHub()}`)
  console.log(
    `  HTML ${htmlBytes} bytes (a second request: ${Buffer.byteLength(again.body)} bytes, ${again.body === saved.body ? 'identical' : 'different'}); Next sends Cache-Control: ${saved.headers.get('cache-control') ?? '(none)'}`,
  )
  console.log(
    `  autocannon ${connections} connections, ${duration} s per server, one server after the other, loopback, no compression`,
  )
  console.log(
    `  machine: ${autoWorkers} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), shared by the server, autocannon and (for Next) PostgreSQL`,
  )
  console.log(
    `  nginx worker_processes 1 is the target's baseline: one nginx process against the app's one Node process;`,
  )
  console.log(
    `  worker_processes auto (${autoWorkers}) is shown too, as nginx would usually be run.`,
  )
  console.log()

  const nextAlone = await measure(
    'bare next start (one Node process)',
    next.url,
    next.server,
    saved.body,
  )
  await stop(next.server.child)

  const app = await startApp('server.ts')
  await warmUp(app.url, warmupRequests)
  const served = await get(app.url)
  if (Math.abs(served.body.length - saved.body.length) > saved.body.length * 0.01)
    throw new Error('the production server does not serve the hub page next start served')
  const production = await measure(
    'production server (npm start: server.ts)',
    app.url,
    app.server,
    saved.body,
  )
  await stop(app.server.child)

  const rows = [production, nextAlone]
  for (const workers of ['1', 'auto'] as const) {
    const nginx = await startNginx(workers, root)
    const copy = await get(nginx.url)
    if (copy.body !== saved.body) throw new Error('nginx does not serve the saved HTML unchanged')
    if (copy.headers.get('content-type') !== 'text/html; charset=utf-8')
      throw new Error(`nginx sends Content-Type ${copy.headers.get('content-type')}`)
    await warmUp(nginx.url, warmupRequests)
    const label = `${nginxVersion}, worker_processes ${workers === '1' ? '1' : `auto (${autoWorkers})`}`
    rows.push(await measure(label, nginx.url, nginx.server, saved.body))
    await stop(nginx.server.child, 'SIGQUIT')
  }

  printTable(rows)
  console.log(
    '(CPU: share of one core for the server and autocannon, of the whole machine for "machine"; Next\'s excludes PostgreSQL)',
  )
  printVerdict(production, nextAlone, rows[2]!, rows[3]!, autoWorkers)
}

main().then(
  async () => {
    await stopAll()
    process.exit(0)
  },
  async (err) => {
    console.error(`[bench] ${err instanceof Error ? err.message : err}`)
    await stopAll()
    process.exit(1)
  },
)
