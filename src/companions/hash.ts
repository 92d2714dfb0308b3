import { createHash } from 'node:crypto'

import type { Report } from './report'

/** Bump when a renderer's output changes, so every file is regenerated once. */
export const RENDERER_VERSION = 1

/** A digest of everything a file is rendered from (photos by their bytes' digest). */
export function reportHash(report: Report): string {
  const json = JSON.stringify({ RENDERER_VERSION, report }, (_key, value) =>
    value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data) ? createHash('sha256').update(Buffer.from(value.data)).digest('hex') : value,
  )
  return createHash('sha256').update(json).digest('hex')
}
