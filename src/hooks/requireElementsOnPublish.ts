import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import {
  type CheckContext,
  type Doc,
  isFilled,
  type Missing,
  type PublishChecks,
} from '../requirements/checks'
import { oitSlugOf } from '../options'
import { elementCheck } from '../requirements/elementCheck'
import { frameworkFor, itemsFedBy } from '../requirements/frameworkFor'
import { keepRequestLocale } from '../utilities/keepRequestLocale'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('root' in value)

/**
 * What the public sees in another locale: this save's values, and the default locale's where they
 * are empty.
 */
const withFallback = (value: unknown, fallback: unknown): unknown => {
  if (!isFilled(value)) return fallback ?? value
  if (Array.isArray(value) && Array.isArray(fallback)) {
    return value.map((row, index) =>
      withFallback(
        row,
        fallback.find((other) => other?.id != null && other.id === row?.id) ?? fallback[index],
      ),
    )
  }
  if (isRecord(value) && isRecord(fallback)) {
    return Object.fromEntries(
      [...new Set([...Object.keys(fallback), ...Object.keys(value)])].map((key) => [
        key,
        withFallback(value[key], fallback[key]),
      ]),
    )
  }
  return value
}

/** `message` as a ValidationError shows it; `text` per language, for the edit view's list. */
export type Problem = {
  path: string
  message: string
  label: { th: string; en: string }
  text: { th: string; en: string }
}

const describe = (missing: Missing, what: { th: string; en: string }): Problem => {
  const problem = missing.problem ?? { th: 'ยังไม่ได้กรอก', en: 'missing' }
  const text = {
    th: `${what.th} — ${missing.field.th}: ${problem.th}`,
    en: `${what.en} — ${missing.field.en}: ${problem.en}`,
  }
  return { path: missing.path, label: missing.field, message: `${text.th} / ${text.en}`, text }
}

/**
 * Everything publishing `doc` would ask for: the evidence rule of each required element of every
 * framework item it feeds (the unit type's framework for the document's fiscal year), and the
 * collection's own checks. Read in the request's transaction; `originalDoc` is the stored document
 * (its other locale is read from it).
 */
export async function publishProblems({
  collection,
  doc,
  originalDoc,
  req,
  checks,
}: {
  collection: SanitizedCollectionConfig
  doc: Doc
  originalDoc?: Doc
  req: PayloadRequest
  checks: PublishChecks
}): Promise<Problem[]> {
  const tenant = tenantIDOf(doc.tenant)
  if (tenant == null) return []
  const framework = await frameworkFor(req, tenant, doc.fiscalYear as number | undefined)
  const locale = (req.locale ?? 'th') as 'th' | 'en'
  // Each check of a bilingual element asks for the other locale: load it once per check.
  const stored = new Map<string, Promise<Doc>>()
  const load = (other: 'th' | 'en') =>
    keepRequestLocale(req, () =>
      req.payload.findByID({
        collection: collection.slug as 'news',
        id: originalDoc!.id as number,
        locale: other,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      }),
    ) as unknown as Promise<Doc>
  const context: CheckContext = {
    unitType: framework.unitType,
    framework,
    inLocale: async (other) => {
      if (other === locale) return doc
      if (originalDoc?.id == null) return {}
      if (!stored.has(other)) stored.set(other, load(other))
      return stored.get(other)!
    },
    unitHead: async () => {
      const unit = await keepRequestLocale(req, () =>
        req.payload.findByID({
          collection: 'units',
          id: tenant,
          locale: 'th',
          depth: 0,
          overrideAccess: true,
          req,
          select: { head: true },
        }),
      )
      return (unit.head as { name?: string | null } | undefined)?.name?.trim() || null
    },
    slugOf: async (related, id) => {
      const found = await req.payload.find({
        collection: related as 'units',
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req,
        select: { slug: true } as never,
      })
      return (found.docs[0] as { slug?: string } | undefined)?.slug ?? null
    },
  }

  // English is checked as the public reads it: with Thai wherever English is empty.
  const defaultLocale =
    (req.payload.config.localization && req.payload.config.localization.defaultLocale) || 'th'
  const checked =
    locale === defaultLocale
      ? doc
      : (withFallback(doc, await context.inLocale(defaultLocale as 'th')) as Doc)

  const problems: Problem[] = []
  for (const item of itemsFedBy(framework, oitSlugOf(collection), checked)) {
    for (const element of item.requiredElements) {
      const check = elementCheck(element.check, oitSlugOf(collection), collection.flattenedFields)
      if (!check) continue
      const what = { th: `${item.code} ${element.label}`, en: `${item.code} ${item.title.en}` }
      for (const missing of await check(checked, context)) problems.push(describe(missing, what))
    }
  }
  for (const { label, check } of checks) {
    for (const missing of await check(checked, context)) problems.push(describe(missing, label))
  }
  return [...new Map(problems.map((problem) => [problem.message, problem])).values()]
}

/**
 * On publish, refuses with everything `publishProblems` finds missing. Drafts are never refused:
 * editors may save incomplete work (the edit view lists what publishing will ask,
 * `publishCheckEndpoint`).
 */
export const requireElementsOnPublish =
  (checks: PublishChecks = []): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const problems = await publishProblems({
      collection,
      doc: { ...originalDoc, ...data },
      originalDoc,
      req,
      checks,
    })
    if (!problems.length) return data
    throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  }
