import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { asDate } from '../fields/dates'
import { fiscalYearOf } from '../fiscal'
import { invalid, type FieldName } from '../validation/messages'

/**
 * The `fiscalYear` field's own hook: the year of the document's date or month (judged in Bangkok).
 * A caller that also sends a different fiscal year is refused rather than silently corrected; a
 * stale year the admin form carries over from the stored document is simply recomputed.
 */
export const deriveFiscalYear =
  (source: string, label: FieldName): FieldHook =>
  ({ collection, data, originalDoc, req, value }) => {
    const raw = data?.[source] ?? (data && source in data ? null : originalDoc?.[source])
    const date = asDate(raw)
    if (!date) return value
    const derived = fiscalYearOf(date)
    if (
      value != null &&
      value !== '' &&
      Number(value) !== derived &&
      Number(value) !== originalDoc?.fiscalYear
    ) {
      const fy = Number(value)
      throw new ValidationError(
        {
          collection: collection?.slug,
          errors: [
            {
              path: source,
              message: invalid(label, {
                th: `อยู่ในปีงบประมาณ ${derived} ไม่ใช่ปีงบประมาณ ${fy} (1 ต.ค. ${fy - 1} – 30 ก.ย. ${fy})`,
                en: `falls in fiscal year ${derived}, not ${fy} (1 Oct ${fy - 544} – 30 Sep ${fy - 543})`,
              }),
            },
          ],
        },
        req.t,
      )
    }
    return derived
  }
