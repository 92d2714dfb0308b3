import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Clones a framework into a fiscal year through `POST /api/oit-frameworks/:id/clone`, then opens
 * the
 * copy; a refusal (not a super-admin, bad or existing year) shows as a toast with the server's
 * message.
 */
export function useCloneFramework() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const th = i18n.language === 'th'

  const clone = async (sourceID: number | string, fiscalYear: number | string) => {
    setBusy(true)
    try {
      const res = await fetch(
        `${config.serverURL}${config.routes.api}/oit-frameworks/${sourceID}/clone`,
        {
          body: JSON.stringify({ fiscalYear }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        },
      )
      const body = await res.json()
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? res.statusText)
      toast.success(th ? `คัดลอกเป็นปีงบประมาณ ${fiscalYear} แล้ว` : `Cloned into FY${fiscalYear}`)
      router.push(`${config.routes.admin}/collections/oit-frameworks/${body.doc.id}`)
    } catch (err) {
      toast.error((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return { clone, busy }
}
