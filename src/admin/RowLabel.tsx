'use client'
import { useRowLabel } from '@payloadcms/ui'

import { valueAt } from '../utilities/valueAt'

/** An array row's label from some of its fields ("3. ความผิดเกี่ยวกับทรัพย์ · 12"), so editors see what each row is. */
export const RowLabel = ({ paths }: { paths: string[] }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const parts = paths.map((path) => valueAt(data, path)).filter((value) => value != null && value !== '')
  return <span>{`${(rowNumber ?? 0) + 1}. ${parts.map(String).join(' · ')}`}</span>
}
