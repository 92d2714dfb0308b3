'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useEffect, useRef, useState } from 'react'

import { fieldStyle } from './fieldStyle'
import { groupDigits } from './groupDigits'

const numberOf = (text: string): number | null =>
  text.replace(/[^\d.]/g, '') === '' ? null : Number(text.replace(/,/g, ''))

/**
 * Baht amounts and counts with their digits grouped while they are typed ("245,000", not "245000"),
 * stored as numbers. Only digits and one decimal point get in; the caret keeps its place among the
 * digits.
 */
export const AmountField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { path, value, setValue, showError, disabled } = useField<number | null>({
    potentiallyStalePath: pathFromProps,
  })
  const [text, setText] = useState(() =>
    typeof value === 'number' ? groupDigits(String(value)) : '',
  )
  const input = useRef<HTMLInputElement>(null)
  const caretFromEnd = useRef<number | null>(null)

  // A value set from elsewhere (a chosen bidder, a reload) replaces what the box shows.
  useEffect(() => {
    if (numberOf(text) !== (typeof value === 'number' ? value : null))
      setText(typeof value === 'number' ? groupDigits(String(value)) : '')
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored value changes
  }, [value])
  useEffect(() => {
    if (caretFromEnd.current == null || !input.current) return
    const at = Math.max(0, text.length - caretFromEnd.current)
    input.current.setSelectionRange(at, at)
    caretFromEnd.current = null
  }, [text])

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div
      className={['field-type', 'number', 'amount-field', showError ? 'error' : '']
        .filter(Boolean)
        .join(' ')}
      style={fieldStyle(field)}
    >
      <FieldLabel
        htmlFor={id}
        label={field.label}
        localized={field.localized}
        path={path}
        required={field.required}
      />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={Boolean(readOnly || disabled)}
          onChange={(event) => {
            const typed = event.target.value
            caretFromEnd.current = typed.length - (event.target.selectionStart ?? typed.length)
            const grouped = groupDigits(typed)
            setText(grouped)
            setValue(numberOf(grouped))
          }}
        />
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
