import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { acceptedFiles, MEGABYTE } from '../../uploads/acceptedFiles'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const files = acceptedFiles({
  slug: 'media',
  kinds: ['image'],
  maxBytes: 10 * MEGABYTE,
  readers: 'anyone',
})

/**
 * Photos of a unit (executives, activities, evidence), resized by sharp into web sizes. Public once
 * uploaded.
 */
export const Media: CollectionConfig = unitScoped(
  {
    slug: 'media',
    labels: { singular: { th: 'รูปภาพ', en: 'Image' }, plural: { th: 'รูปภาพ', en: 'Images' } },
    admin: {
      useAsTitle: 'alt',
      defaultColumns: ['filename', 'alt', 'tenant', 'takenOn', 'updatedAt'],
      group: adminGroups.files,
      description: {
        th: 'รูปภาพที่อัปโหลดจะเปิดให้สาธารณะดูได้ทันที ห้ามอัปโหลดภาพที่เป็นความลับ',
        en: 'Uploaded images are public.',
      },
    },
    upload: {
      ...files.upload,
      adminThumbnail: 'thumbnail',
      focalPoint: true,
      imageSizes: [
        {
          name: 'thumbnail',
          width: 320,
          height: 320,
          position: 'centre',
          formatOptions: { format: 'webp', options: { quality: 80 } },
        },
        {
          name: 'card',
          width: 768,
          formatOptions: { format: 'webp', options: { quality: 80 } },
          withoutEnlargement: true,
        },
        {
          name: 'hero',
          width: 1600,
          formatOptions: { format: 'webp', options: { quality: 80 } },
          withoutEnlargement: true,
        },
      ],
    },
    hooks: { beforeOperation: [files.validate] },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 300,
        label: { th: 'คำอธิบายภาพ (สำหรับผู้พิการทางสายตา)', en: 'Alternative text' },
        admin: {
          description: {
            th: 'บอกว่าในภาพมีอะไร เช่น "ผกก. ประชุมมอบนโยบาย"',
            en: 'What the image shows',
          },
        },
      },
      {
        name: 'caption',
        type: 'text',
        localized: true,
        maxLength: 500,
        label: { th: 'คำบรรยายใต้ภาพ', en: 'Caption' },
      },
      dayField('takenOn', { th: 'วันที่ถ่าย', en: 'Date taken' }),
    ],
  },
  { publicRead: 'all', drafts: false },
)
