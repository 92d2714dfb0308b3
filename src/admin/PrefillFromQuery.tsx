'use client'
import { useForm, useOperation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * On a create form, fills fields from the address (`?unit=12&year=2568&item=O7` with `fields`
 * `{ unit: 'tenant', year: 'fiscalYear', item: 'item' }`), so a link from where a gap is seen
 * opens the form already about that gap. Numbers stay numbers.
 */
export const PrefillFromQuery = ({ fields }: { fields: Record<string, string> }) => {
  const operation = useOperation()
  const search = useSearchParams()
  const { dispatchFields } = useForm()
  const done = useRef(false)

  useEffect(() => {
    if (operation !== 'create' || done.current) return
    done.current = true
    for (const [param, path] of Object.entries(fields)) {
      const raw = search.get(param)
      if (raw == null || raw === '') continue
      dispatchFields({ type: 'UPDATE', path, value: /^\d+$/.test(raw) ? Number(raw) : raw })
    }
  }, [operation, search, fields, dispatchFields])

  return null
}
