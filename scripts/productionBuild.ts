/**
 * The production build (`next build`) for the tools that run it (the browser tests, bench:pages):
 * built when missing or older than anything it is made from, else reused.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const nextBin = path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next')

const SOURCES = [
  'src',
  'seed',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
]

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))))
}

/**
 * A build older than anything it is made from (app, seed, config, locked dependencies) is stale.
 */
export function buildIsStale(): boolean {
  const buildId = path.join(projectDir, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  return (
    statSync(buildId).mtimeMs <
    Math.max(...SOURCES.map((source) => newestMtime(path.join(projectDir, source))))
  )
}

/**
 * Runs `next build` as production builds it (NODE_ENV=production, against `DATABASE_URL`) unless
 * the build is up to date; resolves to the seconds it took (0 when reused).
 */
export async function ensureProductionBuild(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.log,
): Promise<number> {
  if (!buildIsStale()) {
    log('[build] the production build is up to date')
    return 0
  }
  log('[build] next build (the build is missing or older than the sources)…')
  const started = Date.now()
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: projectDir,
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(127))
    child.once('exit', (exitCode) => resolve(exitCode))
  })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  const seconds = (Date.now() - started) / 1000
  log(`[build] built in ${seconds.toFixed(0)} s`)
  return seconds
}
