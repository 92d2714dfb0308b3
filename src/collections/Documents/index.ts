import type { CollectionConfig } from 'payload'

import { acceptedFiles, MEGABYTE } from '../../uploads/acceptedFiles'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const files = acceptedFiles({
  slug: 'documents',
  kinds: ['pdf', 'docx', 'xlsx'],
  maxBytes: 20 * MEGABYTE,
  readers: 'anyone',
})

/**
 * Files a unit publishes (PDF, Word, Excel): manuals, announcements, scanned orders. Public once
 * uploaded.
 */
export const Documents: CollectionConfig = unitScoped(
  {
    slug: 'documents',
    labels: {
      singular: { th: 'ไฟล์เอกสาร', en: 'Document' },
      plural: { th: 'ไฟล์เอกสาร', en: 'Documents' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'filename', 'mimeType', 'tenant', 'updatedAt'],
      group: adminGroups.files,
      description: {
        th: 'รับเฉพาะ PDF, Word (DOCX) และ Excel (XLSX) ขนาดไม่เกิน 20 MB ไฟล์ที่อัปโหลดเปิดให้สาธารณะดาวน์โหลดได้',
        en: 'PDF, DOCX or XLSX up to 20 MB; public.',
      },
    },
    upload: files.upload,
    hooks: { beforeOperation: [files.validate] },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 300,
        label: { th: 'ชื่อเอกสาร', en: 'Title' },
      },
    ],
  },
  { publicRead: 'all', drafts: false },
)
