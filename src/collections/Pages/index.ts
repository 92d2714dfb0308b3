import type { CollectionConfig, TextField } from 'payload'

import { pageBlocks } from '../../blocks'
import { uniquePerUnit } from '../../fields/uniquePerUnit'
import { reservedSlugs } from '../../routing/siteRoutes'
import { validateFormat } from '../../validation/formats'
import { invalid } from '../../validation/messages'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const slugLabel = { th: 'ชื่อในลิงก์ (slug)', en: 'URL slug' }

const slug: TextField = uniquePerUnit(
  {
    name: 'slug',
    type: 'text',
    required: true,
    index: true,
    label: slugLabel,
    admin: {
      description: {
        th: 'ที่อยู่ของหน้า เช่น about จะเป็น /u/<หน่วยงาน>/about; "home" คือหน้าแรก',
        en: 'The page address, e.g. about → /u/<unit>/about; "home" replaces the home page',
      },
    },
    validate: (value: unknown) => {
      const format = validateFormat('slug', slugLabel)(value, { required: true })
      if (format !== true) return format
      // "home" is allowed: it is how a unit replaces the standard home page.
      return value !== 'home' && reservedSlugs.has(value as string)
        ? invalid(slugLabel, {
            th: `"${value}" เป็นที่อยู่ของหน้ามาตรฐาน`,
            en: `"${value}" is a standard page’s address`,
          })
        : true
    },
  },
  slugLabel,
  (value) => ({
    th: `หน่วยงานมีหน้า "${value}" แล้ว`,
    en: `the unit already has a page "${value}"`,
  }),
)

/** A unit's own web pages, built from blocks; the page "home" replaces the standard home page. */
export const Pages: CollectionConfig = unitScoped(
  {
    slug: 'pages',
    labels: {
      singular: { th: 'หน้าเว็บไซต์', en: 'Page' },
      plural: { th: 'หน้าเว็บไซต์', en: 'Pages' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.website,
    },
    defaultSort: 'title',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'title',
            type: 'text',
            required: true,
            localized: true,
            maxLength: 150,
            label: { th: 'ชื่อหน้า', en: 'Title' },
          },
          slug,
        ],
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 300,
        label: {
          th: 'คำอธิบายสั้น (สำหรับการแชร์และเครื่องมือค้นหา)',
          en: 'Short description (for sharing and search engines)',
        },
      },
      {
        name: 'layout',
        type: 'blocks',
        blocks: pageBlocks,
        label: { th: 'เนื้อหาของหน้า', en: 'Layout' },
        labels: {
          singular: { th: 'ส่วนของหน้า', en: 'Block' },
          plural: { th: 'ส่วนของหน้า', en: 'Blocks' },
        },
      },
    ],
  },
  { publicRead: 'published' },
)
