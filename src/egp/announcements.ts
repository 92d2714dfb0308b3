import { createLocalReq, ValidationError, type PayloadRequest, type TypedUser } from 'payload'

import { calendarDay } from '../fiscal'
import type { FeedItem } from './feed'

const COLLECTION = 'procurement-announcements'
/** The title field's own limit. */
const TITLE_MAX = 500

export type ImportResult = { created: number; known: number; problems: string[] }

/**
 * Saves the feed's announcements the unit does not have yet as drafts (title, kind, day, e-GP
 * number and link): the clerk attaches the signed file and the head publishes. An announcement is
 * known by its e-GP link, which is unique per unit in the database too, so two fetches at once
 * cannot add it twice. Each is saved on its own: one refused leaves the others saved.
 * `user` set: saved with that user's rights (an upload); unset: by the system (the scheduled
 * fetch).
 */
export async function importAnnouncements(
  req: PayloadRequest,
  unit: number,
  items: FeedItem[],
  user?: TypedUser,
): Promise<ImportResult> {
  const byLink = new Map(items.map((item) => [item.link, item]))
  const { docs } = await req.payload.find({
    collection: COLLECTION,
    where: { and: [{ tenant: { equals: unit } }, { egpLink: { in: [...byLink.keys()] } }] },
    select: { egpLink: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const known = new Set(docs.map((doc) => doc.egpLink))
  const result: ImportResult = { created: 0, known: known.size, problems: [] }
  for (const item of byLink.values()) {
    if (known.has(item.link)) continue
    if (!/^https?:\/\//i.test(item.link)) {
      result.problems.push(`${item.title}: ลิงก์ "${item.link}" ไม่ใช่ลิงก์เว็บ / not a web link`)
      continue
    }
    const own = await createLocalReq({ user, locale: 'th', context: req.context }, req.payload)
    try {
      await req.payload.create({
        collection: COLLECTION,
        draft: true,
        depth: 0,
        overrideAccess: !user,
        user,
        req: own,
        data: {
          tenant: unit,
          _status: 'draft',
          title: item.title.slice(0, TITLE_MAX),
          kind: item.kind,
          date: (item.date ?? calendarDay(new Date())).toISOString(),
          egpNumber: item.projectNumber,
          egpLink: item.link,
        },
      })
      result.created++
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err
      const errors = (err.data as { errors?: { path: string; message: string }[] }).errors ?? []
      // Saved meanwhile by another fetch: the unit's unique link (its validation, or the index when
      // both saved at once) says so.
      if (errors.length && errors.every(({ path }) => /egp_?link/i.test(path))) result.known++
      else result.problems.push(`${item.title}: ${errors.map(({ message }) => message).join('; ')}`)
    }
  }
  return result
}
