import path from 'node:path'

import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { slugOf } from '../options'
import type { Photo } from './report'

type MediaDoc = { filename?: string | null; alt?: string | null }

/** Photos are scaled down for print: large enough for A4, small enough to keep files light. */
const MAX_SIDE = 1200

/**
 * An uploaded photo, scaled and re-encoded as JPEG; a missing or broken file fails with its name.
 */
export async function loadPhoto(
  req: PayloadRequest,
  media: MediaDoc | number | null | undefined,
  caption?: string,
): Promise<Photo | null> {
  if (!media || typeof media !== 'object' || !media.filename) return null
  const staticDir = req.payload.collections[slugOf(req.payload, 'media')].config.upload
    .staticDir as string
  try {
    const { data, info } = await sharp(path.join(staticDir, media.filename))
      .rotate()
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return {
      data,
      width: info.width,
      height: info.height,
      caption: caption ?? media.alt ?? undefined,
    }
  } catch (error) {
    throw new Error(
      `รูปภาพ "${media.filename}" อ่านไม่ได้หรือเสียหาย / the photo "${media.filename}" cannot be read: ${(error as Error).message}`,
    )
  }
}
