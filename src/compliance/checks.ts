import type { FlattenedField, Payload } from 'payload'

import { contentCollections } from '../frameworks/types'
import { invalid } from '../validation/messages'

/** Only documents whose `field` is `value` (a list field: contains it), e.g. news tagged `head-participation`. */
export type CheckFilter = { field: string; value: string }

/**
 * How a required element is checked against a unit's published data: a few generic rule types,
 * configured per element in the framework data (never one function per item).
 */
export type ElementCheck =
  /**
   * Every month of the item's window that has ended has a published document of `collection` for
   * that month, or (with `declaration`) its "nothing this month" declaration; with `files`, also the
   * item's generated files of that month in the item's formats. Months not yet ended are not due.
   */
  | { type: 'monthly'; collection: string; declaration?: boolean; files?: boolean }
  /**
   * At least `min` (default 1) published documents of `collection` (of the fiscal year when it has
   * one; only current ones when `currentUntil` names their end date), each with every field of
   * `fields` filled in every locale of `locales` (default Thai). For `units`: the unit itself.
   */
  | { type: 'records'; collection: string; min?: number; fields?: string[]; locales?: ('th' | 'en')[]; where?: CheckFilter; currentUntil?: string }
  /** The item's generated files of the whole fiscal year in the item's formats. */
  | { type: 'files' }
  /** Provided by every unit's website itself (the feedback and complaint forms). */
  | { type: 'website' }

export const checkTypes = ['monthly', 'records', 'files', 'website'] as const

export const checkTypeLabels: Record<ElementCheck['type'], { th: string; en: string }> = {
  monthly: { th: 'ทุกเดือนที่ถึงกำหนดมีเอกสารเผยแพร่ (หรือประกาศว่าไม่มี)', en: 'Every due month published (or declared none)' },
  records: { th: 'มีเอกสารเผยแพร่ครบจำนวนและทุกฟิลด์ที่กำหนด', en: 'Enough published documents, each complete' },
  files: { th: 'มีไฟล์ของปีงบประมาณครบทุกรูปแบบ', en: 'Fiscal-year files in every format' },
  website: { th: 'เว็บไซต์ของหน่วยงานมีให้แล้ว', en: 'Provided by the unit website' },
}

const label = { th: 'วิธีตรวจอัตโนมัติ', en: 'Automatic check' }

/** The named field at a dotted path through groups and named tabs (rows and unnamed tabs are already flattened). */
export function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || !rest.length) return field
  return field.type === 'group' || field.type === 'tab' ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

const problem = (th: string, en: string) => invalid(label, { th, en })

/**
 * Whether a configured check can run: known type, an existing collection and fields. Returns the
 * Thai/English message naming what is wrong, as a Payload field validation does.
 */
export function validateCheck(value: unknown, payload: Payload): true | string {
  if (value == null) return true
  if (typeof value !== 'object' || Array.isArray(value)) return problem('ต้องเป็นออบเจกต์ JSON เช่น {"type": "records", "collection": "news"}', 'must be a JSON object such as {"type": "records", "collection": "news"}')
  const check = value as Record<string, unknown>
  if (!checkTypes.includes(check.type as ElementCheck['type'])) return problem(`ไม่รู้จักชนิด "${String(check.type)}" (ใช้ได้: ${checkTypes.join(', ')})`, `unknown type "${String(check.type)}" (known: ${checkTypes.join(', ')})`)
  if (check.type === 'files' || check.type === 'website') return true
  const slug = check.collection
  if (typeof slug !== 'string' || !(contentCollections as readonly string[]).includes(slug) || !payload.collections[slug as 'news']) {
    return problem(`ไม่มีชุดข้อมูล "${String(slug)}"`, `no collection "${String(slug)}"`)
  }
  const fields = payload.collections[slug as 'news'].config.flattenedFields
  const missingField = (name: unknown) => typeof name !== 'string' || !fieldAt(fields, name)
  if (check.type === 'monthly') {
    if (!fieldAt(fields, 'month')) return problem(`ชุดข้อมูล "${slug}" ไม่มีฟิลด์เดือน`, `collection "${slug}" has no month field`)
    if (check.declaration && !fieldAt(fields, 'noneDeclared')) return problem(`ชุดข้อมูล "${slug}" ไม่มีการประกาศว่าไม่มีรายการ`, `collection "${slug}" has no "none" declaration`)
    return true
  }
  const names = [...((check.fields as unknown[]) ?? []), ...(check.where ? [(check.where as CheckFilter).field] : []), ...(check.currentUntil ? [check.currentUntil] : [])]
  const unknown = names.find(missingField)
  if (unknown !== undefined) return problem(`ชุดข้อมูล "${slug}" ไม่มีฟิลด์ "${String(unknown)}"`, `collection "${slug}" has no field "${String(unknown)}"`)
  if (check.min !== undefined && !(Number.isInteger(check.min) && (check.min as number) >= 1)) return problem('จำนวนขั้นต่ำ (min) ต้องเป็นจำนวนเต็มตั้งแต่ 1', 'min must be an integer of at least 1')
  const locales = (check.locales as unknown[] | undefined) ?? []
  if (locales.some((locale) => locale !== 'th' && locale !== 'en')) return problem('ภาษา (locales) ใช้ได้เฉพาะ "th" และ "en"', 'locales may only be "th" and "en"')
  return true
}
