'use client'
import {
  Button,
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL, reduceFieldsToValues } from 'payload/shared'
import { useId, useState } from 'react'

type Text = { th: string; en: string }
type Mapping = { key: string; label: Text; column: number | null; header: string | null }
type Preview = {
  mapping: Mapping[]
  ignored: string[]
  rows: { line: number; cells: Record<string, string> }[]
  replaced: number
  problems: string[]
  notes?: string[]
}

const words = {
  th: {
    title: 'นำเข้าจากไฟล์ Excel หรือ CSV',
    hint: 'ใช้ไฟล์ที่มีหัวคอลัมน์ตามแบบฟอร์ม (แถวละหนึ่งรายการ) ระบบจะแสดงตัวอย่างก่อน ยังไม่บันทึกจนกว่าจะกดยืนยัน',
    alsoFrom: 'หรือใช้',
    choose: 'เลือกไฟล์',
    reading: 'กำลังอ่านไฟล์…',
    found: (rows: number) => `พบ ${rows} รายการ`,
    column: (index: number, header: string) => `คอลัมน์ ${index} "${header}"`,
    notFound: 'ไม่พบในไฟล์',
    ignored: 'คอลัมน์ที่ไม่ได้ใช้',
    replaces: (count: number) => `รายการเดิม ${count} รายการจะถูกแทนที่`,
    problems: (count: number) =>
      `พบปัญหา ${count} จุด แก้ในไฟล์แล้วเลือกไฟล์อีกครั้ง (ยังไม่ได้นำเข้า)`,
    confirm: (rows: number) => `ยืนยันนำเข้า ${rows} รายการ`,
    saveFirst: 'บันทึกการแก้ไขก่อน แล้วจึงนำเข้า',
    line: 'แถวในไฟล์',
    failed: 'นำเข้าไม่ได้',
  },
  en: {
    title: 'Import from an Excel or CSV file',
    hint: 'A sheet with the form’s column headers, one line per row. You see a preview first; nothing is saved until you confirm.',
    alsoFrom: 'Or use',
    choose: 'Choose a file',
    reading: 'Reading the file…',
    found: (rows: number) => `${rows} rows found`,
    column: (index: number, header: string) => `column ${index} "${header}"`,
    notFound: 'not in the file',
    ignored: 'Columns not used',
    replaces: (count: number) => `replaces the ${count} rows there now`,
    problems: (count: number) =>
      `${count} problems: fix the file and choose it again (nothing imported)`,
    confirm: (rows: number) => `Import ${rows} rows`,
    saveFirst: 'Save your changes first, then import',
    line: 'Line',
    failed: 'Import failed',
  },
}

/**
 * Rows from the Excel or CSV file the clerk already keeps: a preview (which column went where,
 * every
 * row, every problem by sheet line), then one confirmation that saves them as a draft and reopens
 * it.
 */
export const ImportRows = ({
  rows: rowsPath,
  label,
  columns,
  alsoFrom = [],
}: {
  rows: string
  label: Text
  columns: { key: string; label: Text; header: string }[]
  alsoFrom?: Text[]
}) => {
  const { id, collectionSlug } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const modified = useFormModified()
  const { config } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const thai = i18n.language !== 'en'
  const text = thai ? words.th : words.en
  const inputID = useId()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async (mode: 'preview' | 'confirm', chosen: File) => {
    const { [rowsPath]: _rows, ...doc } = reduceFieldsToValues(fields, true) as Record<
      string,
      unknown
    >
    const body = new FormData()
    body.append('file', chosen)
    body.append('_payload', JSON.stringify({ mode, id, doc: id ? undefined : doc }))
    const reply = await fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/import-rows?locale=${locale.code}`,
      { method: 'POST', credentials: 'include', body },
    )
    return {
      ok: reply.ok,
      body: (await reply.json().catch(() => ({}))) as Preview & {
        id?: number
        errors?: { message: string }[]
      },
    }
  }

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return
    setFile(chosen)
    setPreview(null)
    setError(null)
    setBusy(true)
    try {
      const { ok, body } = await send('preview', chosen)
      if (ok) setPreview(body)
      else setError(body.errors?.map((problem) => problem.message).join(' · ') ?? text.failed)
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (!file) return
    setBusy(true)
    try {
      const { ok, body } = await send('confirm', file)
      if (ok && body.id != null) {
        window.location.assign(
          formatAdminURL({
            adminRoute: config.routes.admin,
            path: `/collections/${collectionSlug}/${body.id}`,
          }),
        )
        return
      }
      setPreview(body.mapping ? body : preview)
      setError(body.errors?.map((problem) => problem.message).join(' · ') ?? text.failed)
    } finally {
      setBusy(false)
    }
  }

  const shownColumns = columns.filter(
    (column) => preview?.mapping.find((mapped) => mapped.key === column.key)?.column != null,
  )
  return (
    <section className="import-rows" aria-labelledby={`${inputID}-title`}>
      <h3 id={`${inputID}-title`} className="import-rows__title">
        {text.title} · {thai ? label.th : label.en}
      </h3>
      <p className="import-rows__hint">{text.hint}</p>
      {alsoFrom.length ? (
        <p className="import-rows__hint">
          {text.alsoFrom} {alsoFrom.map((source) => (thai ? source.th : source.en)).join(', ')}
        </p>
      ) : null}
      <label
        className="btn btn--style-secondary btn--size-small import-rows__choose"
        htmlFor={inputID}
      >
        {text.choose}
      </label>
      <input
        id={inputID}
        className="import-rows__file"
        type="file"
        accept={`.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv${alsoFrom.length ? ',.json,application/json' : ''}`}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {file ? <span className="import-rows__name">{file.name}</span> : null}
      {busy ? <p aria-live="polite">{text.reading}</p> : null}
      {error ? (
        <p role="alert" className="import-rows__error">
          {error}
        </p>
      ) : null}
      {preview ? (
        <div className="import-rows__preview" aria-live="polite">
          <p>
            <strong>{text.found(preview.rows.length)}</strong>
            {preview.replaced ? ` · ${text.replaces(preview.replaced)}` : ''}
          </p>
          {preview.notes?.map((note) => (
            <p key={note}>{thai ? note.split(' / ')[0] : (note.split(' / ')[1] ?? note)}</p>
          ))}
          <ul className="import-rows__mapping">
            {preview.mapping.map((mapped) => (
              <li
                key={mapped.key}
                className={mapped.column == null ? 'import-rows__unmapped' : undefined}
              >
                {thai ? mapped.label.th : mapped.label.en} ←{' '}
                {mapped.column == null
                  ? text.notFound
                  : text.column(mapped.column, mapped.header ?? '')}
              </li>
            ))}
          </ul>
          {preview.ignored.length ? (
            <p>
              {text.ignored}: {preview.ignored.join(', ')}
            </p>
          ) : null}
          {preview.problems.length ? (
            <div role="alert" className="import-rows__problems">
              <p>
                <strong>{text.problems(preview.problems.length)}</strong>
              </p>
              <ul>
                {preview.problems.map((problem) => (
                  <li key={problem}>
                    {thai ? problem.split(' / ')[0] : (problem.split(' / ')[1] ?? problem)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="import-rows__scroll">
            <table className="import-rows__table">
              <thead>
                <tr>
                  <th scope="col">{text.line}</th>
                  {shownColumns.map((column) => (
                    <th scope="col" key={column.key}>
                      {thai ? column.label.th : column.label.en}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map(({ line, cells }) => (
                  <tr key={line}>
                    <th scope="row">{line}</th>
                    {shownColumns.map((column) => (
                      <td key={column.key}>{cells[column.key] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {id && modified ? <p className="import-rows__error">{text.saveFirst}</p> : null}
          <Button
            buttonStyle="primary"
            size="medium"
            disabled={busy || preview.problems.length > 0 || Boolean(id && modified)}
            onClick={() => void confirm()}
          >
            {text.confirm(preview.rows.length)}
          </Button>
        </div>
      ) : null}
    </section>
  )
}
