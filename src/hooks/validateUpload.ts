import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { detectFile, type FileKind, formatMegabytes } from '../uploads/fileKinds'
import { invalid } from '../validation/messages'

const fileLabel = { th: 'ไฟล์', en: 'File' }

/**
 * Checks an uploaded file before Payload stores anything: its real type from its content, that it is
 * whole, and its size. The stored name gets the extension of what the file really is.
 */
export const validateUpload =
  ({ kinds, maxBytes, required = true }: { kinds: readonly FileKind[]; maxBytes: number; required?: boolean }): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const refuse = (problem: { th: string; en: string }) =>
      new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: invalid(fileLabel, problem) }] }, req.t)
    const file = req.file
    if (!file) {
      if (operation === 'create' && required) throw refuse({ th: 'ยังไม่ได้เลือกไฟล์', en: 'no file was uploaded' })
      return args
    }
    if (file.size > maxBytes) {
      throw refuse({ th: `ขนาด ${formatMegabytes(file.size)} เกินกำหนด ${formatMegabytes(maxBytes)}`, en: `${formatMegabytes(file.size)} is over the ${formatMegabytes(maxBytes)} limit` })
    }
    const detected = await detectFile(file.data, kinds)
    if (!detected.ok) throw refuse(detected.problem)
    const base = path.basename(file.name, path.extname(file.name)) || 'file'
    file.name = `${base}.${detected.ext}`
    file.mimetype = detected.mime
    return args
  }
