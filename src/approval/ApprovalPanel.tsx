'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import { formatThaiDate } from '../fiscal'
import type { Approval, ApprovalState } from './fields'

type Role = 'super-admin' | 'hq-reviewer' | 'unit-approver' | 'unit-editor'

const words = {
  th: {
    title: 'การอนุมัติ',
    none: 'ฉบับร่าง ยังไม่ได้ส่งให้หัวหน้าอนุมัติ',
    submitted: 'รอหัวหน้าหน่วยงานอนุมัติ',
    returned: 'ส่งกลับให้แก้ไข',
    since: 'ส่งเมื่อ',
    submit: 'ส่งให้หัวหน้าอนุมัติ',
    resubmit: 'แก้แล้ว ส่งให้หัวหน้าอนุมัติอีกครั้ง',
    withdraw: 'ถอนคำขออนุมัติ',
    reason: 'เหตุผลที่ส่งกลับ (เจ้าหน้าที่จะได้รับทางอีเมล)',
    sendBack: 'ส่งกลับให้แก้ไข',
    approveHint: 'ตรวจแล้วถูกต้อง กด "เผยแพร่การเปลี่ยนแปลง" เพื่ออนุมัติ',
  },
  en: {
    title: 'Approval',
    none: 'Draft, not yet submitted to the unit head',
    submitted: 'Awaiting the unit head’s approval',
    returned: 'Sent back for changes',
    since: 'submitted',
    submit: 'Submit for approval',
    resubmit: 'Submit for approval again',
    withdraw: 'Withdraw the request',
    reason: 'Reason for sending back (e-mailed to the editor)',
    sendBack: 'Send back',
    approveHint: 'If it is right, press “Publish changes” to approve it.',
  },
}

/**
 * The edit view's approval steps: the editor submits the draft (saving the form as it stands), the
 * head sends it back with a reason or publishes it with Payload's own button. The server decides
 * (`approvalTransition`): a submission that publishing would refuse comes back with the fields marked.
 */
export const ApprovalPanel = () => {
  const approval = useFormFields(([fields]) => ({
    state: fields['approval.state']?.value as ApprovalState | null | undefined,
    reason: fields['approval.reason']?.value as string | null | undefined,
    submittedAt: fields['approval.submittedAt']?.value as string | null | undefined,
  }))
  const { submit } = useForm()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? words.en : words.th
  const [reason, setReason] = useState('')
  const reasonID = useId()
  const role = (user as { role?: Role } | null)?.role
  const head = role === 'unit-approver' || role === 'super-admin'
  const editor = role === 'unit-editor'

  const save = (next: Approval) =>
    submit({
      action: formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}${id ? `/${id}` : ''}?locale=${locale.code}&depth=0&fallback-locale=null&draft=true` }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', approval: next },
      skipValidation: true,
    })

  const state = approval.state ?? null
  const thai = i18n.language !== 'en'
  const at = approval.submittedAt ? new Date(approval.submittedAt) : null
  const when = at ? (thai ? formatThaiDate(at, { style: 'short' }) : at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' })) : null
  return (
    <section className="approval-panel" aria-labelledby={`${reasonID}-title`}>
      <h3 id={`${reasonID}-title`} className="approval-panel__title">
        {text.title}
      </h3>
      <p className={`approval-panel__state approval-panel__state--${state ?? 'none'}`}>
        {state ? text[state] : text.none}
        {state === 'submitted' && when ? ` · ${text.since} ${when}` : null}
      </p>
      {state === 'returned' && approval.reason ? <blockquote className="approval-panel__reason">{approval.reason}</blockquote> : null}
      {editor && state !== 'submitted' ? (
        <Button buttonStyle="primary" size="medium" onClick={() => void save({ state: 'submitted' })}>
          {state === 'returned' ? text.resubmit : text.submit}
        </Button>
      ) : null}
      {editor && state === 'submitted' ? (
        <Button buttonStyle="secondary" size="medium" onClick={() => void save({ state: null })}>
          {text.withdraw}
        </Button>
      ) : null}
      {head && state === 'submitted' ? (
        <>
          <p className="approval-panel__hint">{text.approveHint}</p>
          <label htmlFor={reasonID}>{text.reason}</label>
          <textarea id={reasonID} className="approval-panel__input" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
          <Button buttonStyle="secondary" size="medium" onClick={() => void save({ state: 'returned', reason })}>
            {text.sendBack}
          </Button>
        </>
      ) : null}
    </section>
  )
}
