/**
 * ESLint: Payload's own config (`@payloadcms/eslint-config`, what Payload's packages are linted with),
 * type-aware, with these differences:
 * - perfectionist's sorting is off: here the order of keys, entries and members is meaning (the
 *   checklist and menu order, sign and file-kind lists, Map/Set insertion order), not style;
 * - `curly` is off: a one-line guard (`if (!unit) return null`) is this code's idiom;
 * - scripts, benchmarks, tests and the seed talk to the console: that is their output;
 * - `require-await` is off: Payload hooks, adapters and Next's `generateStaticParams` are async by
 *   contract,
 *   whether or not a given one waits for something;
 * - formatting is Prettier's (`prettier.config.js`, width 100), checked by `npm run format:check`.
 */
import payloadEsLintConfig from '@payloadcms/eslint-config'

const perfectionistOff = Object.fromEntries(
  payloadEsLintConfig
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith('perfectionist/'))
    .map((rule) => [rule, 'off']),
)

/** @type {import('eslint').Linter.Config[]} */
export default [
  {
    ignores: [
      '.next/',
      'dist/',
      'node_modules/',
      '.data/',
      'artifacts/',
      'test-results/',
      'src/payload-types.ts',
      'src/migrations/',
      'src/app/(payload)/admin/importMap.js',
      'test/plugin-host/importMap.js',
      'test/plugin-host/.tarball/',
      'next-env.d.ts',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  ...payloadEsLintConfig,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: { ...perfectionistOff, curly: 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'seed/**', 'server.ts'],
    rules: { 'no-console': 'off' },
  },
  // Next's pages, layouts and routes, and the tools' configs, are default exports by contract.
  {
    files: ['src/app/**', '*.config.ts', 'src/proxy.ts', 'src/instrumentation.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
]
