/**
 * `npm run build:plugin`: the plugin as a package in `dist/` (what `npm pack` ships and
 * package.json's
 * `exports` name): each source file compiled by SWC with its relative imports written out in full
 * (`./plugin.js`), as Node's ESM needs, then the type declarations by `tsc`. The Next app itself
 * (`src/app`, the proxy, the migrations of this repository's database) stays out.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { transformFile } from '@swc/core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, 'src')
const dist = path.join(root, 'dist')

/** Not part of the package: the host app's own files. */
const excluded = /^(?:app|migrations)\/|^(?:proxy|instrumentation)\.ts$|\.d\.ts$/

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? sources(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    ),
  )
  return nested
    .flat()
    .filter(
      (file) =>
        /\.tsx?$/.test(file) && !excluded.test(path.relative(src, file).split(path.sep).join('/')),
    )
}

const started = Date.now()
await rm(dist, { recursive: true, force: true })
const files = await sources(src)
for (const file of files) {
  const { code } = await transformFile(file, {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', tsx: file.endsWith('.tsx') },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
      baseUrl: root,
    },
    module: { type: 'es6', resolveFully: true },
  })
  const out = path.join(dist, path.relative(src, file)).replace(/\.tsx?$/, '.js')
  await mkdir(path.dirname(out), { recursive: true })
  await writeFile(out, code)
}
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    path.join(root, 'tsconfig.build.json'),
  ],
  { stdio: 'inherit' },
)
console.log(
  `[build:plugin] ${files.length} files compiled to dist/ with declarations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
