'use client'
import {
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

type Problem = { path: string; text: { th: string; en: string } }

const fieldElement = (path: string) =>
  document
    .getElementById(`field-${path.replace(/\./g, '__')}`)
    ?.closest('.field-type, .array-field, .group-field') ?? null

/**
 * Beside the form, what publishing this document will still ask for, checked after each pause in
 * typing (the same rules the publish refusal applies, `POST …/publish-check`); the fields concerned
 * are marked. A draft saves whatever it lacks: this only says what the head will need.
 */
export const PublishChecklist = () => {
  const [fields] = useAllFormFields()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const thai = i18n.language !== 'en'
  const [problems, setProblems] = useState<Problem[] | null>(null)
  const asked = useRef(0)

  useEffect(() => {
    const data = reduceFieldsToValues(fields, true)
    const ask = ++asked.current
    const timer = setTimeout(async () => {
      try {
        const reply = await fetch(
          `${config.serverURL}${config.routes.api}/${collectionSlug}/publish-check?locale=${locale.code}`,
          {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ id, data }),
          },
        )
        if (reply.ok && ask === asked.current)
          setProblems(((await reply.json()) as { problems: Problem[] }).problems)
      } catch {
        // A failed check leaves the last list: publishing checks again anyway.
      }
    }, 1200)
    return () => clearTimeout(timer)
  }, [fields, id, collectionSlug, locale.code, config.serverURL, config.routes.api])

  useEffect(() => {
    document
      .querySelectorAll('.publish-missing')
      .forEach((element) => element.classList.remove('publish-missing'))
    for (const problem of problems ?? [])
      fieldElement(problem.path)?.classList.add('publish-missing')
  }, [problems])

  if (!problems) return null
  return (
    <section className="publish-checklist" aria-live="polite">
      <h3 className="publish-checklist__title">
        {problems.length
          ? thai
            ? `ก่อนเผยแพร่ยังต้องกรอก (${problems.length})`
            : `Before publishing (${problems.length} missing)`
          : thai
            ? '✓ ครบตามที่การเผยแพร่ต้องการ'
            : '✓ Ready to publish'}
      </h3>
      {problems.length > 0 && (
        <ul className="publish-checklist__list">
          {problems.map((problem) => (
            <li key={`${problem.path} ${problem.text.en}`}>
              <a href={`#field-${problem.path.replace(/\./g, '__')}`}>
                {thai ? problem.text.th : problem.text.en}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
