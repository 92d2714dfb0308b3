'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** "Clone into fiscal year …" on a saved framework, for preparing next year's checklist. */
export const CloneButton = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [year, setYear] = useState('')
  const [busy, setBusy] = useState(false)
  const th = i18n.language === 'th'
  // The endpoint refuses everyone else anyway; do not offer them a control that can only fail.
  if (!id || user?.role !== 'super-admin') return null

  const clone = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/oit-frameworks/${id}/clone`, {
        body: JSON.stringify({ fiscalYear: year }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = await res.json()
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? res.statusText)
      toast.success(th ? `คัดลอกเป็นปีงบประมาณ ${year} แล้ว` : `Cloned into FY${year}`)
      router.push(`${config.routes.admin}/collections/oit-frameworks/${body.doc.id}`)
    } catch (err) {
      toast.error((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
      <label htmlFor="clone-fiscal-year">{th ? 'คัดลอกเป็นปีงบประมาณ' : 'Clone into FY'}</label>
      <input
        id="clone-fiscal-year"
        inputMode="numeric"
        onChange={(event) => setYear(event.target.value)}
        placeholder="2570"
        size={6}
        value={year}
      />
      <Button buttonStyle="secondary" disabled={busy || !year} margin={false} onClick={clone} size="small">
        {th ? 'คัดลอก' : 'Clone'}
      </Button>
    </div>
  )
}
