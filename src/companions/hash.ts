import { createHash } from 'node:crypto'

import type { Block, Report } from './report'

/** Bump when a renderer's output changes, so every file is regenerated once. */
export const RENDERER_VERSION = 1

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

/** Photos stand in by their digest: serialising their bytes would be slow and pointless. */
const hashable = (block: Block) =>
  block.kind === 'photos'
    ? { ...block, photos: block.photos.map((photo) => ({ ...photo, data: sha256(photo.data) })) }
    : block

/** A digest of everything a file is rendered from, and of the renderers' version. */
export const contentHash = (input: unknown): string =>
  sha256(JSON.stringify({ RENDERER_VERSION, input }))

export const reportHash = (report: Report): string =>
  contentHash({ ...report, blocks: report.blocks.map(hashable) })
