import type { Field, Validate, Where } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { invalid, type FieldName } from '../validation/messages'

/**
 * Adds "at most one per unit" to a field's own validation (e.g. one สขร.1 per month): the message
 * says which value is taken, so the editor opens the existing document instead of a duplicate.
 * With `alongWith`, the value is unique together with those fields (e.g. one per item and year).
 */
export const uniquePerUnit = <F extends Field & { name: string; label?: unknown; validate?: unknown }>(
  field: F,
  label: FieldName,
  describe: (value: unknown, data: Record<string, unknown>) => { th: string; en: string },
  alongWith: string[] = [],
): F => {
  const own = field.validate as Validate | undefined
  const validate: Validate = async (value, options) => {
    const result = own ? await own(value, options) : true
    if (result !== true || value == null || value === '') return result
    const { collectionSlug, id, req } = options as typeof options & { collectionSlug?: string }
    const data = (options.data ?? {}) as Record<string, unknown>
    const tenant = tenantIDOf(data.tenant)
    // A missing companion value is its own field's error, not a duplicate.
    if (!collectionSlug || tenant == null || alongWith.some((name) => data[name] == null)) return true
    const where: Where = {
      and: [
        { tenant: { equals: tenant } },
        { [field.name]: { equals: value } },
        ...alongWith.map((name) => ({ [name]: { equals: data[name] } })),
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    }
    const { totalDocs } = await req.payload.count({ collection: collectionSlug as never, where, overrideAccess: true, req })
    return totalDocs ? invalid(label, describe(value, data)) : true
  }
  return { ...field, validate } as F
}
