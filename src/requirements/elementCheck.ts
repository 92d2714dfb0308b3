import type { FlattenedField } from 'payload'

import { type CheckFilter, type ElementCheck, type RecordsCheck } from '../frameworks/types'
import { fieldAt, filtersOf } from '../frameworks/checks'
import { valueAt as at } from '../utilities/valueAt'
import type { FieldName } from '../validation/messages'
import {
  type Check,
  type CheckContext,
  type Doc,
  isFilled,
  type Missing,
  signedByHead,
} from './checks'

const textOf = (label: unknown, fallback: string): FieldName => {
  if (typeof label === 'string') return { th: label, en: label }
  if (label && typeof label === 'object') {
    const { th, en } = label as Partial<FieldName>
    return { th: th ?? en ?? fallback, en: en ?? th ?? fallback }
  }
  return { th: fallback, en: fallback }
}

/**
 * A field's name as the editor sees it in the admin; a field inside a group says its group ("ผู้ชนะ
 * – ราคา").
 */
export function fieldName(fields: FlattenedField[], path: string): FieldName {
  const names: FieldName[] = []
  let scope = fields
  for (const part of path.split('.')) {
    const field = scope.find((candidate) => candidate.name === part)
    if (!field) return textOf(undefined, path)
    names.push(textOf('label' in field ? field.label : undefined, part))
    scope = 'flattenedFields' in field ? field.flattenedFields : []
  }
  return {
    th: names.map((name) => name.th).join(' – '),
    en: names.map((name) => name.en).join(' – '),
  }
}

/** The admin label of a select option (a line of work, a photo slot, a policy part). */
const optionName = (field: FlattenedField | undefined, value: string): FieldName => {
  const options =
    field && 'options' in field
      ? (field.options as (string | { value: string; label: unknown })[])
      : []
  const option = options.find(
    (candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value,
  )
  return textOf(option && typeof option === 'object' ? option.label : undefined, value)
}

/**
 * At most one document per unit and fiscal year (uniqueFiscalYearField): that document is all the
 * evidence.
 */
const oneAYear = (fields: FlattenedField[]) => {
  const unique = fieldAt(fields, 'fiscalYear')?.custom?.uniquePerUnit as
    | { alongWith?: string[] }
    | undefined
  return Boolean(unique && !unique.alongWith?.length)
}

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object'
    ? ((value as { id?: number | string }).id ?? null)
    : (value as number | string | null)

/**
 * Whether the filter holds for a document or row: a list contains the value; a relationship's
 * document has that slug.
 */
async function holds(
  subject: Doc,
  filter: CheckFilter,
  fields: FlattenedField[],
  context: CheckContext,
): Promise<boolean> {
  const field = fieldAt(fields, filter.field)
  const value = at(subject, filter.field)
  const values = await Promise.all(
    (Array.isArray(value) ? value : [value]).map(async (one) => {
      if (field?.type !== 'relationship' || one == null) return one
      const slug = one && typeof one === 'object' ? (one as { slug?: string }).slug : undefined
      const id = idOf(one)
      return slug ?? (id == null ? null : context.slugOf(field.relationTo as string, id))
    }),
  )
  const found = values.some((one) => one != null && String(one) === filter.value)
  return filter.not ? !found : found
}

const localeTag = {
  th: { th: ' (ภาษาไทย)', en: ' (Thai)' },
  en: { th: ' (ภาษาอังกฤษ)', en: ' (English)' },
}

/**
 * What one published document must carry for an element, derived from the element's evidence rule
 * (compliance/checks.ts): a document the rule is about (its collection, matching its filters) has
 * every field of the rule in the rule's languages, so does every row it lists (matching
 * `rowWhere`),
 * and `headSigns` names the unit's current head. Where a unit has one document a year, its list
 * also
 * has the row `rowWhere` asks for and covers `cover`; otherwise rows and coverage may be spread
 * over
 * several documents, and readiness judges them.
 * Returns null when the rule is about another collection or not about documents.
 */
export function elementCheck(
  rule: ElementCheck | null | undefined,
  collection: string,
  fields: FlattenedField[],
): Check | null {
  if (rule?.type !== 'records' || rule.collection !== collection) return null
  const list = rule.rows ? fieldAt(fields, rule.rows) : undefined
  const subjectFields = list && 'flattenedFields' in list ? list.flattenedFields : fields
  const listName = rule.rows ? fieldName(fields, rule.rows) : undefined
  const whole = Boolean(rule.rows) && oneAYear(fields)
  if (!rule.fields?.length && !rule.headSigns && !whole) return null
  return async (doc, context) => {
    for (const filter of filtersOf(rule))
      if (!(await holds(doc, filter, fields, context))) return []
    const missing: Missing[] = []
    for (const locale of rule.locales ?? ['th']) {
      const stored = await context.inLocale(locale)
      const tag = rule.locales ? localeTag[locale] : { th: '', en: '' }
      const named = (name: FieldName): FieldName => ({ th: name.th + tag.th, en: name.en + tag.en })
      if (!rule.rows || !listName) {
        for (const path of rule.fields ?? [])
          if (!isFilled(at(stored, path)))
            missing.push({ path, field: named(fieldName(fields, path)) })
        continue
      }
      const rows = await rowsOf(stored, rule, subjectFields, context)
      for (const { row, index } of rows) {
        for (const sub of rule.fields ?? []) {
          if (isFilled(at(row, sub))) continue
          const name = fieldName(subjectFields, sub)
          missing.push({
            path: `${rule.rows}.${index}.${sub}`,
            field: named({
              th: `${listName.th} แถวที่ ${index + 1}: ${name.th}`,
              en: `${listName.en} row ${index + 1}: ${name.en}`,
            }),
          })
        }
      }
      if (!whole || locale !== (rule.locales ?? ['th'])[0]) continue
      // Which rows there are is the same in every language: judged once.
      const absent = (path: string, value: string): Missing => {
        const option = optionName(fieldAt(subjectFields, path), value)
        return {
          path: rule.rows!,
          field: { th: `${listName.th}: ${option.th}`, en: `${listName.en}: ${option.en}` },
        }
      }
      if (rule.rowWhere && rule.min !== 0 && !rows.length)
        missing.push(absent(rule.rowWhere.field, rule.rowWhere.value))
      if (rule.cover) {
        const present = new Set(
          rows.flatMap(({ row }) => [at(row, rule.cover!.field)].flat().map(String)),
        )
        const { field, values, orValues } = rule.cover
        if (!orValues?.every((value) => present.has(value)))
          missing.push(
            ...values.filter((value) => !present.has(value)).map((value) => absent(field, value)),
          )
      }
    }
    if (rule.headSigns)
      missing.push(
        ...(await signedByHead(rule.headSigns, fieldName(fields, rule.headSigns))(doc, context)),
      )
    return missing
  }
}

async function rowsOf(
  doc: Doc,
  rule: RecordsCheck,
  fields: FlattenedField[],
  context: CheckContext,
): Promise<{ row: Doc; index: number }[]> {
  const list = at(doc, rule.rows!)
  const rows = (Array.isArray(list) ? (list as Doc[]) : []).map((row, index) => ({ row, index }))
  if (!rule.rowWhere) return rows
  const kept = await Promise.all(rows.map(({ row }) => holds(row, rule.rowWhere!, fields, context)))
  return rows.filter((_, index) => kept[index])
}
