import type { CollectionConfig } from 'payload'

import { amountField } from '../../fields/amount'
import { dayField, endDateField } from '../../fields/dates'
import { lineOfWorkOptions, rankOptions } from '../../fields/options'
import { formattedText } from '../../fields/text'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  rank: { th: 'ยศ', en: 'Rank' },
  firstName: { th: 'ชื่อ', en: 'First name' },
  lastName: { th: 'นามสกุล', en: 'Last name' },
  position: { th: 'ตำแหน่ง', en: 'Position' },
  photo: { th: 'รูปถ่าย', en: 'Photo' },
  directPhone: { th: 'เบอร์โทรศัพท์ติดต่อโดยตรง', en: 'Direct phone' },
  termStart: { th: 'วันที่เริ่มดำรงตำแหน่ง', en: 'Term start' },
}

/** O1: the unit's executives (head and head of each line of work); current = no term end. */
export const Executives: CollectionConfig = unitScoped(
  {
    slug: 'executives',
    labels: {
      singular: { th: 'ผู้บริหาร', en: 'Executive' },
      plural: { th: 'ผู้บริหาร', en: 'Executives' },
    },
    admin: {
      useAsTitle: 'fullName',
      defaultColumns: ['fullName', 'position', 'tenant', 'termEnd', '_status'],
      group: adminGroups.basics,
    },
    defaultSort: 'order',
    hooks: {
      beforeChange: [
        ({ data, originalDoc }) => {
          const merged = { ...originalDoc, ...data }
          const name = [merged.firstName, merged.lastName].filter(Boolean).join(' ')
          return { ...data, fullName: name || undefined }
        },
      ],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'rank',
            type: 'select',
            options: rankOptions,
            label: labels.rank,
            admin: { width: '25%' },
          },
          {
            name: 'firstName',
            type: 'text',
            required: true,
            localized: true,
            label: labels.firstName,
            admin: { width: '35%' },
          },
          {
            name: 'lastName',
            type: 'text',
            localized: true,
            label: labels.lastName,
            admin: { width: '40%' },
          },
        ],
      },
      {
        name: 'fullName',
        type: 'text',
        localized: true,
        admin: { hidden: true },
        label: { th: 'ชื่อ-นามสกุล', en: 'Name' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'position',
            type: 'text',
            localized: true,
            label: labels.position,
            admin: {
              width: '60%',
              description: {
                th: 'เช่น ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง',
                en: 'e.g. Superintendent',
              },
            },
          },
          {
            name: 'lineOfWork',
            type: 'select',
            options: lineOfWorkOptions,
            label: { th: 'สายงาน', en: 'Line of work' },
            admin: { width: '40%' },
          },
        ],
      },
      { name: 'photo', type: 'upload', relationTo: 'media', label: labels.photo },
      {
        type: 'row',
        fields: [
          formattedText('phone', 'directPhone', labels.directPhone, {
            admin: {
              width: '50%',
              description: {
                th: 'เบอร์ที่ถึงตัวผู้บริหารโดยตรง (ไม่ใช่เบอร์กลาง)',
                en: 'Reaches the executive directly',
              },
            },
          }),
          amountField(
            'order',
            { th: 'ลำดับการแสดง', en: 'Display order' },
            {
              integer: true,
              admin: {
                width: '50%',
                description: {
                  th: 'เลขน้อยแสดงก่อน หัวหน้าหน่วยงาน = 1',
                  en: 'Lower first; head = 1',
                },
              },
            },
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          dayField('termStart', labels.termStart),
          endDateField(
            'termEnd',
            {
              th: 'วันที่พ้นตำแหน่ง (เว้นว่างถ้ายังดำรงตำแหน่ง)',
              en: 'Term end (empty while in office)',
            },
            'termStart',
            labels.termStart,
          ),
        ],
      },
    ],
  },
  {
    publicRead: 'published',
  },
)
