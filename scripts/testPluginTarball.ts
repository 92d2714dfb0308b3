/**
 * `npm run test:plugin-tarball`: the plugin-host test (test/pluginHost.test.ts) against the package
 * as a host gets it: `npm pack` (which builds dist/), the tarball unpacked as npm installs it into
 * `node_modules/police-oit` of a copy of the host app (its other dependencies resolve from this
 * repository's node_modules), then the same test with `police-oit` resolved to that install.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const host = path.join(root, 'test/plugin-host/.tarball')
const packed = await mkdtemp(path.join(os.tmpdir(), 'oit-pack-'))
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] }).toString()

try {
  // What `prepack` does, first: its output would mix with pack's JSON.
  process.stdout.write(run('npm', ['run', 'build:plugin', '--silent']))
  const [{ filename, size, entryCount }] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed]),
  ) as [{ filename: string; size: number; entryCount: number }]
  console.log(`[tarball] ${filename}: ${entryCount} files, ${(size / 1024).toFixed(0)} kB`)
  // Only the installed copy is left to load.
  await rm(path.join(root, 'dist'), { recursive: true, force: true })
  await rm(host, { recursive: true, force: true })
  await mkdir(path.join(host, 'node_modules'), { recursive: true })
  run('tar', ['-xzf', path.join(packed, filename), '-C', path.join(host, 'node_modules')])
  await rename(path.join(host, 'node_modules/package'), path.join(host, 'node_modules/police-oit'))
  // A package of its own, as every app is: otherwise `police-oit` would name this repository
  // itself.
  await writeFile(
    path.join(host, 'package.json'),
    JSON.stringify({ name: 'plugin-host', private: true, type: 'module' }),
  )
  await copyFile(
    path.join(root, 'test/plugin-host/payload.config.ts'),
    path.join(host, 'payload.config.ts'),
  )
  execFileSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '-c',
      'test/plugin-host/jest.tarball.config.js',
    ],
    {
      cwd: root,
      env: { ...process.env, OIT_PLUGIN_HOST_DIR: host },
      stdio: 'inherit',
    },
  )
} finally {
  await rm(packed, { recursive: true, force: true })
  await rm(host, { recursive: true, force: true })
}
