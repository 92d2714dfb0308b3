import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { submissionFields } from '../../fields/submission'
import { formattedText, limitedText } from '../../fields/text'
import { guardPublicSubmission } from '../../hooks/guardPublicSubmission'
import { acceptedFiles, MEGABYTE } from '../../uploads/acceptedFiles'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const files = acceptedFiles({
  slug: 'corruption-complaints',
  kinds: ['pdf', 'image', 'docx'],
  maxBytes: 10 * MEGABYTE,
  required: false,
  readers: 'restricted',
})

/**
 * O17's channel for reporting corruption or misconduct by the unit's officers. Anyone may report,
 * with or without a name; nobody but the unit head and its HQ ever reads a report, and the one
 * evidence file it may carry is stored outside the public files and served only to them.
 */
export const CorruptionComplaints: CollectionConfig = unitScoped(
  {
    slug: 'corruption-complaints',
    labels: {
      singular: { th: 'เรื่องร้องเรียนการทุจริต', en: 'Corruption complaint' },
      plural: { th: 'เรื่องร้องเรียนการทุจริต', en: 'Corruption complaints' },
    },
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'tenant', 'status', 'createdAt'],
      group: adminGroups.submissions,
      description: {
        th: 'ข้อมูลลับ: เห็นได้เฉพาะหัวหน้าหน่วยงานและหน่วยเหนือ ห้ามเปิดเผยตัวผู้แจ้ง',
        en: 'Confidential: unit head and HQ only.',
      },
    },
    defaultSort: '-createdAt',
    upload: files.upload,
    hooks: {
      beforeOperation: [guardPublicSubmission({ max: 3, windowMinutes: 10 }), files.validate],
    },
    fields: [
      limitedText(
        'subject',
        { th: 'เรื่องที่ร้องเรียน', en: 'Subject' },
        { max: 300, min: 5, required: true },
      ),
      limitedText(
        'details',
        { th: 'รายละเอียด (ใคร ทำอะไร ที่ไหน เมื่อไร)', en: 'Details (who, what, where, when)' },
        { max: 5000, min: 20, required: true, textarea: true },
      ),
      {
        type: 'row',
        fields: [
          dayField('incidentDate', { th: 'วันที่เกิดเหตุ', en: 'Date of the incident' }),
          limitedText('place', { th: 'สถานที่เกิดเหตุ', en: 'Place' }, { max: 300 }),
        ],
      },
      {
        name: 'reporter',
        type: 'group',
        label: {
          th: 'ผู้แจ้ง (ไม่บังคับ จะเก็บเป็นความลับ)',
          en: 'Reporter (optional, kept confidential)',
        },
        fields: [
          {
            type: 'row',
            fields: [
              limitedText('name', { th: 'ชื่อผู้แจ้ง', en: 'Name' }, { max: 200 }),
              formattedText('phone', 'phone', { th: 'โทรศัพท์ผู้แจ้ง', en: 'Phone' }),
              formattedText('email', 'email', { th: 'อีเมลผู้แจ้ง', en: 'E-mail' }),
            ],
          },
        ],
      },
      ...submissionFields({
        received: { th: 'รับเรื่อง', en: 'Received' },
        investigating: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
        completed: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' },
      }),
    ],
  },
  { publicRead: 'none', drafts: false, publicCreate: true, readers: 'approvers' },
)
