import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDirOf } from './dataDir'

export const missingSecretMessage =
  'PAYLOAD_SECRET is not set. In production set it to a long random string (e.g. `openssl rand -hex 32`) ' +
  'and keep it stable: it signs logins and encrypts tokens.'

/**
 * `PAYLOAD_SECRET` from the environment; in development one is generated once and kept in
 * the data folder (`.data/payload-secret`) so logins survive restarts. Production refuses to start
 * without it.
 */
export function resolvePayloadSecret(
  projectDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') throw new Error(missingSecretMessage)
  const file = path.join(dataDirOf(projectDir, env), 'payload-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  return fs.readFileSync(file, 'utf8').trim()
}
