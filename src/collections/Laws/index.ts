import type { CollectionConfig } from 'payload'

import { formattedText } from '../../fields/text'
import { anyFilled } from '../../requirements/checks'
import { searchTextOf } from '../../search/thaiSearch'
import { invalid } from '../../validation/messages'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const lawKinds = {
  act: { th: 'พระราชบัญญัติ', en: 'Act' },
  code: { th: 'ประมวลกฎหมาย', en: 'Code' },
  'emergency-decree': { th: 'พระราชกำหนด', en: 'Emergency decree' },
  'royal-decree': { th: 'พระราชกฤษฎีกา', en: 'Royal decree' },
  'ministerial-regulation': { th: 'กฎกระทรวง', en: 'Ministerial regulation' },
  regulation: { th: 'ระเบียบ', en: 'Regulation' },
  rule: { th: 'ข้อบังคับ', en: 'Rule' },
  order: { th: 'คำสั่ง', en: 'Order' },
  announcement: { th: 'ประกาศ', en: 'Announcement' },
  guideline: { th: 'แนวทางปฏิบัติ', en: 'Practice guideline' },
  other: { th: 'อื่น ๆ', en: 'Other' },
} as const

const labels = {
  title: { th: 'ชื่อกฎหมาย/เรื่อง', en: 'Title' },
  category: { th: 'หมวด', en: 'Category' },
  kind: { th: 'ประเภท', en: 'Kind' },
  year: { th: 'ปี พ.ศ.', en: 'Year (BE)' },
  file: { th: 'ไฟล์', en: 'File' },
  link: { th: 'ลิงก์', en: 'Link' },
  fileOrLink: { th: 'ไฟล์หรือลิงก์ไปยังตัวกฎหมาย', en: 'A file or a link to the text' },
}

/**
 * O3: the laws the unit enforces and its practice guidelines, in categories and searchable by Thai
 * words.
 */
export const Laws: CollectionConfig = unitScoped(
  {
    slug: 'laws',
    labels: {
      singular: { th: 'กฎหมาย', en: 'Law' },
      plural: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Laws' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'category', 'kind', 'year', 'tenant', '_status'],
      group: adminGroups.basics,
    },
    hooks: {
      beforeChange: [
        async ({ data, originalDoc, req }) => {
          const merged = { ...originalDoc, ...data }
          const categoryID =
            typeof merged.category === 'object' ? merged.category?.id : merged.category
          const category = categoryID
            ? await req.payload.findByID({
                collection: 'law-categories',
                id: categoryID,
                depth: 0,
                req,
                disableErrors: true,
              })
            : null
          const kind = lawKinds[merged.kind as keyof typeof lawKinds]
          return {
            ...data,
            searchText: searchTextOf(
              merged.title,
              merged.summary,
              kind?.[req.locale === 'en' ? 'en' : 'th'],
              category?.name,
              merged.year ? String(merged.year) : null,
            ),
          }
        },
      ],
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 500,
        label: labels.title,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'category',
            type: 'relationship',
            relationTo: 'law-categories',
            required: true,
            label: labels.category,
            admin: { width: '40%' },
          },
          {
            name: 'kind',
            type: 'select',
            options: Object.entries(lawKinds).map(([value, label]) => ({ value, label })),
            label: labels.kind,
            admin: { width: '35%' },
          },
          {
            name: 'year',
            type: 'number',
            label: labels.year,
            admin: { width: '25%' },
            validate: (value: unknown) =>
              value == null ||
              (typeof value === 'number' &&
                Number.isInteger(value) &&
                value >= 2400 &&
                value <= 2700)
                ? true
                : invalid(labels.year, {
                    th: 'ต้องเป็นปี พ.ศ. เช่น 2560',
                    en: 'must be a Buddhist-era year such as 2560',
                  }),
          },
        ],
      },
      {
        name: 'summary',
        type: 'textarea',
        localized: true,
        maxLength: 3000,
        label: { th: 'สาระสำคัญโดยย่อ', en: 'Summary' },
      },
      {
        type: 'row',
        fields: [
          { name: 'file', type: 'upload', relationTo: 'documents', label: labels.file },
          formattedText('url', 'link', labels.link, {
            admin: {
              description: {
                th: 'เช่น ลิงก์ราชกิจจานุเบกษาหรือระบบกฎหมายกลาง',
                en: 'e.g. Royal Gazette',
              },
            },
          }),
        ],
      },
      // Per language: the site searches the words of the language it is shown in.
      {
        name: 'searchText',
        type: 'text',
        index: true,
        localized: true,
        admin: { hidden: true },
        label: { th: 'ข้อความสำหรับค้นหา', en: 'Search text' },
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      { label: labels.fileOrLink, check: anyFilled(labels.fileOrLink, 'file', 'link') },
    ],
  },
)
