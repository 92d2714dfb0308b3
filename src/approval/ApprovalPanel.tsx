'use client'
import {
  Button,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import { formatThaiDate } from '../fiscal'
import type { Approval, ApprovalState } from './fields'
import { approvalWords } from './words'

type Role = 'super-admin' | 'hq-reviewer' | 'unit-approver' | 'unit-editor'

/**
 * The edit view's approval steps: the editor submits the draft (saving the form as it stands), the
 * head sends it back with a reason or publishes it with Payload's own button. The server decides
 * (`approvalTransition`): a submission that publishing would refuse comes back with the fields
 * marked.
 */
export const ApprovalPanel = () => {
  const approval = useFormFields(([fields]) => ({
    state: fields['approval.state']?.value as ApprovalState | null | undefined,
    reason: fields['approval.reason']?.value as string | null | undefined,
    submittedAt: fields['approval.submittedAt']?.value as string | null | undefined,
  }))
  const { submit } = useForm()
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  const { user } = useAuth()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const text = approvalWords[i18n.language === 'en' ? 'en' : 'th']
  const [reason, setReason] = useState('')
  const reasonID = useId()
  const role = (user as { role?: Role } | null)?.role
  const head = role === 'unit-approver' || role === 'super-admin'
  const editor = role === 'unit-editor'

  const save = (next: Approval) =>
    submit({
      action: formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}?locale=${locale.code}&depth=0&fallback-locale=null&draft=true`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', approval: next },
      skipValidation: true,
    })

  const state = approval.state ?? null
  // Nothing to submit: the published document as it stands.
  const upToDate = !state && hasPublishedDoc && !unpublishedVersionCount && !modified
  const thai = i18n.language !== 'en'
  const at = approval.submittedAt ? new Date(approval.submittedAt) : null
  const when = at
    ? thai
      ? formatThaiDate(at, { style: 'short' })
      : at.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'Asia/Bangkok',
        })
    : null
  return (
    <section className="approval-panel" aria-labelledby={`${reasonID}-title`}>
      <h3 id={`${reasonID}-title`} className="approval-panel__title">
        {text.title}
      </h3>
      <p className={`approval-panel__state approval-panel__state--${state ?? 'none'}`}>
        {state ? text[state] : upToDate ? text.published : text.none}
        {state === 'submitted' && when ? ` · ${text.since} ${when}` : null}
      </p>
      {state === 'returned' && approval.reason ? (
        <blockquote className="approval-panel__reason">{approval.reason}</blockquote>
      ) : null}
      {editor && state !== 'submitted' && !upToDate ? (
        <Button
          buttonStyle="primary"
          size="medium"
          onClick={() => void save({ state: 'submitted' })}
        >
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
          <textarea
            id={reasonID}
            className="approval-panel__input"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button
            buttonStyle="secondary"
            size="medium"
            onClick={() => void save({ state: 'returned', reason })}
          >
            {text.sendBack}
          </Button>
        </>
      ) : null}
    </section>
  )
}
