'use client'
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Outcome = { read: number; created: number; known: number; problems: string[] }

const words = {
  th: {
    title: 'ประกาศจากระบบ e-GP',
    hint: 'ดึงประกาศของหน่วยงานจากระบบ e-GP กรมบัญชีกลางมาเป็นฉบับร่าง (ระบบดึงให้เองทุก 6 ชั่วโมงเมื่อกรอกรหัสหน่วยงานในระบบ e-GP ไว้) แล้วแนบไฟล์ประกาศที่ลงนามและผู้ลงนามก่อนเผยแพร่ ถ้าเครื่องแม่ข่ายออกอินเทอร์เน็ตไม่ได้ ให้บันทึกฟีด RSS จาก e-GP แล้วนำเข้าไฟล์',
    fetch: 'ดึงจาก e-GP ตอนนี้',
    choose: 'นำเข้าไฟล์ฟีด RSS',
    working: 'กำลังดึงประกาศ…',
    chooseUnit: 'เลือกหน่วยงานก่อน (เมนูเลือกหน่วยงานด้านซ้าย)',
    outcome: ({ read, created, known }: Outcome) =>
      `อ่านได้ ${read} ประกาศ · เพิ่มเป็นฉบับร่างใหม่ ${created} · มีอยู่แล้ว ${known}`,
    problems: 'ที่ดึงไม่ได้',
    failed: 'ดึงประกาศไม่ได้',
  },
  en: {
    title: 'Announcements from e-GP',
    hint: 'Fetch the unit’s announcements from the Comptroller General’s e-GP system as drafts (done every 6 hours once the unit’s e-GP department code is set), then attach the signed file and signer before publishing. A server without internet: save the RSS feed from e-GP and import the file.',
    fetch: 'Fetch from e-GP now',
    choose: 'Import an RSS feed file',
    working: 'Fetching announcements…',
    chooseUnit: 'Choose a unit first (unit selector on the left)',
    outcome: ({ read, created, known }: Outcome) =>
      `${read} announcements read · ${created} new drafts · ${known} already here`,
    problems: 'Not fetched',
    failed: 'Could not fetch announcements',
  },
}

/** The announcements list's e-GP box: fetch the unit's feed now, or import a saved feed file. */
export const EgpFeed = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { selectedTenantID } = useTenantSelection()
  const router = useRouter()
  const text = i18n.language === 'en' ? words.en : words.th
  const inputID = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pick = (message: string) =>
    i18n.language === 'en' ? (message.split(' / ')[1] ?? message) : message.split(' / ')[0]!

  const run = async (file?: File) => {
    setBusy(true)
    setOutcome(null)
    setError(null)
    try {
      const body = new FormData()
      if (file) body.append('file', file)
      body.append('_payload', JSON.stringify({ unit: selectedTenantID }))
      const reply = await fetch(
        `${config.serverURL}${config.routes.api}/procurement-announcements/egp-feed`,
        { method: 'POST', credentials: 'include', body },
      )
      const answer = (await reply.json().catch(() => ({}))) as Outcome & {
        errors?: { message: string }[]
      }
      if (!reply.ok)
        return setError(
          answer.errors?.map(({ message }) => pick(message)).join(' · ') ?? text.failed,
        )
      setOutcome(answer)
      if (answer.created) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="import-rows egp-feed" aria-labelledby={`${inputID}-title`}>
      <h2 id={`${inputID}-title`} className="import-rows__title">
        {text.title}
      </h2>
      <p className="import-rows__hint">{text.hint}</p>
      {selectedTenantID == null ? (
        <p>{text.chooseUnit}</p>
      ) : (
        <div className="egp-feed__actions">
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run()}>
            {text.fetch}
          </Button>
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
            accept=".xml,.rss,application/rss+xml,text/xml"
            disabled={busy}
            onChange={(event) => void run(event.target.files?.[0])}
          />
        </div>
      )}
      {busy ? <p aria-live="polite">{text.working}</p> : null}
      {error ? (
        <p role="alert" className="import-rows__error">
          {error}
        </p>
      ) : null}
      {outcome ? (
        <div aria-live="polite">
          <p>
            <strong>{text.outcome(outcome)}</strong>
          </p>
          {outcome.problems.length ? (
            <>
              <p>{text.problems}:</p>
              <ul>
                {outcome.problems.map((problem) => (
                  <li key={problem}>{pick(problem)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
