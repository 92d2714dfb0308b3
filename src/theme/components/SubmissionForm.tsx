'use client'

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'

type Labels = { submit: string; sending: string; done: string; failed: string }
type State = { status: 'idle' | 'sending' | 'done' | 'failed'; errors: string[] }

/**
 * "reporter.name" → { reporter: { name } }: the form's field names are the collection's field
 * paths.
 */
function payloadOf(form: HTMLFormElement): { data: Record<string, unknown>; file: File | null } {
  const data: Record<string, unknown> = {}
  let file: File | null = null
  for (const [name, value] of new FormData(form)) {
    if (value instanceof File) {
      if (value.size) file = value
      continue
    }
    if (value === '') continue
    const path = name.split('.')
    let target = data
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    target[path.at(-1)!] = value
  }
  return { data, file }
}

/**
 * Payload's REST errors, field by field (its messages already name the field, in Thai and English).
 */
const messagesOf = (body: unknown): string[] => {
  const errors =
    (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)
      ?.errors ?? []
  return errors
    .flatMap((error) =>
      error.data?.errors?.length
        ? error.data.errors.map((field) => field.message ?? '')
        : [error.message ?? ''],
    )
    .filter(Boolean)
}

/**
 * A public form posted to Payload's REST API (`/api/{collection}`), so it gets exactly the
 * collection's validation, spam guard and access rules. What was typed stays until it is accepted.
 */
export function SubmissionForm({
  collection,
  tenant,
  labels,
  children,
  id,
}: {
  collection: string
  tenant: number
  labels: Labels
  children: ReactNode
  id: string
}) {
  const [state, setState] = useState<State>({ status: 'idle', errors: [] })
  const result = useRef<HTMLDivElement>(null)
  // Marks the form as handled here (hydrated); before that a submit would be a plain page reload.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const { data, file } = payloadOf(form)
    const body = new FormData()
    body.set('_payload', JSON.stringify({ ...data, tenant }))
    if (file) body.set('file', file)
    setState({ status: 'sending', errors: [] })
    let next: State
    try {
      const response = await fetch(`/api/${collection}`, {
        method: 'POST',
        body,
        credentials: 'omit',
      })
      const json = await response.json().catch(() => null)
      next = response.ok
        ? { status: 'done', errors: [] }
        : { status: 'failed', errors: messagesOf(json) }
      if (response.ok) form.reset()
    } catch {
      next = { status: 'failed', errors: [] }
    }
    setState(next)
    requestAnimationFrame(() => result.current?.focus())
  }

  return (
    <form id={id} className="submission" onSubmit={submit} data-ready={ready || undefined}>
      {children}
      {/* Bots fill every field; people never see this one. */}
      <div className="honeypot" aria-hidden="true">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <button type="submit" disabled={state.status === 'sending'}>
        {state.status === 'sending' ? labels.sending : labels.submit}
      </button>
      <div
        ref={result}
        tabIndex={-1}
        role={state.status === 'failed' ? 'alert' : 'status'}
        className={`form-result form-${state.status}`}
      >
        {state.status === 'done' && <p>{labels.done}</p>}
        {state.status === 'failed' && (
          <>
            <p>{labels.failed}</p>
            {state.errors.length > 0 && (
              <ul>
                {state.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </form>
  )
}
