'use client'
import { useRowLabel } from '@payloadcms/ui'

export const PhoneRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ label?: string; number?: string }>()
  return <span>{[data?.label, data?.number].filter(Boolean).join(' · ') || `#${(rowNumber ?? 0) + 1}`}</span>
}
