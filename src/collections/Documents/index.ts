import type { CollectionConfig } from 'payload'

import { validateUpload } from '../../hooks/validateUpload'
import { mimeTypesOf } from '../../uploads/fileKinds'
import { uploadsDir } from '../../uploads/uploadsDir'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const kinds = ['pdf', 'docx', 'xlsx'] as const

/** Files a unit publishes (PDF, Word, Excel): manuals, announcements, scanned orders. Public once uploaded. */
export const Documents: CollectionConfig = unitScoped(
  {
    slug: 'documents',
    labels: { singular: { th: 'ไฟล์เอกสาร', en: 'Document' }, plural: { th: 'ไฟล์เอกสาร', en: 'Documents' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'filename', 'mimeType', 'tenant', 'updatedAt'],
      group: adminGroups.files,
      description: { th: 'รับเฉพาะ PDF, Word (DOCX) และ Excel (XLSX) ขนาดไม่เกิน 20 MB ไฟล์ที่อัปโหลดเปิดให้สาธารณะดาวน์โหลดได้', en: 'PDF, DOCX or XLSX up to 20 MB; public.' },
    },
    upload: { staticDir: uploadsDir('documents'), mimeTypes: mimeTypesOf(kinds) },
    hooks: { beforeOperation: [validateUpload({ kinds, maxBytes: 20 * 1024 * 1024 })] },
    fields: [{ name: 'title', type: 'text', required: true, localized: true, maxLength: 300, label: { th: 'ชื่อเอกสาร', en: 'Title' } }],
  },
  { publicRead: 'all', drafts: false },
)
