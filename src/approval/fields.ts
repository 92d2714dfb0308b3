import type { GroupField } from 'payload'

export const approvalStates = {
  submitted: { th: 'รออนุมัติ', en: 'Awaiting approval' },
  returned: { th: 'ส่งกลับให้แก้ไข', en: 'Sent back' },
} as const
export type ApprovalState = keyof typeof approvalStates

export type Approval = {
  state?: ApprovalState | null
  reason?: string | null
  submittedBy?: number | { id: number } | null
  submittedAt?: string | null
}

export const reasonLabel = { th: 'เหตุผลที่ส่งกลับ', en: 'Reason for sending back' }

/**
 * Where a draft stands between the editor and the head: submitted for approval, or sent back with
 * a reason. Publishing clears it. Set by the edit view's approval panel (`ApprovalPanel`) and the
 * head's waiting list, checked by `approvalTransition`.
 */
export const approvalField: GroupField = {
  name: 'approval',
  type: 'group',
  label: { th: 'การอนุมัติ', en: 'Approval' },
  admin: { position: 'sidebar', components: { Field: 'police-oit/client#ApprovalPanel' } },
  fields: [
    {
      name: 'state',
      type: 'select',
      index: true,
      label: { th: 'สถานะการอนุมัติ', en: 'Approval status' },
      options: Object.entries(approvalStates).map(([value, label]) => ({ value, label })),
    },
    { name: 'reason', type: 'textarea', label: reasonLabel },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { th: 'ส่งโดย', en: 'Submitted by' },
    },
    { name: 'submittedAt', type: 'date', label: { th: 'ส่งเมื่อ', en: 'Submitted at' } },
  ],
}
