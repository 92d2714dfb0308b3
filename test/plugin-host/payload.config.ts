/**
 * A foreign Payload app that adds police-oit with `oitPlugin({...})` alone: its own staff `users`
 * (with a field of its own), its own `media`, `pages` and `news` (as Payload's website template
 * has),
 * and its own job queue with a long task.
 * test/pluginHost.test.ts boots it on PostgreSQL.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type TaskConfig } from 'payload'

import { oitPlugin } from 'police-oit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** How often the host's own `shouldAutoRun` was asked (the plugin must keep asking it). */
export const hostAutoRunChecks = { count: 0 }

export const HOST_QUEUE = 'host-reports'

/** The host's long task: a report that takes minutes in real life. */
export const longReportTask: TaskConfig<{ input: { seconds: number }; output: { slept: number } }> =
  {
    slug: 'host-long-report',
    inputSchema: [{ name: 'seconds', type: 'number', required: true }],
    outputSchema: [{ name: 'slept', type: 'number' }],
    handler: async ({ input }) => {
      await new Promise((resolve) => setTimeout(resolve, input.seconds * 1000))
      return { output: { slept: input.seconds } }
    },
  }

export default buildConfig({
  secret: 'plugin-host-test-secret',
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL } }),
  editor: lexicalEditor(),
  admin: {
    user: 'users',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'importMap.js') },
  },
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'employeeNumber', type: 'text' }] },
    {
      slug: 'pages',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'body', type: 'richText' },
      ],
    },
    { slug: 'news', fields: [{ name: 'headline', type: 'text', required: true }] },
    {
      slug: 'media',
      upload: { staticDir: path.resolve(dirname, '.uploads/host-media') },
      fields: [{ name: 'caption', type: 'text' }],
    },
  ],
  jobs: {
    tasks: [longReportTask],
    autoRun: [{ cron: '0 0 * * * *', queue: HOST_QUEUE }],
    shouldAutoRun: () => {
      hostAutoRunChecks.count++
      return false
    },
  },
  plugins: [
    oitPlugin({
      uploadsDir: path.resolve(dirname, '.uploads/oit'),
      publicURL: 'https://oit.example.go.th',
      jobs: { runInApp: true, leaseSeconds: 60 },
    }),
  ],
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
})
