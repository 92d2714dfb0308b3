import { valueAt as at } from '../utilities/valueAt'
import type { FieldName } from '../validation/messages'
import type { UnitFramework } from './frameworkFor'

/**
 * A part of a document that is missing (or, with `problem`, wrong), named so the editor can find
 * it.
 */
export type Missing = { path: string; field: FieldName; problem?: FieldName }

export type Doc = Record<string, unknown>

export type CheckContext = {
  /** The unit's type (police station, provincial immigration, …). */
  unitType: string
  /** The framework the document is checked against. */
  framework: UnitFramework
  /**
   * The stored document in another locale (drafts included), merged with this save when it is that
   * locale.
   */
  inLocale: (locale: 'th' | 'en') => Promise<Doc>
  /** The Thai name of the unit's current head, as its profile has it (null when not entered). */
  unitHead: () => Promise<string | null>
  /** The slug of a related document (a law category), for rules that filter by it. */
  slugOf: (collection: string, id: number | string) => Promise<string | null>
}

/** Returns what is missing (nothing when the element is satisfied). */
export type Check = (doc: Doc, context: CheckContext) => Missing[] | Promise<Missing[]>

/**
 * What every published document of a collection needs whatever the framework asks (a list that is
 * the document's substance has rows, a law has its file or link). What the framework's elements ask
 * comes from their evidence rules (elementCheck.ts), never from here.
 */
export type PublishChecks = { label: FieldName; check: Check }[]

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** Rich text counts when it has visible text or embedded media, not just empty paragraphs. */
const hasContent = (node: LexicalNode): boolean =>
  (typeof node.text === 'string' && node.text.trim() !== '') ||
  node.type === 'upload' ||
  node.type === 'relationship' ||
  (node.children ?? []).some(hasContent)

/**
 * Whether a value counts as entered: text with non-space characters, a number, a relation, a
 * non-empty list or rich text.
 */
export const isFilled = (value: unknown): boolean => {
  if (value == null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object' && 'root' in value)
    return hasContent((value as { root: LexicalNode }).root)
  return true
}

/** Every listed path is filled. */
export const filled =
  (...fields: [path: string, field: FieldName][]): Check =>
  (doc) =>
    fields.filter(([path]) => !isFilled(at(doc, path))).map(([path, field]) => ({ path, field }))

/** At least one of the paths is filled (e.g. a file or a link). */
export const anyFilled =
  (field: FieldName, first: string, ...others: string[]): Check =>
  (doc) =>
    [first, ...others].some((path) => isFilled(at(doc, path))) ? [] : [{ path: first, field }]

/**
 * Every row of the array at `path` has each listed sub-field (an empty list passes: see
 * `everyRow`).
 */
export const eachRow =
  (path: string, rows: FieldName, ...fields: [sub: string, field: FieldName][]): Check =>
  (doc) => {
    const list = at(doc, path)
    return (Array.isArray(list) ? list : []).flatMap((row, index) =>
      fields
        .filter(([sub]) => !isFilled(at(row, sub)))
        .map(([sub, field]) => ({
          path: `${path}.${index}.${sub}`,
          field: {
            th: `${rows.th} แถวที่ ${index + 1}: ${field.th}`,
            en: `${rows.en} row ${index + 1}: ${field.en}`,
          },
        })),
    )
  }

/** The array at `path` has rows, and every row has each listed sub-field. */
export const everyRow =
  (path: string, rows: FieldName, ...fields: [sub: string, field: FieldName][]): Check =>
  (doc, context) => {
    const list = at(doc, path)
    return Array.isArray(list) && list.length
      ? eachRow(path, rows, ...fields)(doc, context)
      : [{ path, field: rows }]
  }

/** Runs `check` on the document as stored in `locale` (e.g. the English version of a policy). */
export const inLocale =
  (locale: 'th' | 'en', check: Check): Check =>
  async (doc, context) => {
    const missing = await check(await context.inLocale(locale), context)
    const tag =
      locale === 'en'
        ? { th: ' (ภาษาอังกฤษ)', en: ' (English)' }
        : { th: ' (ภาษาไทย)', en: ' (Thai)' }
    return missing.map(({ path, field }) => ({
      path,
      field: { th: field.th + tag.th, en: field.en + tag.en },
    }))
  }

/** Everything each check finds missing. */
export const allOf =
  (...checks: Check[]): Check =>
  async (doc, context) =>
    (await Promise.all(checks.map((check) => check(doc, context)))).flat()

const squeezed = (value: unknown) => (typeof value === 'string' ? value.replace(/\s/g, '') : '')

/**
 * The Thai value at `path` names the unit's current head (ranks and titles may surround the name).
 */
export const signedByHead =
  (path: string, field: FieldName): Check =>
  async (_doc, context) => {
    const head = await context.unitHead()
    const signer = at(await context.inLocale('th'), path)
    if (!head || !isFilled(signer) || squeezed(signer).includes(squeezed(head))) return []
    return [
      {
        path,
        field,
        problem: {
          th: `ต้องเป็นหัวหน้าหน่วยงานคนปัจจุบัน (${head})`,
          en: `must be the current head of the unit (${head})`,
        },
      },
    ]
  }
