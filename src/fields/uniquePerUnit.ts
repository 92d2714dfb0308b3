import type {
  CollectionAfterErrorHook,
  CollectionConfig,
  Field,
  FieldHook,
  PayloadRequest,
  Validate,
  Where,
} from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { invalid, type FieldName } from '../validation/messages'

/**
 * Adds "at most one per unit" to a field's own validation (e.g. one สขร.1 per month): the message
 * says which value is taken, so the editor opens the existing document instead of a duplicate.
 * With `alongWith`, the value is unique together with those fields (e.g. one per item and year).
 * With `next`, duplicating a document moves the copy to the first free value after the original's
 * (September's report duplicated is October's, its rows kept), instead of failing as taken.
 */
export const uniquePerUnit = <
  F extends Field & { name: string; label?: unknown; validate?: unknown },
>(
  field: F,
  label: FieldName,
  describe: (value: unknown, data: Record<string, unknown>) => { th: string; en: string },
  alongWith: string[] = [],
  next?: (value: unknown) => unknown,
): F => {
  const own = field.validate as Validate | undefined
  const taken = async (
    value: unknown,
    data: Record<string, unknown>,
    collectionSlug: string,
    req: PayloadRequest,
    id?: number | string,
  ) => {
    const where: Where = {
      and: [
        { tenant: { equals: tenantIDOf(data.tenant) } },
        { [field.name]: { equals: value } },
        ...alongWith.map((name) => ({ [name]: { equals: data[name] } })),
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    }
    return (
      (
        await req.payload.count({
          collection: collectionSlug as never,
          where,
          overrideAccess: true,
          req,
        })
      ).totalDocs > 0
    )
  }
  const validate: Validate = async (value, options) => {
    const result = own ? await own(value, options) : true
    if (result !== true || value == null || value === '') return result
    const { collectionSlug, id, req } = options as typeof options & { collectionSlug?: string }
    const data = (options.data ?? {}) as Record<string, unknown>
    const tenant = tenantIDOf(data.tenant)
    // A missing companion value is its own field's error, not a duplicate.
    if (!collectionSlug || tenant == null || alongWith.some((name) => data[name] == null))
      return true
    return (await taken(value, data, collectionSlug, req, id))
      ? invalid(label, describe(value, data))
      : true
  }
  const custom = {
    ...(field as { custom?: Record<string, unknown> }).custom,
    uniquePerUnit: { alongWith, label } satisfies UniquePerUnit,
  }
  // A unit has a few years of months at most: past that, the copy keeps the last candidate and
  // validation explains.
  const firstFree: FieldHook = async ({ value, data, collection, req }) => {
    if (!next || value == null || !collection || tenantIDOf(data?.tenant) == null) return value
    let candidate = next(value)
    for (
      let tries = 0;
      tries < 60 && (await taken(candidate, data ?? {}, collection.slug, req));
      tries++
    )
      candidate = next(candidate)
    return candidate
  }
  const hooks = { ...(field as { hooks?: Record<string, FieldHook[]> }).hooks }
  if (next) hooks.beforeDuplicate = [...(hooks.beforeDuplicate ?? []), firstFree]
  return { ...field, validate, custom, hooks } as F
}

type UniquePerUnit = { alongWith: string[]; label: FieldName }

/**
 * The top-level fields (rows and other presentational wrappers included) marked unique per unit.
 */
const markedFields = (fields: Field[]): { name: string; rule: UniquePerUnit }[] =>
  fields.flatMap((field) => {
    const rule = (field as { custom?: { uniquePerUnit?: UniquePerUnit } }).custom?.uniquePerUnit
    if ('name' in field && rule) return [{ name: field.name, rule }]
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      return markedFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : markedFields(tab.fields),
      )
    return []
  })

const duplicateMessage = (label: FieldName) =>
  invalid(label, {
    th: 'หน่วยงานนี้มีเอกสารสำหรับค่านี้แล้ว (เพิ่งบันทึกพร้อมกัน) ให้แก้ไขฉบับเดิม',
    en: 'this unit already has one for this value (saved at the same moment); edit that one',
  })

/**
 * The validation above explains a duplicate; a unique index makes it true when two saves arrive at
 * once, and the database's refusal is answered with the field's own message instead of 500.
 */
export function withUniquePerUnitIndexes(collection: CollectionConfig): CollectionConfig {
  const marked = markedFields(collection.fields)
  if (!marked.length) return collection
  const answerDuplicate: CollectionAfterErrorHook = ({ error }) => {
    const errors = (error as { name?: string; data?: { errors?: { path?: string }[] } }).data
      ?.errors
    if (error.name !== 'ValidationError' || !errors?.some(({ path }) => path?.includes('tenant')))
      return
    const field =
      marked.find(({ name, rule }) =>
        errors.some(({ path }) =>
          [name, ...rule.alongWith].some((column) =>
            path?.includes(column.replace(/([A-Z])/g, '_$1').toLowerCase()),
          ),
        ),
      ) ?? marked[0]!
    const message = duplicateMessage(field.rule.label)
    return {
      status: 400,
      response: {
        errors: [
          { name: 'ValidationError', message, data: { errors: [{ path: field.name, message }] } },
        ],
      },
    }
  }
  return {
    ...collection,
    indexes: [
      ...(collection.indexes ?? []),
      ...marked.map(({ name, rule }) => ({
        fields: ['tenant', name, ...rule.alongWith],
        unique: true,
      })),
    ],
    hooks: {
      ...collection.hooks,
      afterError: [...(collection.hooks?.afterError ?? []), answerDuplicate],
    },
  }
}
