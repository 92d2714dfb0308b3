import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { missingSecretMessage, resolvePayloadSecret } from '../../src/env/secret'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-secret-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('PAYLOAD_SECRET', () => {
  it('uses the environment when set', () => {
    expect(resolvePayloadSecret(dir, { NODE_ENV: 'production', PAYLOAD_SECRET: 'from-env' })).toBe(
      'from-env',
    )
  })

  it('refuses to start in production without it, saying what to do', () => {
    expect(() => resolvePayloadSecret(dir, { NODE_ENV: 'production' })).toThrow(
      missingSecretMessage,
    )
    expect(fs.existsSync(path.join(dir, '.data', 'payload-secret'))).toBe(false)
  })

  it('generates one in development, keeps it in the data folder and reuses it', () => {
    const first = resolvePayloadSecret(dir, { NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    const file = path.join(dir, '.data', 'payload-secret')
    expect(fs.readFileSync(file, 'utf8')).toBe(first)
    expect(fs.statSync(file).mode & 0o077).toBe(0)
    expect(resolvePayloadSecret(dir, { NODE_ENV: 'development' })).toBe(first)
  })
})
