import type { Field, Validate, Where } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { invalid, type FieldName } from '../validation/messages'

/**
 * Adds "at most one per unit" to a field's own validation (e.g. one สขร.1 per month): the message
 * says which value is taken, so the editor opens the existing document instead of a duplicate.
 */
export const uniquePerUnit = <F extends Field & { name: string; label?: unknown; validate?: unknown }>(
  field: F,
  label: FieldName,
  describe: (value: unknown) => { th: string; en: string },
): F => {
  const own = field.validate as Validate | undefined
  const validate: Validate = async (value, options) => {
    const result = own ? await own(value, options) : true
    if (result !== true || value == null || value === '') return result
    const { collectionSlug, data, id, req } = options as typeof options & { collectionSlug?: string }
    const tenant = tenantIDOf((data as { tenant?: unknown } | undefined)?.tenant)
    if (!collectionSlug || tenant == null) return true
    const where: Where = { and: [{ tenant: { equals: tenant } }, { [field.name]: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] }
    const { totalDocs } = await req.payload.count({ collection: collectionSlug as never, where, overrideAccess: true, req })
    return totalDocs ? invalid(label, describe(value)) : true
  }
  return { ...field, validate } as F
}
