import type { Payload } from 'payload'

import { FISCAL_YEAR, windowPeriods } from '../companions/periods'
import { bangkokDateParts, formatThaiMonth } from '../fiscal'
import { frameworksInForce, type Framework } from '../frameworks/inForce'
import type { FrameworkItem, RequiredElement } from '../frameworks/types'
import type { ElementCheck } from './checks'
import { fieldAt } from './checks'
import { fileFacts, monthlyFacts, recordsLoader, type QueryScope, type RecordsSpec } from './facts'

export type Status = 'pass' | 'pending' | 'fail'
export type Text = { th: string; en: string }
export type ElementResult = { key: string; label: string; status: Status; reasons: Text[]; fix?: string }
export type ItemResult = { code: string; title: Text; subIndicator: string; status: Status; elements: ElementResult[] }
export type ReadinessUnit = { id: number; name: string; slug: string; unitType: string; parent: number | null; domain: string | null }
export type Counts = Record<Status, number> & { total: number }
export type UnitReadiness = { unit: ReadinessUnit; fiscalYear: number; frameworkYear: number | null; items: ItemResult[]; counts: Counts }

export type ReadinessOptions = {
  units: ReadinessUnit[]
  fiscalYear: number
  today?: Date
  onQuery?: () => void
  /** Already loaded by the caller (`frameworksInForce`). */
  frameworks?: Map<string, Framework>
}

const severity: Record<Status, number> = { pass: 0, pending: 1, fail: 2 }

export const countStatuses = (statuses: Status[]): Counts => ({
  pass: statuses.filter((s) => s === 'pass').length,
  pending: statuses.filter((s) => s === 'pending').length,
  fail: statuses.filter((s) => s === 'fail').length,
  total: statuses.length,
})

type Verdict = { status: Status; reasons: Text[]; fix?: string }
const pass: Verdict = { status: 'pass', reasons: [] }
const laterMonths: Verdict = { status: 'pending', reasons: [{ th: 'เดือนที่เหลือยังไม่ถึงกำหนด', en: 'later months not yet due' }] }

const labelText = (label: unknown, fallback: string): Text =>
  label && typeof label === 'object' ? (label as Text) : { th: typeof label === 'string' ? label : fallback, en: typeof label === 'string' ? label : fallback }

const englishMonth = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** Without a configured check, an element counts as met once the item has published content (publishing enforces its fields). */
const defaultChecks = (item: FrameworkItem): ElementCheck[] =>
  item.feeds.map((collection) => {
    const filter = item.feedFilters?.find((candidate) => candidate.collection === collection)
    return { type: 'records', collection, ...(filter ? { where: { field: filter.field, value: filter.value } } : {}) }
  })

/** Formats an item's files must come in: its format groups, else each generated format. */
const formatGroups = (item: FrameworkItem): string[][] =>
  item.formats.length ? item.formats.map((group) => group.anyOf) : (item.companions ?? []).map((format) => [format])

const missingFormats = (groups: string[][], has: (format: string) => boolean) =>
  groups.filter((group) => !group.some(has)).map((group) => group.join('/').toUpperCase())

/**
 * Evaluates every unit's framework items for a fiscal year against published data and generated
 * files. The number of queries depends on the frameworks' checks, not on the number of units:
 * one per collection and filter checked, one for files and one for frameworks.
 */
export async function readiness(payload: Payload, { units, fiscalYear, today = new Date(), onQuery, frameworks: loaded }: ReadinessOptions): Promise<UnitReadiness[]> {
  const admin = payload.config.routes.admin
  const scope: QueryScope = { units: units.map((unit) => unit.id), fiscalYear, today, onQuery }
  if (!units.length) return []
  if (!loaded) onQuery?.()
  const frameworks = loaded ?? (await frameworksInForce(payload, fiscalYear))

  const records = recordsLoader(payload, scope)
  const monthLoads = new Map<string, ReturnType<typeof monthlyFacts>>()
  const months = (collection: string) => monthLoads.get(collection) ?? monthLoads.set(collection, monthlyFacts(payload, { collection }, scope)).get(collection)!
  let fileLoad: ReturnType<typeof fileFacts> | undefined
  const files = () => (fileLoad ??= fileFacts(payload, scope))
  const now = bangkokDateParts(today)
  const ended = (year: number, month: number) => year < now.year || (year === now.year && month < now.month)
  const collectionLabel = (collection: string): Text => labelText(payload.collections[collection as 'news']?.config.labels.plural, collection)
  const edit = (collection: string, id?: number) => `${admin}/collections/${collection}/${id ?? 'create'}`

  /** Verdicts of one check for every unit, by unit ID. */
  async function judge(check: ElementCheck, item: FrameworkItem, unitIDs: number[]): Promise<Map<number, Verdict>> {
    const verdicts = new Map<number, Verdict>()
    if (check.type === 'website') {
      for (const id of unitIDs) verdicts.set(id, pass)
    } else if (check.type === 'files') {
      const found = await files()
      const groups = formatGroups(item)
      for (const id of unitIDs) {
        const lacking = missingFormats(groups, (format) => found(id, item.code, FISCAL_YEAR, format))
        verdicts.set(id, lacking.length ? { status: 'fail', reasons: [{ th: `ยังไม่มีไฟล์ของปีงบประมาณ ${fiscalYear} รูปแบบ ${lacking.join(', ')}`, en: `no ${lacking.join(', ')} file for fiscal year ${fiscalYear}` }], fix: `${admin}/collections/${item.feeds[0]}` } : pass)
      }
    } else if (check.type === 'monthly') {
      const found = await months(check.collection)
      const fileFound = check.files ? await files() : null
      const groups = formatGroups(item)
      const label = collectionLabel(check.collection)
      const window = windowPeriods(fiscalYear, item.window)
      const due = window.filter(({ year, month }) => ended(year, month)).map((month) => ({ ...month, th: `เดือน${formatThaiMonth(month.year, month.month)}`, en: englishMonth(month.year, month.month) }))
      const noneYet = { th: `ยังไม่มี${label.th}${check.declaration ? ' หรือการระบุว่าไม่มี' : ''}`, en: `no ${label.en}${check.declaration ? ' nor a "none" declaration' : ''}` }
      for (const id of unitIDs) {
        const reasons: Text[] = []
        for (const month of due) {
          const fact = found.get(id)?.get(month.period)
          if (!fact || (!fact.entries && !(check.declaration && fact.declared))) {
            reasons.push({ th: `${month.th}: ${noneYet.th}`, en: `${month.en}: ${noneYet.en}` })
            continue
          }
          const lacking = fileFound ? missingFormats(groups, (format) => fileFound(id, item.code, month.period, format)) : []
          if (lacking.length) reasons.push({ th: `${month.th}: ยังไม่มีไฟล์ ${lacking.join(', ')}`, en: `${month.en}: no ${lacking.join(', ')} file` })
        }
        verdicts.set(id, reasons.length ? { status: 'fail', reasons, fix: edit(check.collection) } : due.length < window.length ? laterMonths : pass)
      }
    } else {
      const locales = check.locales?.length ? check.locales : (['th'] as ('th' | 'en')[])
      const spec: RecordsSpec = { collection: check.collection, fields: check.fields ?? [], locales, where: check.where, currentUntil: check.currentUntil }
      const found = await records(spec)
      const label = collectionLabel(check.collection)
      const config = payload.collections[check.collection as 'news'].config
      const min = check.min ?? 1
      const fields = spec.fields.flatMap((field) => {
        const name = labelText(fieldAt(config.flattenedFields, field)?.label, field)
        return locales.map((locale) => {
          const tag = locales.length > 1 ? (locale === 'en' ? { th: ' (ภาษาอังกฤษ)', en: ' (English)' } : { th: ' (ภาษาไทย)', en: ' (Thai)' }) : { th: '', en: '' }
          return { key: `${field}@${locale}`, th: `${name.th}${tag.th}`, en: `${name.en}${tag.en}` }
        })
      })
      for (const id of unitIDs) {
        const fact = found.get(id)
        const total = fact?.total ?? 0
        const reasons: Text[] = []
        if (total < min) {
          reasons.push(total === 0 ? { th: `ยังไม่มีการเผยแพร่: ${label.th}`, en: `no published ${label.en}` } : { th: `เผยแพร่${label.th}แล้ว ${total} รายการ ต้องมีอย่างน้อย ${min} รายการ`, en: `${total} published ${label.en}; at least ${min} needed` })
        }
        let first: number | null = null
        for (const field of fields) {
          const lacking = fact?.missing[field.key]
          if (!lacking?.count) continue
          if (first == null || (lacking.first != null && lacking.first < first)) first = lacking.first
          reasons.push(check.collection === 'units' ? { th: `ยังไม่ได้กรอก${field.th}`, en: `${field.en} missing` } : { th: `${label.th} ${lacking.count} รายการยังไม่มี${field.th}`, en: `${lacking.count} ${label.en} without ${field.en}` })
        }
        if (reasons.length) verdicts.set(id, { status: 'fail', reasons, fix: check.collection === 'units' ? edit('units', id) : edit(check.collection, first ?? undefined) })
        else verdicts.set(id, pass)
      }
    }
    return verdicts
  }

  /** Every check once per item: elements often share one (the default, or "every month" and "none declared"). */
  const judged = new Map<string, Promise<Map<number, Verdict>>>()
  const judgeOnce = (key: string, run: () => Promise<Map<number, Verdict>>) => judged.get(key) ?? judged.set(key, run()).get(key)!

  /** An element's verdict: its check, or any feeding collection's published content. */
  const judgeElement = (element: RequiredElement, item: FrameworkItem, unitIDs: number[]): Promise<Map<number, Verdict>> =>
    element.check
      ? judgeOnce(`${item.code} ${JSON.stringify(element.check)}`, () => judge(element.check!, item, unitIDs))
      : judgeOnce(`${item.code} default`, async () => {
          const alternatives = await Promise.all(defaultChecks(item).map((check) => judge(check, item, unitIDs)))
          return new Map(unitIDs.map((id) => [id, alternatives.map((verdicts) => verdicts.get(id)!).find((v) => v.status === 'pass') ?? alternatives[0]?.get(id) ?? pass]))
        })

  const results = new Map<number, ItemResult[]>()
  await Promise.all(
    [...frameworks].map(async ([unitType, framework]) => {
      const ofType = units.filter((unit) => unit.unitType === unitType).map((unit) => unit.id)
      if (!ofType.length) return
      const perItem = await Promise.all(
        framework.items.map(async (item) => ({
          item,
          elements: await Promise.all(
            item.requiredElements.map(async (element) => ({
              element,
              verdicts: await judgeElement(element, item, ofType),
              // Most elements pass for most units: one shared result each, not one per unit.
              passed: { key: element.key, label: element.label, ...pass },
            })),
          ),
        })),
      )
      for (const id of ofType) {
        results.set(
          id,
          perItem.map(({ item, elements }) => {
            const judged = elements.map(({ element, verdicts, passed }): ElementResult => {
              const verdict = verdicts.get(id)!
              return verdict === pass ? passed : { key: element.key, label: element.label, ...verdict }
            })
            let status: Status = 'pass'
            for (const element of judged) if (severity[element.status] > severity[status]) status = element.status
            return { code: item.code, title: item.title, subIndicator: item.subIndicator, status, elements: judged }
          }),
        )
      }
    }),
  )
  return units.map((unit) => {
    const items = results.get(unit.id) ?? []
    return { unit, fiscalYear, frameworkYear: frameworks.get(unit.unitType)?.fiscalYear ?? null, items, counts: countStatuses(items.map((item) => item.status)) }
  })
}
