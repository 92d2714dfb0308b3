import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

import { securityHeaders } from './src/server/securityHeaders'
import { unitPathRewrites } from './src/routing/publicAddresses'

const __filename = fileURLToPath(import.meta.url)
const dirname = path.dirname(__filename)

const nextConfig: NextConfig = {
  // Names no software to those probing for it (Payload adds its own unless this is false).
  poweredByHeader: false,
  images: {
    localPatterns: [
      {
        pathname: '/api/media/file/**',
      },
    ],
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }

    return webpackConfig
  },
  // Before the app's own routes: `/u/{slug}/…` are the unit sites (src/routing/publicAddresses.ts).
  rewrites: async () => ({ beforeFiles: unitPathRewrites, afterFiles: [], fallback: [] }),
  turbopack: {
    root: path.resolve(dirname),
  },
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every path for the colour-scheme client hint, its admin's dark mode, with
 * `Critical-CH`: Chromium then fetches each public page twice on a first visit. Only the admin
 * asks.
 */
const payloadHeaders = withAdmin.headers
export default {
  ...withAdmin,
  headers: async () => [
    ...securityHeaders(process.env.NODE_ENV !== 'production'),
    ...((await payloadHeaders?.())?.map((rule) =>
      rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule,
    ) ?? []),
  ],
} satisfies NextConfig
