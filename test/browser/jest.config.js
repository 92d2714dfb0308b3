/**
 * Browser tests (`npm run test:browser`): the real Next app (`next dev`, started once by
 * globalSetup on the throw-away database `scripts/with-db.ts --fresh` provides) driven by
 * Debian's Chromium through playwright-core. Same SWC/ESM setup as the root jest.config.js.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** @type {import('jest').Config} */
const config = {
  rootDir,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  globalSetup: '<rootDir>/test/browser/globalSetup.ts',
  globalTeardown: '<rootDir>/test/browser/globalTeardown.ts',
  // The first request of each route compiles it (Turbopack): minutes on a 2-core machine.
  testTimeout: 300_000,
  maxWorkers: 1,
}
export default config
