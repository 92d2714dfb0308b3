import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { ValidationError } from 'payload'

import { detectFile, formatMegabytes } from '../uploads/fileKinds'
import type { FileKind } from '../uploads/kinds'
import { invalid } from '../validation/messages'

const fileLabel = { th: 'ไฟล์', en: 'File' }

const HASH_LENGTH = 10
/**
 * The hash (and Payload's "-1" for a taken name) an earlier stored name carries: replaced, not
 * stacked, on a re-upload.
 */
const storedHashSuffix = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}(?:-\\d+)?$`)
/**
 * Leaves room, within the file system's 255 bytes per name, for the hash and extension, Payload's
 * "-1"
 * and its image-size suffix "-1600x900" (a Thai letter takes 3 bytes). Payload would cut a longer
 * name
 * at 255 bytes, hash first.
 */
const MAX_NAME_BYTES = 150

/**
 * Control characters (NUL included), path separators and characters Windows refuses have no place
 * in a stored name.
 */
const cleanName = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' })

/**
 * The name cut to `maxBytes` of UTF-8, between letters (a Thai vowel or tone mark stays with its
 * consonant).
 */
function shortened(name: string, maxBytes: number): string {
  let result = ''
  for (const { segment } of graphemes.segment(name)) {
    if (Buffer.byteLength(result + segment) > maxBytes) break
    result += segment
  }
  return result
}

/**
 * The crop and focal point asked for: Payload cuts the stored image and its sizes with them, so
 * they go
 * into the hash with the bytes (one name always stands for the same files).
 */
const imageEdits = (req: PayloadRequest, data: unknown) => {
  const { focalX, focalY } = (data ?? {}) as { focalX?: unknown; focalY?: unknown }
  return { uploadEdits: req.query?.uploadEdits, focalX, focalY }
}

/** The hash in the stored name: of the bytes, and of the image edits when any were asked for. */
function contentHash(data: Buffer, edits: object): string {
  const hash = createHash('sha256').update(data)
  const asked = JSON.stringify(edits)
  if (asked !== '{}') hash.update(asked)
  return hash.digest('hex').slice(0, HASH_LENGTH)
}

const hasImageEdits = (req: PayloadRequest) => {
  const edits = req.query?.uploadEdits
  return typeof edits === 'object' && edits !== null && Object.keys(edits).length > 0
}

/** The document's stored file, as Payload hands an upload to the operation. */
async function storedFile(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<PayloadRequest['file']> {
  const doc = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { filename?: string | null; mimeType?: string | null }
  if (!doc.filename || !collection.upload.staticDir) return undefined
  const data = await readFile(path.join(collection.upload.staticDir, doc.filename))
  return {
    data,
    mimetype: doc.mimeType ?? 'application/octet-stream',
    name: doc.filename,
    size: data.length,
  }
}

/**
 * Checks an uploaded file before Payload stores anything: its real type from its content, that it
 * is
 * whole, and its size. The stored name is `<name>.<hash>.<real extension>`: new content always gets
 * a
 * new URL (and so do the image sizes named after it), which lets the files be cached for good.
 */
export const validateUpload =
  ({
    kinds,
    maxBytes,
    required = true,
  }: {
    kinds: readonly FileKind[]
    maxBytes: number
    required?: boolean
  }): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const refuse = (problem: { th: string; en: string }) =>
      new ValidationError(
        {
          collection: collection.slug,
          errors: [{ path: 'file', message: invalid(fileLabel, problem) }],
        },
        req.t,
      )
    // A crop or focal point without a new file: Payload would redo the stored image and its sizes
    // under
    // their old names, which caches keep for good. As a new upload of the stored file they get new
    // ones.
    if (!req.file && operation === 'update' && hasImageEdits(req)) {
      const id = 'id' in args ? args.id : undefined
      if (typeof id !== 'number' && typeof id !== 'string')
        throw refuse({
          th: 'ตัดหรือตั้งจุดโฟกัสได้ทีละภาพ',
          en: 'images are cropped or refocused one at a time',
        })
      req.file = await storedFile(req, collection, id)
    }
    const file = req.file
    if (!file) {
      if (operation === 'create' && required)
        throw refuse({ th: 'ยังไม่ได้เลือกไฟล์', en: 'no file was uploaded' })
      return args
    }
    if (file.size > maxBytes) {
      throw refuse({
        th: `ขนาด ${formatMegabytes(file.size)} เกินกำหนด ${formatMegabytes(maxBytes)}`,
        en: `${formatMegabytes(file.size)} is over the ${formatMegabytes(maxBytes)} limit`,
      })
    }
    const detected = await detectFile(file.data, kinds)
    if (!detected.ok) throw refuse(detected.problem)
    const base =
      shortened(
        cleanName(path.basename(file.name, path.extname(file.name))).replace(storedHashSuffix, ''),
        MAX_NAME_BYTES,
      ) || 'file'
    file.name = `${base}.${contentHash(file.data, imageEdits(req, args.data))}.${detected.ext}`
    file.mimetype = detected.mime
    return args
  }
