import type { CollectionBeforeOperationHook, UploadConfig } from 'payload'

import { validateUpload } from '../hooks/validateUpload'
import { type FileKind, mimeTypesOf } from './fileKinds'
import { uploadsDir } from './uploadsDir'

export const MEGABYTE = 1024 * 1024

/**
 * What an upload collection accepts, said once: its folder, the mime types for Payload, and the
 * content check that enforces them (kinds, size, whether a file is required).
 */
export const acceptedFiles = ({
  slug,
  kinds,
  maxBytes,
  required = true,
}: {
  slug: string
  kinds: readonly FileKind[]
  maxBytes: number
  required?: boolean
}): { upload: UploadConfig; validate: CollectionBeforeOperationHook } => ({
  upload: { staticDir: uploadsDir(slug), mimeTypes: mimeTypesOf(kinds), filesRequiredOnCreate: required },
  validate: validateUpload({ kinds, maxBytes, required }),
})
