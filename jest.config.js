/** Jest runs the TypeScript sources as native ESM (Payload is ESM-only), transpiled by SWC. */
/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/helpers/emptyModule.js',
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^police-oit$': '<rootDir>/src/index.ts',
    '^police-oit/(client|rsc)$': '<rootDir>/src/exports/$1.ts',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  setupFiles: ['<rootDir>/test/helpers/env.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
}
export default config
