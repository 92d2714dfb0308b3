import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { emailAdapter } from './src/email/adapter'
import { adminOrigins } from './src/env/adminOrigins'
import { dataDirOf } from './src/env/dataDir'
import { databasePoolOptions } from './src/env/databasePool'
import { resolvePayloadSecret } from './src/env/secret'
import { explainLinkErrors, safeLinks } from './src/fields/richTextLinks'
import { oitPlugin } from './src/index'
import { hostList } from './src/routing/publicAddresses'
import { refreshSitesOnChange } from './src/theme/revalidate'
import { seedOnInit } from './seed/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const production = process.env.NODE_ENV === 'production'

export default buildConfig({
  admin: {
    // Not Gravatar: it would send a hash of every officer's e-mail to a third party on each page.
    avatar: 'default',
    importMap: {
      baseDir: path.resolve(dirname, 'src'),
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    // The app's icon (src/app/icon.svg) instead of Payload's logo; Next adds src/app/favicon.ico
    // itself.
    meta: {
      titleSuffix: ' · police-oit',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
  },
  // Cookie-authenticated requests only from the admin's own origins (OIT_PUBLIC_URL,
  // OIT_MAIN_HOSTS).
  csrf: adminOrigins(),
  db: postgresAdapter({
    pool: databasePoolOptions(),
    // Development pushes the schema; production applies the committed migrations.
    push: !production,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  // Links in rich text only to the web, e-mail, phones and the site's own pages.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => safeLinks(defaultFeatures) }),
  hooks: { afterError: [explainLinkErrors] },
  email: emailAdapter(),
  i18n: {
    supportedLanguages: { th, en },
    fallbackLanguage: 'th',
    // Payload's Thai calls the content-language switch "ตำแหน่งที่ตั้ง" (a place); it is a
    // language.
    // A refusal mostly means fields not yet filled in, which "ไม่ถูกต้อง" (invalid) misnames.
    translations: {
      th: {
        general: { locale: 'ภาษาของเนื้อหา' },
        fields: { toggleBlock: 'เปิด/ปิดบล็อก' },
        error: {
          followingFieldsInvalid_one: 'ต้องกรอกหรือแก้ช่องต่อไปนี้ก่อน:',
          followingFieldsInvalid_other: 'ต้องกรอกหรือแก้ช่องต่อไปนี้ก่อน:',
        },
      },
    },
  },
  logger: {
    options: { level: process.env.LOG_LEVEL ?? 'info' },
    destination: defaultLoggerOptions,
  },
  // A refused login or action is the client's error, not the server's.
  loggingLevels: {
    AuthenticationError: 'info',
    Forbidden: 'info',
    LockedAuth: 'warn',
    ValidationError: 'info',
  },
  localization: {
    locales: [
      // Each language named in its own script, as language switchers do (Payload prints an
      // object label's code, "— th", beside localized fields).
      { code: 'th', label: 'ไทย' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'th',
    fallback: true,
  },
  onInit: seedOnInit,
  plugins: [
    oitPlugin({
      publicURL: process.env.OIT_PUBLIC_URL,
      uploadsDir: process.env.OIT_UPLOADS_DIR || path.join(dataDirOf(dirname), 'uploads'),
      // `false`: the queues are left to `npm run jobs` workers.
      jobs: {
        runInApp: process.env.OIT_JOBS_IN_APP !== 'false',
        leaseSeconds: Number(process.env.OIT_JOB_LEASE_SECONDS || 600),
      },
      egp: {
        feedURL: process.env.OIT_EGP_FEED_URL,
        types: hostList(process.env.OIT_EGP_TYPES),
        cron: process.env.OIT_EGP_CRON,
      },
      // The bundled theme's pages and page cache follow every change.
      onContentChange: refreshSitesOnChange,
    }),
  ],
  secret: resolvePayloadSecret(dirname),
  sharp,
  // No calls home: units' servers talk to nobody but their own users.
  telemetry: false,
  // The largest file any collection accepts (documents, 20 MB); each collection checks its own
  // limit.
  upload: {
    limits: { fileSize: 20 * 1024 * 1024 },
    responseOnLimit: 'ไฟล์ใหญ่เกิน 20 MB / The file is larger than 20 MB.',
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
