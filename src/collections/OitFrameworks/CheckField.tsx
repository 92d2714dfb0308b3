'use client'
import { TextareaInput, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

/**
 * The element's check as plain JSON text. Payload's JSON editor is Monaco, fetched from a CDN (the
 * admin must load nothing from outside) and far too heavy for one instance per required element.
 * Text that does not parse is kept as text, so the field's validation names the problem.
 */
export const CheckField: JSONFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, disabled } = useField<unknown>({ path })
  const [text, setText] = useState(() => (value == null ? '' : JSON.stringify(value)))
  return (
    <TextareaInput
      path={path}
      label={field.label}
      description={field.admin?.description}
      readOnly={readOnly || disabled}
      showError={showError}
      rows={2}
      value={text}
      onChange={(event) => {
        const next = event.target.value
        setText(next)
        if (!next.trim()) return setValue(null)
        try {
          setValue(JSON.parse(next))
        } catch {
          setValue(next)
        }
      }}
    />
  )
}
