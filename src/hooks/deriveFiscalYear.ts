import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { fiscalYearOf } from '../fiscal'
import { invalid, type FieldName } from '../validation/messages'

/**
 * Sets `fiscalYear` from the document's date or month (judged in Bangkok). A caller that also sends
 * a different fiscal year is refused rather than silently corrected; a stale year the admin form
 * carries over from the stored document is simply recomputed.
 */
export const deriveFiscalYear =
  (source: string, label: FieldName): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc }) => {
    if (!data) return data
    const raw = data[source] ?? (source in data ? null : originalDoc?.[source])
    const date = raw ? new Date(raw as string) : null
    if (!date || Number.isNaN(date.getTime())) return data
    const derived = fiscalYearOf(date)
    const given = data.fiscalYear
    if (given != null && given !== '' && Number(given) !== derived && Number(given) !== originalDoc?.fiscalYear) {
      const fy = Number(given)
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: source,
            message: invalid(label, {
              th: `อยู่ในปีงบประมาณ ${derived} ไม่ใช่ปีงบประมาณ ${fy} (1 ต.ค. ${fy - 1} – 30 ก.ย. ${fy})`,
              en: `falls in fiscal year ${derived}, not ${fy} (1 Oct ${fy - 544} – 30 Sep ${fy - 543})`,
            }),
          },
        ],
      })
    }
    return { ...data, fiscalYear: derived }
  }
