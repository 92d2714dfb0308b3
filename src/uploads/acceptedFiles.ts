import type { CollectionBeforeOperationHook, UploadConfig } from 'payload'

import { validateUpload } from '../hooks/validateUpload'
import { type FileKind, mimeTypesOf } from './kinds'

export const MEGABYTE = 1024 * 1024

type ResponseHeaders = NonNullable<UploadConfig['modifyResponseHeaders']>

/**
 * Every file is served as what it is: never sniffed into something else, images and PDFs shown in
 * the
 * browser, Word and Excel files downloaded.
 */
const asStored = (headers: Headers): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type') ?? ''
  headers.set(
    'Content-Disposition',
    /^(?:image\/(?:jpeg|png|webp)|application\/pdf)\b/.test(type) ? 'inline' : 'attachment',
  )
  return headers
}

/**
 * Files anyone may read are kept for good by browsers and CDNs: their stored names carry a hash of
 * their content (validateUpload), so new content always comes at a new URL.
 */
const cachedForGood: ResponseHeaders = ({ headers }) => {
  // A refused range (416) is not the file.
  if (!headers.get('Content-Range')?.startsWith('bytes */'))
    headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  return asStored(headers)
}

/** Files only some users may read: no cache, shared or the browser's, keeps a copy. */
const neverStored: ResponseHeaders = ({ headers }) => {
  headers.set('Cache-Control', 'private, no-store')
  return asStored(headers)
}

/**
 * What an upload collection accepts, said once: its folder, the mime types for Payload, the content
 * check that enforces them (kinds, size, whether a file is required), and how caches may keep the
 * files, by who may read them.
 */
export const acceptedFiles = ({
  slug,
  kinds,
  maxBytes,
  required = true,
  readers,
}: {
  slug: string
  kinds: readonly FileKind[]
  maxBytes: number
  required?: boolean
  readers: 'anyone' | 'restricted'
}): { upload: UploadConfig; validate: CollectionBeforeOperationHook } => ({
  upload: {
    // A folder of the plugin's uploads directory (plugin.ts makes it absolute).
    staticDir: slug,
    mimeTypes: mimeTypesOf(kinds),
    filesRequiredOnCreate: required,
    modifyResponseHeaders: readers === 'anyone' ? cachedForGood : neverStored,
  },
  validate: validateUpload({ kinds, maxBytes, required }),
})
