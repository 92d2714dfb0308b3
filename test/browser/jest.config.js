/**
 * Browser tests (`npm run test:browser`): the real Next app (`next dev`, started once by
 * globalSetup on the throw-away database `scripts/with-db.ts --fresh` provides) driven by
 * Debian's Chromium through playwright-core. The root jest.config.js's SWC/ESM setup.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import base from '../../jest.config.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** @type {import('jest').Config} */
const config = {
  ...base,
  rootDir,
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: [],
  globalSetup: '<rootDir>/test/browser/globalSetup.ts',
  globalTeardown: '<rootDir>/test/browser/globalTeardown.ts',
  // The first request of each route compiles it (Turbopack): minutes on a 2-core machine.
  testTimeout: 300_000,
}
export default config
