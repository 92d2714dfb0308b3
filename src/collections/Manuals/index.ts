import type { CollectionConfig } from 'payload'

import { lineOfWorkOptions, optionsOf } from '../../fields/options'
import { filled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const manualAudiences = {
  staff: { th: 'สำหรับเจ้าหน้าที่', en: 'For staff' },
  citizen: { th: 'สำหรับประชาชน', en: 'For citizens' },
}

export const manualLanguages = {
  th: { th: 'ภาษาไทย', en: 'Thai' },
  en: { th: 'ภาษาอังกฤษ', en: 'English' },
  other: { th: 'ภาษาอื่น', en: 'Other language' },
}

const labels = {
  title: { th: 'ชื่อคู่มือ', en: 'Title' },
  audience: { th: 'กลุ่มผู้ใช้', en: 'Audience' },
  line: { th: 'สายงาน', en: 'Line of work' },
  file: { th: 'ไฟล์คู่มือ', en: 'Manual file' },
}

/** O8 operating manuals for staff and O9 service manuals for citizens, per line of work. */
export const Manuals: CollectionConfig = unitScoped(
  {
    slug: 'manuals',
    labels: { singular: { th: 'คู่มือ', en: 'Manual' }, plural: { th: 'คู่มือ', en: 'Manuals' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'audience', 'lineOfWork', 'tenant', '_status'],
      group: adminGroups.administration,
    },
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
          {
            name: 'audience',
            type: 'select',
            required: true,
            defaultValue: 'citizen',
            options: optionsOf(manualAudiences),
            label: labels.audience,
          },
          { name: 'lineOfWork', type: 'select', options: lineOfWorkOptions, label: labels.line },
          {
            name: 'languages',
            type: 'select',
            hasMany: true,
            defaultValue: ['th'],
            options: optionsOf(manualLanguages),
            label: { th: 'ภาษา', en: 'Languages' },
          },
        ],
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        label: { th: 'คำอธิบาย', en: 'Description' },
      },
      { name: 'file', type: 'upload', relationTo: 'documents', label: labels.file },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      { label: labels.file, check: filled(['file', labels.file], ['lineOfWork', labels.line]) },
    ],
  },
)
