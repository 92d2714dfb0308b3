'use client'
import { useRowLabel } from '@payloadcms/ui'

export const ItemRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ code?: string; title?: { th?: string } }>()
  return (
    <span>
      {[data?.code, data?.title?.th].filter(Boolean).join(' ') || `#${(rowNumber ?? 0) + 1}`}
    </span>
  )
}
