'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/**
 * A checkbox in a list as a word ("ใช่" / "ไม่"): Payload prints "จริง/เท็จ", and "general:null"
 * for one never ticked.
 */
export const CheckboxCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const thai = i18n.language !== 'en'
  return <span>{cellData === true ? (thai ? 'ใช่' : 'Yes') : thai ? 'ไม่' : 'No'}</span>
}
