import type { FlattenedField, Payload } from 'payload'

import { signNames } from './signNames'
import {
  contentCollections,
  websiteForms,
  type CheckFilter,
  type ElementCheck,
  type RecordsCheck,
  type WebsiteForm,
} from './types'
import { invalid } from '../validation/messages'
import { slugOf } from '../options'

/** A check's document filters as a list. */
export const filtersOf = (check: RecordsCheck): CheckFilter[] =>
  check.where ? (Array.isArray(check.where) ? check.where : [check.where]) : []

export const checkTypes = ['monthly', 'records', 'files', 'website'] as const

export const checkTypeLabels: Record<ElementCheck['type'], { th: string; en: string }> = {
  monthly: {
    th: 'ทุกเดือนที่ถึงกำหนดมีเอกสารเผยแพร่ (หรือประกาศว่าไม่มี)',
    en: 'Every due month published (or declared none)',
  },
  records: {
    th: 'มีเอกสารเผยแพร่ครบจำนวนและทุกฟิลด์ที่กำหนด',
    en: 'Enough published documents, each complete',
  },
  files: { th: 'มีไฟล์ของปีงบประมาณครบทุกรูปแบบ', en: 'Fiscal-year files in every format' },
  website: { th: 'เว็บไซต์ของหน่วยงานมีให้แล้ว', en: 'Provided by the unit website' },
}

const label = { th: 'วิธีตรวจอัตโนมัติ', en: 'Automatic check' }

/**
 * The named field at a dotted path through groups and named tabs (rows and unnamed tabs are already
 * flattened).
 */
export function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || !rest.length) return field
  return field.type === 'group' || field.type === 'tab'
    ? fieldAt(field.flattenedFields, rest.join('.'))
    : undefined
}

const problem = (th: string, en: string) => invalid(label, { th, en })

/**
 * Whether a configured check can run: known type, an existing collection and fields. Returns the
 * Thai/English message naming what is wrong, as a Payload field validation does.
 */
export function validateCheck(value: unknown, payload: Payload): true | string {
  if (value == null) return true
  if (typeof value !== 'object' || Array.isArray(value))
    return problem(
      'ต้องเป็นออบเจกต์ JSON เช่น {"type": "records", "collection": "news"}',
      'must be a JSON object such as {"type": "records", "collection": "news"}',
    )
  const check = value as Record<string, unknown>
  if (!checkTypes.includes(check.type as ElementCheck['type']))
    return problem(
      `ไม่รู้จักชนิด "${String(check.type)}" (ใช้ได้: ${checkTypes.join(', ')})`,
      `unknown type "${String(check.type)}" (known: ${checkTypes.join(', ')})`,
    )
  if (check.type === 'files') return true
  if (check.type === 'website')
    return check.form === undefined || websiteForms.includes(check.form as WebsiteForm)
      ? true
      : problem(
          `ไม่รู้จักแบบฟอร์ม "${String(check.form)}" (ใช้ได้: ${websiteForms.join(', ')})`,
          `unknown form "${String(check.form)}" (known: ${websiteForms.join(', ')})`,
        )
  const slug = check.collection
  if (
    typeof slug !== 'string' ||
    !(contentCollections as readonly string[]).includes(slug) ||
    !payload.collections[slugOf(payload, slug) as 'news']
  ) {
    return problem(`ไม่มีชุดข้อมูล "${String(slug)}"`, `no collection "${String(slug)}"`)
  }
  const fields = payload.collections[slugOf(payload, slug) as 'news'].config.flattenedFields
  const missingField = (name: unknown) => typeof name !== 'string' || !fieldAt(fields, name)
  if (check.type === 'monthly') {
    if (!fieldAt(fields, 'month'))
      return problem(
        `ชุดข้อมูล "${slug}" ไม่มีฟิลด์เดือน`,
        `collection "${slug}" has no month field`,
      )
    if (check.declaration && !fieldAt(fields, 'noneDeclared'))
      return problem(
        `ชุดข้อมูล "${slug}" ไม่มีการประกาศว่าไม่มีรายการ`,
        `collection "${slug}" has no "none" declaration`,
      )
    return true
  }
  const where =
    check.where === undefined ? [] : Array.isArray(check.where) ? check.where : [check.where]
  if (
    where.some(
      (filter) =>
        !filter || typeof filter !== 'object' || typeof (filter as CheckFilter).value !== 'string',
    )
  )
    return problem(
      'เงื่อนไข (where) ต้องเป็น {"field": …, "value": …}',
      'where must be {"field": …, "value": …}',
    )
  const docNames = [
    ...where.map((filter) => (filter as CheckFilter).field),
    ...(check.currentUntil ? [check.currentUntil] : []),
    ...(check.rows ? [check.rows] : []),
  ]
  const unknown = docNames.find(missingField)
  if (unknown !== undefined)
    return problem(
      `ชุดข้อมูล "${slug}" ไม่มีฟิลด์ "${String(unknown)}"`,
      `collection "${slug}" has no field "${String(unknown)}"`,
    )
  let subjectFields = fields
  if (check.rows) {
    const list = fieldAt(fields, check.rows as string)
    if (list?.type !== 'array')
      return problem(
        `ฟิลด์ "${String(check.rows)}" ของ "${slug}" ไม่ใช่รายการ (array)`,
        `field "${String(check.rows)}" of "${slug}" is not a list (array)`,
      )
    subjectFields = list.flattenedFields
  }
  const cover = check.cover as { field?: unknown; values?: unknown; orValues?: unknown } | undefined
  const valueList = (values: unknown) =>
    Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'string')
  if (
    cover !== undefined &&
    (typeof cover !== 'object' ||
      !valueList(cover.values) ||
      (cover.orValues !== undefined && !valueList(cover.orValues)))
  ) {
    return problem(
      'ความครอบคลุม (cover) ต้องเป็น {"field": …, "values": ["…"]}',
      'cover must be {"field": …, "values": ["…"]}',
    )
  }
  const signs = check.signs
  if (signs !== undefined && (!Array.isArray(signs) || signs.some((name) => !(name in signNames))))
    return problem(
      `ป้าย (signs) ใช้ได้: ${Object.keys(signNames).join(', ')}`,
      `signs may be: ${Object.keys(signNames).join(', ')}`,
    )
  const rowFilter = check.rowWhere as CheckFilter | undefined
  const subjectNames = [
    ...((check.fields as unknown[]) ?? []),
    ...(cover ? [cover.field] : []),
    ...(rowFilter ? [rowFilter.field] : []),
    ...(check.headSigns !== undefined ? [check.headSigns] : []),
  ]
  const unknownInSubject = subjectNames.find(
    (name) => typeof name !== 'string' || !fieldAt(subjectFields, name),
  )
  if (unknownInSubject !== undefined)
    return problem(
      `ชุดข้อมูล "${slug}" ไม่มีฟิลด์ "${String(unknownInSubject)}"${check.rows ? ` ในรายการ "${String(check.rows)}"` : ''}`,
      `collection "${slug}" has no field "${String(unknownInSubject)}"${check.rows ? ` in list "${String(check.rows)}"` : ''}`,
    )
  if (check.min !== undefined && !(Number.isInteger(check.min) && (check.min as number) >= 0))
    return problem(
      'จำนวนขั้นต่ำ (min) ต้องเป็นจำนวนเต็มตั้งแต่ 0',
      'min must be a whole number of at least 0',
    )
  const locales = (check.locales as unknown[] | undefined) ?? []
  if (locales.some((locale) => locale !== 'th' && locale !== 'en'))
    return problem('ภาษา (locales) ใช้ได้เฉพาะ "th" และ "en"', 'locales may only be "th" and "en"')
  return true
}
