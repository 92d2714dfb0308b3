import type { CollectionConfig } from 'payload'

import { rowLabel } from '../../admin/rowLabel'
import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { optionsOf } from '../../fields/options'
import { formattedText, limitedText } from '../../fields/text'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const newsTags = {
  performance: { th: 'ผลการดำเนินงาน', en: 'Performance' },
  'head-participation': { th: 'หัวหน้าหน่วยงานมีส่วนร่วม', en: 'Head participation' },
  ita: { th: 'การประเมิน ITA', en: 'ITA assessment' },
  eit: { th: 'เชิญตอบแบบวัด EIT', en: 'EIT survey' },
  'public-service': { th: 'บริการประชาชน', en: 'Public service' },
}

export const socialPlatforms = {
  facebook: 'Facebook',
  line: 'LINE',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  x: 'X',
  instagram: 'Instagram',
}

const labels = {
  title: { th: 'หัวข้อข่าว', en: 'Headline' },
  date: { th: 'วันที่ของข่าว', en: 'Date' },
  body: { th: 'เนื้อหาข่าว', en: 'Body' },
  cover: { th: 'ภาพหน้าปก', en: 'Cover image' },
}

/**
 * O6 performance news and O19 news of the head's integrity activities (tag `head-participation`).
 */
export const News: CollectionConfig = unitScoped(
  {
    slug: 'news',
    labels: {
      singular: { th: 'ข่าว', en: 'News item' },
      plural: { th: 'ข่าวประชาสัมพันธ์', en: 'News' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'date', 'tags', 'tenant', '_status'],
      group: adminGroups.basics,
    },
    defaultSort: '-date',
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 300,
        label: labels.title,
      },
      {
        type: 'row',
        fields: [
          dayField('date', labels.date, { required: true, defaultToday: true }),
          fiscalYearField({ derivedFrom: { field: 'date', label: labels.date } }),
        ],
      },
      {
        name: 'tags',
        type: 'select',
        hasMany: true,
        options: optionsOf(newsTags),
        label: { th: 'ป้ายกำกับ', en: 'Tags' },
        admin: {
          description: {
            th: 'ข่าวกิจกรรมของหัวหน้าหน่วยงานด้านคุณธรรม/ต่อต้านการทุจริต ให้เลือก "หัวหน้าหน่วยงานมีส่วนร่วม"',
            en: 'Tag news of the head’s integrity activities "Head participation"',
          },
        },
      },
      limitedText('summary', { th: 'สรุปข่าวสั้น ๆ', en: 'Summary' }, { max: 500, textarea: true }),
      { name: 'body', type: 'richText', localized: true, label: labels.body },
      { name: 'cover', type: 'upload', relationTo: 'media', label: labels.cover },
      {
        name: 'gallery',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        label: { th: 'ภาพกิจกรรมเพิ่มเติม', en: 'Gallery' },
      },
      {
        name: 'socialLinks',
        type: 'array',
        label: { th: 'ลิงก์ข่าวเดียวกันบนสื่อสังคมออนไลน์', en: 'The same story on social media' },
        labels: { singular: { th: 'ลิงก์', en: 'Link' }, plural: { th: 'ลิงก์', en: 'Links' } },
        admin: rowLabel('platform', 'url'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'platform',
                type: 'select',
                required: true,
                options: Object.entries(socialPlatforms).map(([value, label]) => ({
                  value,
                  label,
                })),
                label: { th: 'ช่องทาง', en: 'Platform' },
                admin: { width: '30%' },
              },
              formattedText(
                'url',
                'url',
                { th: 'ลิงก์', en: 'Link' },
                { required: true, admin: { width: '70%' } },
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
  },
)
