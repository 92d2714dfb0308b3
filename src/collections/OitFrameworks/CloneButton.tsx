'use client'
import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { useCloneFramework } from './useCloneFramework'

/** "Clone into fiscal year …" on a saved framework, for preparing next year's checklist. */
export const CloneButton = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const { clone, busy } = useCloneFramework()
  const [year, setYear] = useState('')
  const th = i18n.language === 'th'
  // The endpoint refuses everyone else anyway; do not offer them a control that can only fail.
  if (!id || user?.role !== 'super-admin') return null

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
      <Button
        buttonStyle="secondary"
        disabled={busy || !year}
        margin={false}
        onClick={() => clone(id, year)}
        size="small"
      >
        {th ? 'คัดลอก' : 'Clone'}
      </Button>
    </div>
  )
}
