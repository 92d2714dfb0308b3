import type { Payload } from 'payload'

import { FISCAL_YEAR, windowPeriods } from '../companions/periods'
import { bangkokDateParts, formatThaiMonth } from '../fiscal'
import { frameworksInForce, type Framework } from '../frameworks/inForce'
import type {
  FrameworkItem,
  RequiredElement,
  ElementCheck,
  RecordsCheck,
} from '../frameworks/types'
import { approvalCollections } from '../approval/waiting'
import { fieldAt, filtersOf } from '../frameworks/checks'
import { oitSlugOf, slugOf } from '../options'
import {
  awaitingFacts,
  fileFacts,
  monthlyFacts,
  officialFacts,
  publicationFacts,
  queuedFacts,
  recordsLoader,
  type AwaitingDraft,
  type QueryScope,
  type RecordsFacts,
  type RecordsSpec,
} from './facts'

/**
 * `pending`: later months not yet due; `generating`: the files are being made; `manual`: the
 * element
 * has no evidence rule, so only a person can say whether the page shows it (never counted as
 * passed);
 * `awaiting`: not on the page yet, but a complete draft that would put it there waits for the head.
 */
export const statuses = ['pass', 'pending', 'generating', 'manual', 'awaiting', 'fail'] as const
export type Status = (typeof statuses)[number]
export type Text = { th: string; en: string }
export type ElementResult = {
  key: string
  label: string
  status: Status
  reasons: Text[]
  fix?: string
}
/** `published`: when each period of the item was first made public, oldest first. */
export type ItemResult = {
  code: string
  title: Text
  subIndicator: string
  status: Status
  elements: ElementResult[]
  published: { period: string; at: string }[]
}
/** `site`: the unit's public site address (its own domain, else `/u/{slug}` on the main host). */
export type ReadinessUnit = {
  id: number
  name: string
  slug: string
  unitType: string
  parent: number | null
  site: string
}
export type Counts = Record<Status, number> & { total: number }
export type UnitReadiness = {
  unit: ReadinessUnit
  fiscalYear: number
  frameworkYear: number | null
  items: ItemResult[]
  counts: Counts
}

export type ReadinessOptions = {
  units: ReadinessUnit[]
  fiscalYear: number
  today?: Date
  onQuery?: () => void
  /** Already loaded by the caller (`frameworksInForce`). */
  frameworks?: Map<string, Framework>
}

const severity = Object.fromEntries(statuses.map((status, index) => [status, index])) as Record<
  Status,
  number
>

export const countStatuses = (found: Status[]): Counts =>
  Object.assign(
    Object.fromEntries(
      statuses.map((status) => [status, found.filter((s) => s === status).length]),
    ) as Record<Status, number>,
    { total: found.length },
  )

type Verdict = { status: Status; reasons: Text[]; fix?: string }
const pass: Verdict = { status: 'pass', reasons: [] }
const laterMonths: Verdict = {
  status: 'pending',
  reasons: [{ th: 'เดือนที่เหลือยังไม่ถึงกำหนด', en: 'later months not yet due' }],
}
const byHand: Verdict = {
  status: 'manual',
  reasons: [
    {
      th: 'ต้องตรวจด้วยตนเอง: ข้อนี้ยังไม่มีเกณฑ์ตรวจจากข้อมูล',
      en: 'check by hand: this element has no evidence rule',
    },
  ],
}

const labelText = (label: unknown, fallback: string): Text =>
  label && typeof label === 'object'
    ? (label as Text)
    : {
        th: typeof label === 'string' ? label : fallback,
        en: typeof label === 'string' ? label : fallback,
      }

const englishMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** Formats an item's files must come in: its format groups, else each generated format. */
const formatGroups = (item: FrameworkItem): string[][] =>
  item.formats.length
    ? item.formats.map((group) => group.anyOf)
    : (item.companions ?? []).map((format) => [format])

const missingFormats = (groups: string[][], has: (format: string) => boolean) =>
  groups.filter((group) => !group.some(has)).map((group) => group.join('/').toUpperCase())

/**
 * Evaluates every unit's framework items for a fiscal year against published data and generated
 * files. The number of queries depends on the frameworks' checks, not on the number of units:
 * one per collection and filter checked, one for files and one for frameworks.
 */
export async function readiness(
  payload: Payload,
  { units, fiscalYear, today = new Date(), onQuery, frameworks: loaded }: ReadinessOptions,
): Promise<UnitReadiness[]> {
  const admin = payload.config.routes.admin
  const scope: QueryScope = { units: units.map((unit) => unit.id), fiscalYear, today, onQuery }
  if (!units.length) return []
  if (!loaded) onQuery?.()
  const frameworks = loaded ?? (await frameworksInForce(payload, fiscalYear))

  const records = recordsLoader(payload, scope)
  const monthLoads = new Map<string, ReturnType<typeof monthlyFacts>>()
  const months = (collection: string) =>
    monthLoads.get(collection) ??
    monthLoads.set(collection, monthlyFacts(payload, { collection }, scope)).get(collection)!
  let fileLoad: ReturnType<typeof fileFacts> | undefined
  const files = () => (fileLoad ??= fileFacts(payload, scope))
  let queueLoad: ReturnType<typeof queuedFacts> | undefined
  const queued = () => (queueLoad ??= queuedFacts(payload, scope))
  // Collections whose documents may carry the unit's own official files of their period.
  const withOfficialFiles = Object.values(payload.collections)
    .filter(({ config }) => fieldAt(config.flattenedFields, 'officialFiles'))
    .map(({ config }) => oitSlugOf(config))
  let officialLoad: ReturnType<typeof officialFacts> | undefined
  const official = () => (officialLoad ??= officialFacts(payload, scope, withOfficialFiles))
  /**
   * A format of an item's period is there: generated, or uploaded as an official file of a feeding
   * document.
   */
  const hasFile = async (item: FrameworkItem) => {
    const [generated, uploaded] = await Promise.all([files(), official()])
    return (unit: number, period: string, format: string) =>
      generated(unit, item.code, period, format) ||
      item.feeds.some((collection) => uploaded(unit, collection, period, format))
  }
  const now = bangkokDateParts(today)
  const ended = (year: number, month: number) =>
    year < now.year || (year === now.year && month < now.month)
  const collectionLabel = (collection: string): Text =>
    labelText(
      payload.collections[slugOf(payload, collection) as 'news']?.config.labels.plural,
      collection,
    )
  const edit = (collection: string, id?: number) =>
    `${admin}/collections/${slugOf(payload, collection)}/${id ?? 'create'}`

  /**
   * The query of a records check; documents that name their item (disclosures) count only for it.
   */
  const recordsSpec = (check: RecordsCheck, item: FrameworkItem): RecordsSpec => ({
    collection: check.collection,
    fields: check.fields ?? [],
    locales: check.locales?.length ? check.locales : ['th'],
    where: filtersOf(check),
    currentUntil: check.currentUntil,
    rows: check.rows,
    rowWhere: check.rowWhere,
    cover: check.cover,
    headSigns: check.headSigns,
    itemCode: item.code,
  })

  /**
   * What a records check finds lacking for one unit, in words naming the collection, field and
   * value.
   * The words come from the collection's config once per check; per unit only its facts are read.
   */
  const recordsVerdict = (
    check: RecordsCheck,
    facts: RecordsFacts,
  ): ((unit: number) => Verdict) => {
    const config = payload.collections[slugOf(payload, check.collection) as 'news'].config
    const collection = collectionLabel(check.collection)
    const list = check.rows ? fieldAt(config.flattenedFields, check.rows) : undefined
    const subjectFields =
      list && 'flattenedFields' in list ? list.flattenedFields : config.flattenedFields
    const optionLabel = (path: string, value: string): Text => {
      const field = fieldAt(subjectFields, path)
      const option = (field && 'options' in field ? field.options : []).find(
        (candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value,
      )
      return labelText(option && typeof option === 'object' ? option.label : undefined, value)
    }
    // Rows are named by their value ("หลักเกณฑ์การโยกย้าย") or list, then the collection; documents
    // by their collection.
    const rowName = list
      ? check.rowWhere
        ? optionLabel(check.rowWhere.field, check.rowWhere.value)
        : labelText(list.label, check.rows!)
      : null
    const label = rowName
      ? { th: `${rowName.th} (${collection.th})`, en: `${rowName.en} (${collection.en})` }
      : collection
    const locales = check.locales?.length ? check.locales : (['th'] as ('th' | 'en')[])
    const min = check.min ?? 1
    const coverLabels = new Map(
      [...(check.cover?.values ?? [])].map((value) => [
        value,
        optionLabel(check.cover!.field, value),
      ]),
    )
    const signer = check.headSigns
      ? labelText(fieldAt(subjectFields, check.headSigns)?.label, check.headSigns)
      : null
    const fields = (check.fields ?? []).flatMap((path) => {
      const name = labelText(fieldAt(subjectFields, path)?.label, path)
      return locales.map((locale) => {
        const tag =
          locales.length > 1
            ? locale === 'en'
              ? { th: ' (ภาษาอังกฤษ)', en: ' (English)' }
              : { th: ' (ภาษาไทย)', en: ' (Thai)' }
            : { th: '', en: '' }
        return {
          key: `${path}@${locale}`,
          name: { th: `${name.th}${tag.th}`, en: `${name.en}${tag.en}` },
        }
      })
    })
    const fix = (unit: number, first: number | null) =>
      check.collection === 'units'
        ? edit('units', unit)
        : edit(check.collection, first ?? undefined)
    const lackingPhrases = new Map<string, Text>()
    const lackingPhrase = (key: string, name: Text, count: number): Text => {
      const known = lackingPhrases.get(`${key}#${count}`)
      if (known) return known
      const made =
        check.collection === 'units'
          ? { th: `ยังไม่ได้กรอก${name.th}`, en: `${name.en} missing` }
          : {
              th: `${label.th} ${count} รายการยังไม่มี${name.th}`,
              en: `${count} ${label.en} without ${name.en}`,
            }
      lackingPhrases.set(`${key}#${count}`, made)
      return made
    }
    const describe = (unit: number): Verdict => {
      const total = facts.total(unit)
      const reasons: Text[] = []
      if (total < min) {
        reasons.push(
          total === 0
            ? { th: `ยังไม่มีการเผยแพร่: ${label.th}`, en: `no published ${label.en}` }
            : {
                th: `เผยแพร่${label.th}แล้ว ${total} รายการ ต้องมีอย่างน้อย ${min} รายการ`,
                en: `${total} published ${label.en}; at least ${min} needed`,
              },
        )
      }
      if (check.cover) {
        const cover = check.cover
        const absentOf = (values: string[]) => values.filter((value) => !facts.covers(unit, value))
        const absent = absentOf(cover.values).map((value) => coverLabels.get(value)!)
        if (absent.length && !(cover.orValues && !absentOf(cover.orValues).length))
          reasons.push({
            th: `${label.th} ยังไม่ครอบคลุม: ${absent.map((text) => text.th).join(', ')}`,
            en: `${label.en} do not cover: ${absent.map((text) => text.en).join(', ')}`,
          })
      }
      let first: number | null = null
      const unsigned = signer && facts.notByHead(unit)
      if (unsigned) {
        first = unsigned.first
        reasons.push({
          th: `${label.th} ${unsigned.count} รายการ: ${signer.th}ไม่ใช่หัวหน้าหน่วยงานคนปัจจุบัน`,
          en: `${unsigned.count} ${label.en}: ${signer.en} is not the current head of the unit`,
        })
      }
      for (const { key, name } of fields) {
        const lacking = facts.lacking(unit, key)
        if (!lacking) continue
        if (first == null || (lacking.first != null && lacking.first < first)) first = lacking.first
        reasons.push(lackingPhrase(key, name, lacking.count))
      }
      return reasons.length ? { status: 'fail', reasons, fix: fix(unit, first) } : pass
    }
    // Units that published none of it all read the same (units themselves always have their one
    // document).
    let nothing: Verdict | undefined
    return (unit) =>
      facts.total(unit) || check.collection === 'units'
        ? describe(unit)
        : (nothing ??= describe(unit))
  }

  /** Verdicts of one check for every unit, in the order of `unitIDs`. */
  async function judge(
    check: ElementCheck,
    item: FrameworkItem,
    unitIDs: number[],
  ): Promise<Verdict[]> {
    if (check.type === 'website') return unitIDs.map(() => pass)
    if (check.type === 'files') {
      const [found, waiting] = await Promise.all([hasFile(item), queued()])
      const groups = formatGroups(item)
      const fix = `${admin}/collections/${item.feeds[0]}`
      const shared = new Map<string, Verdict>()
      return unitIDs.map((id) => {
        const lacking = missingFormats(groups, (format) => found(id, FISCAL_YEAR, format)).join(
          ', ',
        )
        if (!lacking) return pass
        const generating = waiting(id, item.code, FISCAL_YEAR)
        const key = `${generating} ${lacking}`
        if (!shared.has(key)) {
          shared.set(
            key,
            generating
              ? {
                  status: 'generating',
                  reasons: [
                    {
                      th: `กำลังสร้างไฟล์ของปีงบประมาณ ${fiscalYear} (${lacking})`,
                      en: `generating the fiscal year ${fiscalYear} files (${lacking})`,
                    },
                  ],
                  fix,
                }
              : {
                  status: 'fail',
                  reasons: [
                    {
                      th: `ยังไม่มีไฟล์ของปีงบประมาณ ${fiscalYear} รูปแบบ ${lacking}`,
                      en: `no ${lacking} file for fiscal year ${fiscalYear}`,
                    },
                  ],
                  fix,
                },
          )
        }
        return shared.get(key)!
      })
    }
    if (check.type === 'monthly') {
      const found = await months(check.collection)
      const [fileFound, waiting] = check.files
        ? await Promise.all([hasFile(item), queued()])
        : [null, null]
      const groups = formatGroups(item)
      const label = collectionLabel(check.collection)
      const window = windowPeriods(fiscalYear, item.window)
      const noneYet = {
        th: `ยังไม่มี${label.th}${check.declaration ? ' หรือการระบุว่าไม่มี' : ''}`,
        en: `no ${label.en}${check.declaration ? ' nor a "none" declaration' : ''}`,
      }
      const due = window
        .filter(({ year, month }) => ended(year, month))
        .map((month) => {
          const name = {
            th: `เดือน${formatThaiMonth(month.year, month.month)}`,
            en: englishMonth(month.year, month.month),
          }
          return {
            ...month,
            ...name,
            absent: { th: `${name.th}: ${noneYet.th}`, en: `${name.en}: ${noneYet.en}` },
          }
        })
      const fix = edit(check.collection)
      const filePhrases = new Map<string, Text>()
      const filePhrase = (
        month: (typeof due)[number],
        lacking: string,
        generating: boolean,
      ): Text => {
        const key = `${month.period} ${generating} ${lacking}`
        if (!filePhrases.has(key))
          filePhrases.set(
            key,
            generating
              ? {
                  th: `${month.th}: กำลังสร้างไฟล์ ${lacking}`,
                  en: `${month.en}: generating the ${lacking} file`,
                }
              : {
                  th: `${month.th}: ยังไม่มีไฟล์ ${lacking}`,
                  en: `${month.en}: no ${lacking} file`,
                },
          )
        return filePhrases.get(key)!
      }
      // Units with nothing published this year all read the same.
      let nothing: Verdict | undefined
      return unitIDs.map((id) => {
        const published = found.get(id)
        if (!published && nothing) return nothing
        const reasons: Text[] = []
        let generating = false
        for (const month of due) {
          const fact = published?.get(month.period)
          if (!fact || (!fact.entries && !(check.declaration && fact.declared))) {
            reasons.push(month.absent)
            continue
          }
          const lacking = fileFound
            ? missingFormats(groups, (format) => fileFound(id, month.period, format)).join(', ')
            : ''
          if (!lacking) continue
          const queued = Boolean(waiting?.(id, item.code, month.period))
          generating ||= queued
          reasons.push(filePhrase(month, lacking, queued))
        }
        const failing =
          reasons.length > 0 &&
          (!generating || reasons.some((reason) => !reason.en.includes('generating')))
        const verdict: Verdict = failing
          ? { status: 'fail', reasons, fix }
          : reasons.length
            ? { status: 'generating', reasons, fix }
            : due.length < window.length
              ? laterMonths
              : pass
        if (!published) nothing = verdict
        return verdict
      })
    }
    return unitIDs.map(recordsVerdict(check, await records(recordsSpec(check, item))))
  }

  /**
   * Every check once per unit type and item: elements often share one ("every month" and "none
   * declared").
   */
  const judged = new Map<string, Promise<Verdict[]>>()
  const judgeOnce = (key: string, run: () => Promise<Verdict[]>) =>
    judged.get(key) ?? judged.set(key, run()).get(key)!

  /**
   * An element's verdict: its evidence rule, or "check by hand" without one (never a pass by
   * default).
   */
  const judgeElement = (
    unitType: string,
    element: RequiredElement,
    item: FrameworkItem,
    unitIDs: number[],
  ): Promise<Verdict[]> =>
    element.check
      ? judgeOnce(`${unitType} ${item.code} ${JSON.stringify(element.check)}`, () =>
          judge(element.check!, item, unitIDs),
        )
      : Promise.resolve(unitIDs.map(() => byHand))

  /**
   * Drafts waiting for approval per collection and unit, loaded only for collections behind a
   * failing element.
   */
  const waitingLoads = new Map<string, Promise<Map<number, AwaitingDraft[]>>>()
  const waitingIn = (collection: string) =>
    waitingLoads.get(collection) ??
    waitingLoads.set(collection, awaitingFacts(payload, scope, collection)).get(collection)!
  const withApproval = new Set(approvalCollections(payload))
  const collectionsOf = (element: RequiredElement, item: FrameworkItem): string[] =>
    (element.check && (element.check.type === 'records' || element.check.type === 'monthly')
      ? [element.check.collection]
      : item.feeds
    ).filter((collection) => withApproval.has(collection))
  /**
   * A failing element with a complete draft waiting: "รออนุมัติ", its reasons kept, the fix leading
   * to the draft.
   */
  const awaiting = (verdict: Verdict, collection: string, drafts: AwaitingDraft[]): Verdict => {
    const label = collectionLabel(collection)
    return {
      status: 'awaiting',
      reasons: [
        {
          th: `รออนุมัติ: ${label.th} ${drafts.length} รายการ (${drafts.map((draft) => draft.title).join(', ')})`,
          en: `awaiting approval: ${drafts.length} ${label.en}`,
        },
        ...verdict.reasons,
      ],
      fix: edit(collection, drafts[0]!.id),
    }
  }

  const results = new Map<number, ItemResult[]>()
  const publications = publicationFacts(payload, scope)
  await Promise.all(
    [...frameworks].map(async ([unitType, framework]) => {
      const ofType = units.filter((unit) => unit.unitType === unitType).map((unit) => unit.id)
      if (!ofType.length) return
      const perItem = await Promise.all(
        framework.items.map(async (item) => ({
          item,
          elements: await Promise.all(
            item.requiredElements.map(async (element) => {
              const verdicts = await judgeElement(unitType, element, item, ofType)
              const failing = verdicts.some((verdict) => verdict.status === 'fail')
              const collections = failing ? collectionsOf(element, item) : []
              return {
                element,
                verdicts,
                waiting: await Promise.all(
                  collections.map(async (collection) => ({
                    collection,
                    byUnit: await waitingIn(collection),
                  })),
                ),
                // Units with the same verdict (most pass) share one result, not one each.
                results: new Map<Verdict, ElementResult>(),
              }
            }),
          ),
        })),
      )
      const published = await publications
      for (const [index, id] of ofType.entries()) {
        results.set(
          id,
          perItem.map(({ item, elements }) => {
            const judged = elements.map(
              ({ element, verdicts, waiting, results }): ElementResult => {
                const verdict = verdicts[index]!
                const found =
                  verdict.status === 'fail'
                    ? waiting.find(({ byUnit }) => byUnit.has(id))
                    : undefined
                if (found)
                  return {
                    key: element.key,
                    label: element.label,
                    ...awaiting(verdict, found.collection, found.byUnit.get(id)!),
                  }
                const known = results.get(verdict)
                if (known) return known
                const made = { key: element.key, label: element.label, ...verdict }
                results.set(verdict, made)
                return made
              },
            )
            let status: Status = 'pass'
            for (const element of judged)
              if (severity[element.status] > severity[status]) status = element.status
            return {
              code: item.code,
              title: item.title,
              subIndicator: item.subIndicator,
              status,
              elements: judged,
              published: published.get(`${id}/${item.code}`) ?? [],
            }
          }),
        )
      }
    }),
  )
  return units.map((unit) => {
    const items = results.get(unit.id) ?? []
    return {
      unit,
      fiscalYear,
      frameworkYear: frameworks.get(unit.unitType)?.fiscalYear ?? null,
      items,
      counts: countStatuses(items.map((item) => item.status)),
    }
  })
}
