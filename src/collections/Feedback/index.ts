import type { CollectionConfig } from 'payload'

import { optionsOf } from '../../fields/options'
import { submissionFields } from '../../fields/submission'
import { limitedText } from '../../fields/text'
import { guardPublicSubmission } from '../../hooks/guardPublicSubmission'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const feedbackKinds = {
  question: { th: 'สอบถาม', en: 'Question' },
  comment: { th: 'แสดงความคิดเห็น', en: 'Comment' },
  suggestion: { th: 'ข้อเสนอแนะ', en: 'Suggestion' },
  praise: { th: 'ชมเชย', en: 'Praise' },
  criticism: { th: 'ติชม/ร้องเรียนการบริการ', en: 'Criticism' },
}

/** O5's question-and-feedback channel: anyone may write; only the unit's staff and its HQ read. */
export const Feedback: CollectionConfig = unitScoped(
  {
    slug: 'feedback',
    labels: {
      singular: { th: 'ความคิดเห็น/คำถาม', en: 'Feedback' },
      plural: { th: 'ถาม-ตอบ/ความคิดเห็น', en: 'Feedback' },
    },
    admin: {
      useAsTitle: 'message',
      defaultColumns: ['kind', 'message', 'tenant', 'status', 'createdAt'],
      group: adminGroups.submissions,
    },
    defaultSort: '-createdAt',
    hooks: { beforeOperation: [guardPublicSubmission({ max: 5, windowMinutes: 10 })] },
    fields: [
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'question',
        options: optionsOf(feedbackKinds),
        label: { th: 'ประเภท', en: 'Kind' },
      },
      limitedText(
        'message',
        { th: 'ข้อความ', en: 'Message' },
        { max: 2000, min: 5, required: true, textarea: true },
      ),
      limitedText('name', { th: 'ชื่อผู้ส่ง (ไม่บังคับ)', en: 'Name (optional)' }, { max: 100 }),
      limitedText(
        'contact',
        { th: 'ช่องทางติดต่อกลับ (ไม่บังคับ)', en: 'Contact (optional)' },
        { max: 200 },
      ),
      {
        name: 'reply',
        type: 'textarea',
        label: { th: 'คำตอบของหน่วยงาน', en: 'Reply' },
        access: { create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
      },
      ...submissionFields({
        new: { th: 'ใหม่', en: 'New' },
        answered: { th: 'ตอบแล้ว', en: 'Answered' },
        closed: { th: 'ปิดเรื่อง', en: 'Closed' },
      }),
    ],
  },
  { publicRead: 'none', drafts: false, publicCreate: true },
)
