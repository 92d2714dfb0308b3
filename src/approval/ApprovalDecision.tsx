'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

/**
 * The head's decision on one waiting draft, from the list of what waits: publish it as it stands, or
 * send it back with a reason (`POST /api/<collection>/:id/approval`). Refusals are shown as sent.
 */
export const ApprovalDecision = ({ collection, id, title }: { collection: string; id: number; title: string }) => {
  const { config } = useConfig()
  const router = useRouter()
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const reasonID = useId()

  const decide = async (action: 'approve' | 'return') => {
    setBusy(true)
    setError(null)
    try {
      const reply = await fetch(`${config.serverURL}${config.routes.api}/${collection}/${id}/approval`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, reason }),
      })
      if (!reply.ok) {
        const body = (await reply.json().catch(() => null)) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } | null
        const first = body?.errors?.[0]
        setError(first?.data?.errors?.map((problem) => problem.message).join(' · ') || first?.message || `HTTP ${reply.status}`)
        return
      }
      router.refresh()
    } catch {
      setError('ติดต่อเซิร์ฟเวอร์ไม่ได้ ลองอีกครั้ง / The server did not answer; try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="approval-decision">
      <Button buttonStyle="primary" size="small" disabled={busy} aria-label={`อนุมัติและเผยแพร่ ${title}`} onClick={() => void decide('approve')}>
        อนุมัติและเผยแพร่
      </Button>
      {returning ? (
        <>
          <label htmlFor={reasonID}>เหตุผลที่ส่งกลับ</label>
          <textarea id={reasonID} className="approval-panel__input" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void decide('return')}>
            ส่งกลับให้แก้ไข
          </Button>
        </>
      ) : (
        <Button buttonStyle="secondary" size="small" disabled={busy} aria-label={`ส่งกลับ ${title}`} onClick={() => setReturning(true)}>
          ส่งกลับ…
        </Button>
      )}
      {error ? (
        <p role="alert" className="approval-decision__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
