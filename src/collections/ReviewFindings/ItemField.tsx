'use client'
import {
  FieldDescription,
  FieldError,
  FieldLabel,
  useConfig,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { fieldStyle } from '../../admin/fieldStyle'

type Item = { code: string; title: { th: string; en: string } }

/**
 * The item a finding is about, chosen from the framework in force for the unit and fiscal year
 * chosen above (`GET /api/review-findings/items`), not typed: "O15" is a different item for a
 * station and an immigration unit.
 */
export const ItemField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const unit = useFormFields(
    ([fields]) => fields.tenant?.value as number | string | { id: number } | null | undefined,
  )
  const year = useFormFields(([fields]) => fields.fiscalYear?.value as number | null | undefined)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const thai = i18n.language !== 'en'
  const [items, setItems] = useState<Item[] | null>(null)
  const unitID = unit && typeof unit === 'object' ? unit.id : unit

  useEffect(() => {
    if (unitID == null || unitID === '' || !year) return setItems(null)
    let current = true
    fetch(
      `${config.serverURL}${config.routes.api}/review-findings/items?unit=${unitID}&year=${year}`,
      { credentials: 'include' },
    )
      .then((reply) => (reply.ok ? reply.json() : { items: [] }))
      .then((body: { items: Item[] }) => current && setItems(body.items))
      .catch(() => current && setItems([]))
    return () => {
      current = false
    }
  }, [unitID, year, config.serverURL, config.routes.api])

  const id = `field-${path.replace(/\./g, '__')}`
  const known = items?.some((item) => item.code === value)
  return (
    <div className="field-type select" style={fieldStyle(field)}>
      <FieldLabel htmlFor={id} label={field.label} required={field.required} path={path} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <select
        id={id}
        className="oit-select"
        value={value ?? ''}
        disabled={readOnly || !items}
        onChange={(event) => setValue(event.target.value)}
      >
        <option value="">
          {items
            ? thai
              ? '— เลือกข้อ —'
              : '— choose an item —'
            : thai
              ? 'เลือกหน่วยงานและปีงบประมาณก่อน'
              : 'choose the unit and fiscal year first'}
        </option>
        {value && !known ? <option value={value}>{value}</option> : null}
        {(items ?? []).map((item) => (
          <option key={item.code} value={item.code}>
            {item.code} {thai ? item.title.th : item.title.en}
          </option>
        ))}
      </select>
      <FieldDescription
        path={path}
        description={
          thai
            ? 'ข้อตามเกณฑ์การประเมินของหน่วยงานและปีงบประมาณที่เลือก'
            : 'An item of the framework of the chosen unit and fiscal year'
        }
      />
    </div>
  )
}
