'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent, StaticDescription, StaticLabel } from 'payload'
import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react'

import {
  bangkokDateParts,
  dayStart,
  englishMonthName,
  monthStart,
  parseTypedDate,
  thaiMonthName,
  toBuddhistYear,
  type TypedDate,
} from '../fiscal'

import './buddhistEra'
import { fieldStyle } from './fieldStyle'

const partsOf = (value: unknown): TypedDate | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : bangkokDateParts(date)
}

/** "3 ต.ค. 2569" (short) or "3 ตุลาคม พ.ศ. 2569" (full); CE years in English. */
const wording = (
  parts: TypedDate | null,
  { thai, monthOnly, full = false }: { thai: boolean; monthOnly: boolean; full?: boolean },
): string => {
  if (!parts) return ''
  const style = full ? 'full' : 'short'
  const month = thai ? thaiMonthName(parts.month, style) : englishMonthName(parts.month, style)
  const year = thai ? `${full ? 'พ.ศ. ' : ''}${toBuddhistYear(parts.year)}` : String(parts.year)
  return monthOnly ? `${month} ${year}` : `${parts.day} ${month} ${year}`
}

type Common = {
  path: string
  label?: StaticLabel
  required?: boolean
  localized?: boolean
  description?: StaticDescription
  locked: boolean
  thai: boolean
  value: string | null | undefined
  setValue: (value: string | null) => void
  showError: boolean
  style: CSSProperties
}

/**
 * Date fields as Thai clerks write dates: a day is typed ("3/10/2569", "3 ต.ค. 69", "3/10/2026")
 * and read back in full below the box, with a one-click "today"; a month is two lists, Thai
 * month names and Buddhist-era years. A date that cannot be read stays in the box with a message
 * saying why, and the field's validation refuses it, so nothing wrong is saved silently.
 */
export const ThaiDateField: DateFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
  })
  const { i18n } = useTranslation()
  const common: Common = {
    path,
    label: field.label,
    required: field.required,
    localized: field.localized,
    description: field.admin?.description,
    locked: Boolean(readOnly || disabled),
    thai: i18n.language !== 'en',
    value,
    setValue,
    showError,
    style: fieldStyle(field),
  }
  return (field.admin?.date as { pickerAppearance?: string } | undefined)?.pickerAppearance ===
    'monthOnly' ? (
    <MonthChoice {...common} />
  ) : (
    <TypedDay {...common} />
  )
}

const inputIdOf = (path: string) => `field-${path.replace(/\./g, '__')}`

function TypedDay({
  path,
  label,
  required,
  localized,
  description,
  locked,
  thai,
  value,
  setValue,
  showError,
  style,
}: Common) {
  const shown = partsOf(value)
  const [text, setText] = useState(() => wording(shown, { thai, monthOnly: false }))
  const [problem, setProblem] = useState<string | null>(null)
  const helpId = useId()
  // A value set from elsewhere (a default, a reload, a restored version) replaces what the box
  // shows.
  useEffect(() => {
    if (!problem) setText(wording(partsOf(value), { thai, monthOnly: false }))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes, not while a problem is shown
  }, [value, thai])

  const read = (typed: string) => {
    if (!typed.trim()) {
      setProblem(null)
      return setValue(null)
    }
    const reading = parseTypedDate(typed)
    if (!reading.ok) {
      setProblem(thai ? reading.problem.th : reading.problem.en)
      return setValue(typed)
    }
    setProblem(null)
    setValue(dayStart(reading.date.year, reading.date.month, reading.date.day).toISOString())
    setText(wording(reading.date, { thai, monthOnly: false }))
  }

  return (
    <div
      className={['field-type', 'thai-date-field', showError || problem ? 'error' : '']
        .filter(Boolean)
        .join(' ')}
      style={style}
    >
      <FieldLabel
        htmlFor={inputIdOf(path)}
        label={label}
        localized={localized}
        path={path}
        required={required}
      />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError && !problem} />
        <div className="thai-date-field__row">
          <input
            id={inputIdOf(path)}
            type="text"
            autoComplete="off"
            value={text}
            disabled={locked}
            placeholder={thai ? 'เช่น 3/10/2569 หรือ 3 ต.ค. 2569' : 'e.g. 3/10/2569 or 3 Oct 2026'}
            aria-describedby={helpId}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setText(event.target.value)}
            onBlur={(event) => read(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              read(event.currentTarget.value)
            }}
          />
          {!locked && (
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small thai-date-field__today"
              onClick={() =>
                read(wording(bangkokDateParts(new Date()), { thai, monthOnly: false }))
              }
            >
              {thai ? 'วันนี้' : 'Today'}
            </button>
          )}
        </div>
        <p
          id={helpId}
          className={problem ? 'thai-date-field__problem' : 'thai-date-field__reading'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? wording(shown, { thai, monthOnly: false, full: true })}
        </p>
      </div>
      <FieldDescription description={description} path={path} />
    </div>
  )
}

/**
 * A month in two choices: the month by name and the year (Buddhist era in Thai), the recent fiscal
 * years at hand.
 */
function MonthChoice({
  path,
  label,
  required,
  localized,
  description,
  locked,
  thai,
  value,
  setValue,
  showError,
  style,
}: Common) {
  const shown = partsOf(value)
  const now = bangkokDateParts(new Date())
  const years = useMemo(() => {
    const recent = Array.from({ length: 7 }, (_, index) => now.year + 1 - index)
    return shown && !recent.includes(shown.year)
      ? [...recent, shown.year].sort((a, b) => b - a)
      : recent
  }, [now.year, shown])
  const choose = (year: number, month: number) => setValue(monthStart(year, month).toISOString())
  return (
    <div
      className={['field-type', 'thai-date-field', showError ? 'error' : '']
        .filter(Boolean)
        .join(' ')}
      style={style}
    >
      <FieldLabel
        htmlFor={inputIdOf(path)}
        label={label}
        localized={localized}
        path={path}
        required={required}
      />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <div className="thai-date-field__row">
          <select
            id={inputIdOf(path)}
            aria-label={thai ? 'เดือน' : 'Month'}
            disabled={locked}
            value={shown?.month ?? ''}
            onChange={(event) =>
              event.target.value && choose(shown?.year ?? now.year, Number(event.target.value))
            }
          >
            {!shown && <option value="">{thai ? '— เดือน —' : '— month —'}</option>}
            {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
              <option key={month} value={month}>
                {thai ? thaiMonthName(month) : englishMonthName(month)}
              </option>
            ))}
          </select>
          <select
            aria-label={thai ? 'ปี พ.ศ.' : 'Year'}
            disabled={locked}
            value={shown?.year ?? ''}
            onChange={(event) =>
              event.target.value && choose(Number(event.target.value), shown?.month ?? now.month)
            }
          >
            {!shown && <option value="">{thai ? '— ปี —' : '— year —'}</option>}
            {years.map((year) => (
              <option key={year} value={year}>
                {thai ? `พ.ศ. ${toBuddhistYear(year)}` : year}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldDescription description={description} path={path} />
    </div>
  )
}
