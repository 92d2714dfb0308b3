import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { pidAlive } from '../scripts/db/embedded'

/**
 * The embedded PostgreSQL lifecycle of `scripts/with-db.ts`, in a data folder of its own: started
 * on
 * a free port, stopped cleanly on Ctrl-C, and a server orphaned by a killed run is adopted and
 * stopped.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-embedded-'))
fs.chmodSync(dataDir, 0o755) // as root the server runs as `postgres`, which must reach it
const pgData = path.join(dataDir, 'postgres')
const { DATABASE_URL: _testDatabase, ...inherited } = process.env
const env = { ...inherited, OIT_DATA_DIR: dataDir } // no DATABASE_URL: the embedded default

// The command run inside the wrapper: keeps a row in a table, says "ready", then waits to be
// stopped.
const client = `
const pg = require('pg');
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query('CREATE TABLE IF NOT EXISTS marks (n int)');
  await c.query('INSERT INTO marks VALUES (1)');
  const { rows } = await c.query('SELECT count(*)::int AS n FROM marks');
  console.log('ready ' + new URL(process.env.DATABASE_URL).port + ' ' + rows[0].n);
  if (process.argv[1] === 'once') { await c.end(); return; }
  setInterval(() => {}, 1000);
})();
`

function runWrapper(mode: 'wait' | 'once'): {
  child: ChildProcess
  ready: Promise<{ port: number; rows: number }>
  exit: Promise<number | null>
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-db.ts', '--', process.execPath, '-e', client, mode],
    {
      detached: true, // its own process group, so the test can send a terminal-style Ctrl-C
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const ready = new Promise<{ port: number; rows: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /ready (\d+) (\d+)/.exec(output)
      if (match) resolve({ port: Number(match[1]), rows: Number(match[2]) })
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', () => reject(new Error(`wrapper exited before ready:\n${output}`)))
  })
  ready.catch(() => {})
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, ready, exit }
}

const serverPid = (): number | null => {
  const file = path.join(pgData, 'postmaster.pid')
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null
}
const alive = (pid: number | null) => pid != null && pidAlive(pid)

afterAll(() => {
  const pid = serverPid()
  if (alive(pid)) process.kill(pid!, 'SIGINT')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  it('starts on a free port other than 5432 and stops cleanly on Ctrl-C, keeping the data', async () => {
    const first = runWrapper('wait')
    const { port, rows } = await first.ready
    expect(port).not.toBe(5432)
    expect(rows).toBe(1)
    const pid = serverPid()
    expect(alive(pid)).toBe(true)

    process.kill(-first.child.pid!, 'SIGINT') // what Ctrl-C in a terminal does: the whole group
    await first.exit
    expect(alive(pid)).toBe(false)
    expect(fs.existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false)

    const second = runWrapper('once')
    expect((await second.ready).rows).toBe(2)
    expect(await second.exit).toBe(0)
    const log = fs.readFileSync(path.join(dataDir, 'postgres.log'), 'utf8')
    expect(log).not.toMatch(/automatic recovery|not properly shut down|was interrupted/)
    expect(alive(serverPid())).toBe(false)
  })

  it('adopts and stops a server orphaned by a killed run', async () => {
    const killed = runWrapper('wait')
    await killed.ready
    const orphan = serverPid()
    process.kill(killed.child.pid!, 'SIGKILL')
    await killed.exit
    expect(alive(orphan)).toBe(true) // the postmaster survives its owner…

    const next = runWrapper('once')
    expect((await next.ready).rows).toBe(4)
    expect(await next.exit).toBe(0)
    expect(alive(orphan)).toBe(false) // …until the next run adopts it and stops it on exit
    expect(alive(serverPid())).toBe(false)
  })
})
