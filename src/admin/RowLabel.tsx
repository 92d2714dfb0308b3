'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { valueAt } from '../utilities/valueAt'

type Label = string | Record<string, string>

/**
 * An array row's label from some of its fields ("3. ความผิดเกี่ยวกับทรัพย์ · 12"), so editors see
 * what each row is: select values in words (`options`, added by `thaiAdmin`), numbers grouped.
 */
export const RowLabel = ({
  paths,
  options = {},
}: {
  paths: string[]
  options?: Record<string, Record<string, Label>>
}) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'th'
  const words = (path: string, value: unknown): string => {
    const label = options[path]?.[String(value)]
    if (label != null)
      return typeof label === 'string'
        ? label
        : (label[language] ?? Object.values(label)[0] ?? String(value))
    return typeof value === 'number'
      ? value.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB')
      : String(value)
  }
  const parts = paths.flatMap((path) => {
    const value = valueAt(data, path)
    return value == null || value === '' ? [] : [words(path, value)]
  })
  return <span>{`${(rowNumber ?? 0) + 1}. ${parts.join(' · ')}`}</span>
}
