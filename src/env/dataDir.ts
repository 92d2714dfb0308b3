import path from 'node:path'

/**
 * Local state (embedded database, development secret): `.data/` in the checkout unless
 * `OIT_DATA_DIR` says otherwise.
 */
export const dataDirOf = (projectDir: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.OIT_DATA_DIR ? path.resolve(env.OIT_DATA_DIR) : path.join(projectDir, '.data')
