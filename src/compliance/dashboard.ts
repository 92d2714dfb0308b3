import type { PayloadRequest, Where } from 'payload'

import { approvalCollections, waitingDrafts } from '../approval/waiting'
import { formatThaiDate } from '../fiscal'
import { slugOf } from '../options'
import { frameworkFor, itemsFedBy } from '../requirements/frameworkFor'
import { readiness, type UnitReadiness } from './readiness'
import { unitFrameworks } from './unitFrameworks'
import { reviewableUnits } from './units'

export type Assignment = {
  doer?: string | null
  controller?: string | null
  checker?: string | null
  deadline?: string | null
}
export type Finding = {
  id: number
  item: string
  observation: string
  status: string
  answer?: string | null
  updatedAt: string
}
export type DueNext = { date: string; what: string; kind: 'phase' | 'plan' | 'item'; href?: string }
/** A draft waiting for the head: the items it feeds, what it is, since when. */
export type Awaiting = {
  collection: string
  id: number
  what: { th: string; en: string }
  title: string
  items: string[]
  submittedAt: string | null
  href: string
}

export type UnitDashboard = {
  readiness: UnitReadiness
  /**
   * The fiscal years the unit's public site publishes (the year links and item links stay within
   * them).
   */
  offeredYears: number[]
  assignments: Map<string, Assignment>
  findings: Finding[]
  dueNext: DueNext[]
  awaiting: Awaiting[]
}

/** Every draft of the unit waiting for approval, whatever its year, by item code then age. */
async function awaitingApproval(req: PayloadRequest, unit: number): Promise<Awaiting[]> {
  const admin = req.payload.config.routes.admin
  const drafts = (
    await Promise.all(
      approvalCollections(req.payload).map((collection) =>
        waitingDrafts(req.payload, collection, { unit, req }),
      ),
    )
  ).flat()
  const entries = await Promise.all(
    drafts.map(async (draft) => {
      const label = req.payload.collections[slugOf(req.payload, draft.collection) as 'news'].config
        .labels.singular as Record<string, string> | string
      return {
        collection: draft.collection,
        id: draft.id,
        what:
          typeof label === 'object'
            ? { th: label.th ?? draft.collection, en: label.en ?? draft.collection }
            : { th: label, en: label },
        title: draft.title,
        items: itemsFedBy(
          await frameworkFor(req, unit, draft.fiscalYear),
          draft.collection,
          draft.doc,
        ).map((item) => item.code),
        submittedAt: draft.submittedAt,
        href: `${admin}/collections/${slugOf(req.payload, draft.collection)}/${draft.id}`,
      }
    }),
  )
  const first = (entry: Awaiting) => entry.items[0] ?? '~'
  return entries.sort(
    (a, b) =>
      first(a).localeCompare(first(b), 'en', { numeric: true }) ||
      (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  )
}

/** How far ahead "what is due next" looks. */
const HORIZON_DAYS = 60
const DAY = 24 * 60 * 60 * 1000

/**
 * Everything a unit's dashboard shows: its readiness, who answers for each item and by when, the
 * HQ's observations, what is due next (calendar phases, action-plan and item deadlines) and what
 * waits for the head's approval.
 * Null when the unit is outside the user's scope.
 */
export async function unitDashboard(
  req: PayloadRequest,
  unitID: number,
  fiscalYear: number,
  today = new Date(),
): Promise<UnitDashboard | null> {
  const [unit] = await reviewableUnits(req, { unit: unitID })
  if (!unit) return null
  const asUser = {
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  } as const
  const inYear: Where[] = [{ tenant: { equals: unit.id } }, { fiscalYear: { equals: fiscalYear } }]
  const { offered, inForce: frameworks } = await unitFrameworks(
    req,
    unit.unitType,
    fiscalYear,
    today,
  )
  const [[result], assigned, findings, plans, awaiting] = await Promise.all([
    readiness(req.payload, { units: [unit], fiscalYear, today, frameworks }),
    req.payload.find({ collection: 'oit-assignments', where: { and: inYear }, ...asUser }),
    req.payload.find({
      collection: 'review-findings',
      where: { and: inYear },
      sort: '-updatedAt',
      ...asUser,
    }),
    req.payload.find({
      collection: 'ita-action-plans',
      where: { and: [...inYear, { status: { not_equals: 'done' } }] },
      sort: 'deadline',
      ...asUser,
    }),
    awaitingApproval(req, unit.id),
  ])
  if (!result) throw new Error(`readiness answered nothing for unit ${unit.id}`)
  const assignments = new Map<string, Assignment>(assigned.docs.map((doc) => [doc.item, doc]))
  const admin = req.payload.config.routes.admin
  const horizon = new Date(today.getTime() + HORIZON_DAYS * DAY).toISOString()
  const now = today.toISOString()
  const failing = new Set(
    result.items.filter((item) => item.status !== 'pass').map((item) => item.code),
  )

  const calendar = (frameworks.get(unit.unitType)?.calendar ?? []).filter(
    (phase) => (phase.end ?? phase.start) >= now && phase.start <= horizon,
  )
  const dueNext: DueNext[] = [
    ...calendar.map((phase) => ({
      date: phase.end ?? phase.start,
      kind: 'phase' as const,
      what:
        phase.start > now
          ? `${phase.phase} (เริ่ม ${formatThaiDate(new Date(phase.start))})`
          : phase.phase,
    })),
    ...plans.docs
      .filter((plan) => plan.deadline <= horizon)
      .map((plan) => ({
        date: plan.deadline,
        kind: 'plan' as const,
        what: plan.activity,
        href: `${admin}/collections/ita-action-plans/${plan.id}`,
      })),
    // Deadlines of items not yet met, overdue ones included.
    ...assigned.docs
      .filter((doc) => doc.deadline && doc.deadline <= horizon && failing.has(doc.item))
      .map((doc) => ({
        date: doc.deadline!,
        kind: 'item' as const,
        what: `${doc.item} ${result.items.find((item) => item.code === doc.item)?.title.th ?? ''}`.trim(),
        href: `${admin}/collections/oit-assignments/${doc.id}`,
      })),
  ].sort((a, b) => a.date.localeCompare(b.date))

  return {
    readiness: result,
    offeredYears: offered,
    assignments,
    findings: findings.docs.map((doc) => ({
      id: doc.id,
      item: doc.item,
      observation: doc.observation,
      status: doc.status,
      answer: doc.answer,
      updatedAt: doc.updatedAt,
    })),
    dueNext,
    awaiting,
  }
}
