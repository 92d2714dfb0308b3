import type { Field, FlattenedField, Where } from 'payload'

import type { CheckFilter, FrameworkItem, RecordsCheck, RequiredElement } from '../frameworks/types'
import { filtersOf, fieldAt } from '../frameworks/checks'
import { slugOf } from '../options'
import { FISCAL_YEAR, periodHeading, periodOfMonth, windowPeriods } from '../companions/periods'
import { signNames, signPath, type SignName } from '../frameworks/signNames'
import { declarationOf } from '../fields/noneDeclared'
import { rankText } from '../fields/options'
import { bangkokDateParts, formatThaiMonth } from '../fiscal'
import { valueAt } from '../utilities/valueAt'
import type { PeriodFiles } from './oit'
import type { Site } from './site'

type Doc = Record<string, unknown>
type Text = { th: string; en?: string | null }

/** One value as the page shows it. */
export type ShownValue =
  | { kind: 'text'; text: string; lang?: 'th' | 'en' }
  | { kind: 'rich'; data: unknown; lang?: 'th' | 'en' }
  | { kind: 'image'; src: string; alt: string; width?: number | null; height?: number | null }
  | { kind: 'file'; url: string; title: string; filename: string; filesize?: number | null }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'tel'; phone: string }

/** A field of one subject, shown for the elements it evidences. */
export type Shown = { elements: string[]; label: string; values: ShownValue[] }

/** A document, or a row of one of its lists, that evidences elements. */
export type Subject = { id: string; title: string; context?: string; shown: Shown[] }

/**
 * A month of the window: published or not, its declaration, its files and when it was first made
 * public.
 */
export type MonthEvidence = {
  period: string
  label: string
  published: boolean
  declared: string | null
  files: PeriodFiles['files']
  official: ShownValue[]
  firstPublished: string | null
}

/**
 * The evidence of elements that share their subjects, as one block of the item page; with the
 * printable signs the elements name.
 */
export type EvidenceGroup = {
  key: string
  heading: string
  elements: RequiredElement[]
  signs: { href: string; label: string }[]
} & (
  | { kind: 'records'; subjects: Subject[] }
  | { kind: 'months'; months: MonthEvidence[] }
  | { kind: 'files'; periods: PeriodFiles[]; official: ShownValue[] }
  | { kind: 'form'; href: string; text: string }
  | { kind: 'manual' }
)

const labelOf = (site: Site, label: unknown, fallback: string): string =>
  label && typeof label === 'object'
    ? site.pick(label as Text)
    : typeof label === 'string'
      ? label
      : fallback

/** A localized value read with `locale: 'all'`: the wanted language, else Thai. */
const inLocale = (value: unknown, locale: 'th' | 'en'): unknown => {
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    'id' in value ||
    'root' in value
  )
    return value
  const byLocale = value as Record<string, unknown>
  return 'th' in byLocale || 'en' in byLocale
    ? (byLocale[locale] ?? (locale === 'en' ? undefined : byLocale.th))
    : value
}

const isUpload = (value: unknown): value is Doc & { url: string; filename: string } =>
  Boolean(value && typeof value === 'object' && 'url' in value && 'filename' in value)

/** A polymorphic relation's document (`{ relationTo, value }`), or the value itself. */
const related = (value: unknown): unknown =>
  value && typeof value === 'object' && 'relationTo' in value && 'value' in value
    ? (value as { value: unknown }).value
    : value

/** Parts of one element that are all short text (rank, first name, last name) read as one line. */
const joined = (shown: (Shown & { row?: number })[]): Shown[] =>
  shown
    .reduce<(Shown & { row?: number })[]>((out, next) => {
      const last = out.at(-1)
      const text = (entry: Shown) => entry.values.length === 1 && entry.values[0]!.kind === 'text'
      if (
        last &&
        text(last) &&
        text(next) &&
        last.row !== undefined &&
        last.row === next.row &&
        last.elements.join() === next.elements.join()
      ) {
        const value = (entry: Shown) => (entry.values[0] as { text: string }).text
        out[out.length - 1] = {
          elements: last.elements,
          row: last.row,
          label: `${last.label} ${next.label}`,
          values: [{ kind: 'text', text: `${value(last)} ${value(next)}` }],
        }
      } else out.push(next)
      return out
    }, [])
    .map(({ row: _row, ...entry }) => entry)

/**
 * Which admin row each field sits in: fields side by side there (rank, first and last name) read as
 * one.
 */
function adminRows(
  fields: Field[],
  rows = new Map<string, number>(),
  row?: number,
): Map<string, number> {
  for (const field of fields) {
    if (field.type === 'row') adminRows(field.fields, rows, rows.size + 1)
    else if (field.type === 'collapsible') adminRows(field.fields, rows, row)
    else if (field.type === 'tabs')
      for (const tab of field.tabs)
        if (!('name' in tab && tab.name)) adminRows(tab.fields, rows, row)
    if ('name' in field && field.name && row !== undefined) rows.set(field.name, row)
  }
  return rows
}

/** The values of one field as the page shows them, in one language. */
function shownValues(
  site: Site,
  field: FlattenedField,
  raw: unknown,
  locale: 'th' | 'en',
): ShownValue[] {
  const value = 'localized' in field && field.localized ? inLocale(raw, locale) : raw
  const lang = 'localized' in field && field.localized ? locale : undefined
  if (value == null || value === '' || (Array.isArray(value) && !value.length)) return []
  switch (field.type) {
    case 'richText':
      return [{ kind: 'rich', data: value, lang }]
    case 'upload':
      return [value]
        .flat()
        .map(related)
        .filter(isUpload)
        .map((file) =>
          String(file.mimeType ?? '').startsWith('image/')
            ? {
                kind: 'image',
                src: String(
                  (file.sizes as Record<string, { url?: string }> | undefined)?.card?.url ??
                    file.url,
                ),
                alt: String(inLocale(file.alt, site.locale) ?? ''),
                width:
                  (file.sizes as Record<string, { width?: number }> | undefined)?.card?.width ??
                  (file.width as number),
                height:
                  (file.sizes as Record<string, { height?: number }> | undefined)?.card?.height ??
                  (file.height as number),
              }
            : {
                kind: 'file',
                url: file.url,
                title: String(inLocale(file.title, site.locale) ?? file.filename),
                filename: file.filename,
                filesize: file.filesize as number,
              },
        )
    case 'select':
    case 'radio': {
      const options = field.options.map((option) =>
        typeof option === 'string' ? { value: option, label: option } : option,
      )
      const names = [value]
        .flat()
        .map((entry) =>
          labelOf(site, options.find((option) => option.value === entry)?.label, String(entry)),
        )
      return [
        {
          kind: 'text',
          text:
            field.name === 'rank'
              ? (rankText(String(value) as never, site.locale) ?? names.join(', '))
              : names.join(', '),
        },
      ]
    }
    case 'number':
      return [
        {
          kind: 'text',
          text: Number(value).toLocaleString(site.locale === 'en' ? 'en-GB' : 'th-TH'),
        },
      ]
    case 'date': {
      const monthOnly = field.admin?.date?.pickerAppearance === 'monthOnly'
      if (!monthOnly) return [{ kind: 'text', text: site.formatDate(String(value)) }]
      const { year, month } = bangkokDateParts(new Date(String(value)))
      return [
        {
          kind: 'text',
          text:
            site.locale === 'en'
              ? new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString('en-GB', {
                  month: 'long',
                  year: 'numeric',
                  timeZone: 'UTC',
                })
              : formatThaiMonth(year, month),
        },
      ]
    }
    case 'checkbox':
      return value === true ? [{ kind: 'text', text: site.t('ใช่', 'Yes') }] : []
    case 'relationship':
      return [value].flat().flatMap((related) =>
        related && typeof related === 'object'
          ? [
              {
                kind: 'text' as const,
                text: String(
                  inLocale((related as Doc).name ?? (related as Doc).title, site.locale) ?? '',
                ),
              },
            ]
          : [],
      )
    case 'array':
      return (value as Doc[]).map((row) => ({
        kind: 'text' as const,
        text: field.flattenedFields
          .filter((sub) => sub.name !== 'id')
          .flatMap((sub) => shownValues(site, sub, row[sub.name], locale))
          .map((shown) => (shown.kind === 'text' ? shown.text : ''))
          .filter(Boolean)
          .join(' · '),
      }))
    case 'group':
      return []
    default: {
      const text = String(value).trim()
      if (!text) return []
      if (/phone/i.test(field.name))
        return text.split(/[,;]\s*/).map((phone) => ({ kind: 'tel' as const, phone }))
      if (/url|link/i.test(field.name) || /^https?:\/\//.test(text))
        return [{ kind: 'link', href: text, text }]
      return [{ kind: 'text', text, lang }]
    }
  }
}

/**
 * The Payload query of a records rule's documents: the unit's published ones of the year, as
 * anonymous visitors read them.
 */
export function recordsWhere(
  fields: FlattenedField[],
  check: RecordsCheck,
  unit: number,
  fiscalYear: number,
  item: FrameworkItem,
  today: Date,
): Where {
  const has = (name: string) => Boolean(fieldAt(fields, name))
  const condition = (filter: CheckFilter): Where => {
    const field = fieldAt(fields, filter.field)
    const path = field?.type === 'relationship' ? `${filter.field}.slug` : filter.field
    const equal: Where = {
      [path]:
        field && 'hasMany' in field && field.hasMany
          ? { in: [filter.value] }
          : { equals: filter.value },
    }
    return filter.not
      ? { or: [{ [path]: { not_equals: filter.value } }, { [path]: { exists: false } }] }
      : equal
  }
  const and: Where[] = [
    check.collection === 'units' ? { id: { equals: unit } } : { tenant: { equals: unit } },
  ]
  if (has('fiscalYear')) and.push({ fiscalYear: { equals: fiscalYear } })
  if (has('itemCode')) and.push({ itemCode: { equals: item.code } })
  for (const filter of filtersOf(check)) and.push(condition(filter))
  if (check.currentUntil)
    and.push({
      or: [
        { [check.currentUntil]: { exists: false } },
        { [check.currentUntil]: { greater_than_equal: today.toISOString() } },
      ],
    })
  return { and }
}

/**
 * Elements evidenced by the same documents (or rows) are shown together: one block per subject set.
 */
const subjectKey = (check: RecordsCheck) =>
  JSON.stringify([
    check.collection,
    filtersOf(check),
    check.currentUntil ?? null,
    check.rows ?? null,
    check.rowWhere ?? null,
  ])

const groupKey = (element: RequiredElement): string => {
  const check = element.check
  if (!check) return `manual:${element.key}`
  if (check.type === 'records') return `records:${subjectKey(check)}`
  if (check.type === 'monthly') return `months:${check.collection}`
  if (check.type === 'files') return 'files'
  return `form:${check.form ?? 'site'}`
}

export type EvidenceSources = {
  /** The item's files by period, as anonymous visitors may download them. */
  files: PeriodFiles[]
  /** When each period was first made public (compliance/publicationDates.ts). */
  firstPublished: Map<string, string>
  /**
   * The unit's signs that are there to link (an EIT sign only once the unit has its survey link).
   */
  signs: Set<string>
  /** Loads documents as anonymous visitors read them, in every locale. */
  find: (collection: string, where: Where) => Promise<Doc[]>
  today?: Date
}

/**
 * What the item page shows for each required element, from the element's evidence rule, the same
 * rule readiness judges: the documents (or their rows) the rule counts, with the fields it asks
 * for in the languages it asks for; every month of the window; the year's files; the form.
 */
export async function itemEvidence(
  site: Site,
  fiscalYear: number,
  item: FrameworkItem,
  { files, firstPublished, signs: available, find, today = new Date() }: EvidenceSources,
): Promise<EvidenceGroup[]> {
  const groups = new Map<string, { elements: RequiredElement[] }>()
  for (const element of item.requiredElements) {
    const key = groupKey(element)
    groups.set(key, { elements: [...(groups.get(key)?.elements ?? []), element] })
  }
  const configOf = (collection: string) =>
    site.payload.collections[slugOf(site.payload, collection) as 'news'].config
  const loads = new Map<string, Promise<Doc[]>>()
  const load = (collection: string, where: Where) => {
    const key = JSON.stringify([collection, where])
    return loads.get(key) ?? loads.set(key, find(collection, where)).get(key)!
  }
  const filesOf = (period: string) => files.find((entry) => entry.period === period)?.files ?? []
  const officialField = {
    name: 'officialFiles',
    type: 'upload',
    relationTo: slugOf(site.payload, 'documents'),
    hasMany: true,
  } as FlattenedField
  const officialOf = (docs: Doc[]) =>
    docs.flatMap((doc) => shownValues(site, officialField, doc.officialFiles, site.locale))

  return Promise.all(
    [...groups].map(async ([key, { elements }]): Promise<EvidenceGroup> => {
      const first = elements[0]!
      const check = first.check
      const signs = elements.flatMap((element) =>
        (element.check?.type === 'records' ? (element.check.signs ?? []) : [])
          .filter((name): name is SignName => name in signNames && available.has(name))
          .map((name) => ({
            href: signPath(site.unit.slug, name),
            label: site.pick(signNames[name]),
          })),
      )
      const single = { key, heading: first.label, elements, signs }
      if (!check) return { ...single, kind: 'manual' }
      if (check.type === 'website') {
        const form = check.form ?? 'feedback'
        return {
          ...single,
          kind: 'form',
          href: site.href(form === 'complaint' ? '/contact#complaint' : '/contact#feedback'),
          text:
            form === 'complaint'
              ? site.t(
                  'แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
                  'Corruption and misconduct complaint form',
                )
              : site.t('แบบฟอร์มถาม-ตอบ แสดงความคิดเห็น แนะนำ ติชม', 'Questions and feedback form'),
        }
      }
      if (check.type === 'files') {
        // The unit's own official files of the year, on the item's yearly documents.
        const yearly = item.feeds.filter((collection) =>
          fieldAt(configOf(collection).flattenedFields, 'officialFiles'),
        )
        const docs = (
          await Promise.all(
            yearly.map((collection) =>
              load(
                collection,
                recordsWhere(
                  configOf(collection).flattenedFields,
                  { type: 'records', collection },
                  site.unit.id,
                  fiscalYear,
                  item,
                  today,
                ),
              ),
            ),
          )
        ).flat()
        return {
          ...single,
          kind: 'files',
          periods: files.filter((entry) => entry.period === FISCAL_YEAR),
          official: officialOf(docs),
        }
      }
      const config = configOf(check.collection)
      if (check.type === 'monthly') {
        const docs = await load(
          check.collection,
          recordsWhere(
            config.flattenedFields,
            { type: 'records', collection: check.collection },
            site.unit.id,
            fiscalYear,
            item,
            today,
          ),
        )
        const declaration = declarationOf(config.fields)
        const now = bangkokDateParts(today)
        const months = windowPeriods(fiscalYear, item.window)
          .filter(({ year, month }) => year < now.year || (year === now.year && month <= now.month))
          .map(({ period }): MonthEvidence => {
            const ofMonth = docs.filter((doc) => periodOfMonth(doc.month) === period)
            const declared =
              ofMonth.some((doc) => doc.noneDeclared === true) &&
              !ofMonth.some((doc) => doc.noneDeclared !== true)
            return {
              period,
              label: periodHeading(period, fiscalYear),
              published: ofMonth.length > 0,
              declared: declared ? (declaration ?? null) : null,
              files: filesOf(period),
              official: officialOf(ofMonth),
              firstPublished: ofMonth.length ? (firstPublished.get(period) ?? null) : null,
            }
          })
        return {
          key,
          heading:
            elements.length > 1
              ? labelOf(site, config.labels.plural, check.collection)
              : first.label,
          elements,
          signs,
          kind: 'months',
          months,
        }
      }
      const docs = await load(
        check.collection,
        recordsWhere(config.flattenedFields, check, site.unit.id, fiscalYear, item, today),
      )
      const list = check.rows ? fieldAt(config.flattenedFields, check.rows) : undefined
      const subjectFields =
        list && 'flattenedFields' in list ? list.flattenedFields : config.flattenedFields
      const titleOf = (doc: Doc) => {
        const name = config.admin?.useAsTitle ?? 'id'
        const value = inLocale(doc[name], site.locale)
        return typeof value === 'number'
          ? `${labelOf(site, config.labels.singular, check.collection)} ${value}`
          : String(value ?? doc.id)
      }
      // What each element asks of every subject: its fields, its covered field, in its languages.
      const asked = new Map<string, { path: string; locale: 'th' | 'en'; elements: string[] }>()
      for (const element of elements) {
        const rule = element.check as RecordsCheck
        const locales = rule.locales?.length ? rule.locales : [site.locale]
        const paths = [...(rule.cover ? [rule.cover.field] : []), ...(rule.fields ?? [])]
        for (const path of paths) {
          for (const locale of locales) {
            const id = `${path}@${locale}`
            asked.set(id, {
              path,
              locale,
              elements: [...(asked.get(id)?.elements ?? []), element.key],
            })
          }
        }
      }
      const rowFilter = check.rowWhere
      const sideBySide = adminRows(list && 'fields' in list ? list.fields : config.fields)
      const subjects: Subject[] = docs.flatMap((doc) => {
        const rows = list
          ? ((valueAt(doc, check.rows!) as Doc[] | undefined) ?? []).filter(
              (row) =>
                !rowFilter ||
                [row[rowFilter.field]].flat().includes(rowFilter.value) !== Boolean(rowFilter.not),
            )
          : [doc]
        return rows.map((subject, index): Subject => {
          const shown = joined(
            [...asked.values()].flatMap(
              ({ path, locale, elements: keys }): (Shown & { row?: number })[] => {
                const field = fieldAt(subjectFields, path)
                if (!field) return []
                const values = shownValues(site, field, valueAt(subject, path), locale)
                const tag =
                  locale !== site.locale
                    ? ` (${locale === 'en' ? site.t('ภาษาอังกฤษ', 'English') : site.t('ภาษาไทย', 'Thai')})`
                    : ''
                return values.length
                  ? [
                      {
                        elements: keys,
                        row: sideBySide.get(path),
                        label: `${labelOf(site, field.label, path)}${tag}`,
                        values,
                      },
                    ]
                  : []
              },
            ),
          )
          const rowTitle = list ? rowTitleOf(site, subjectFields, subject) : null
          return {
            id: `${doc.id}${list ? `-${index}` : ''}`,
            title: rowTitle ?? titleOf(doc),
            context: rowTitle ? titleOf(doc) : undefined,
            shown,
          }
        })
      })
      const heading =
        elements.length > 1
          ? list
            ? labelOf(site, list.label, check.rows!)
            : labelOf(site, config.labels.plural, check.collection)
          : first.label
      return { key, heading, elements, signs, kind: 'records', subjects }
    }),
  )
}

/**
 * A row is named by its first text or choice (an activity's title, a line of work, a photo slot).
 */
function rowTitleOf(site: Site, fields: FlattenedField[], row: Doc): string | null {
  for (const field of fields) {
    if (!['text', 'select'].includes(field.type) || field.name === 'id') continue
    const [value] = shownValues(site, field, row[field.name], site.locale)
    if (value?.kind === 'text' || value?.kind === 'link') return value.text
  }
  return null
}
