import type { TaskConfig } from 'payload'

import { importAnnouncements } from './announcements'
import { oitSettings } from '../options'
import { fetchUnitFeeds } from './fetchFeed'

export const EGP_QUEUE = 'egp'
export const FETCH_TASK = 'fetch-egp-announcements'
const SCHEDULE_TASK = 'schedule-egp-fetches'

/**
 * One unit's feeds fetched and its new announcements saved as drafts; retried when e-GP does not
 * answer.
 */
export const fetchEgpAnnouncementsTask: TaskConfig<{
  input: { unit: number }
  output: { created: number; known: number; problems: string }
}> = {
  slug: FETCH_TASK,
  label: 'Fetch e-GP announcements',
  inputSchema: [{ name: 'unit', type: 'number', required: true }],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'known', type: 'number' },
    { name: 'problems', type: 'text' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const unit = await req.payload.findByID({
      collection: 'units',
      id: input.unit,
      depth: 0,
      overrideAccess: true,
      req,
      select: { internal: { egpDeptsubId: true } },
    })
    const deptsubId = unit.internal?.egpDeptsubId
    if (!deptsubId) return { output: { created: 0, known: 0, problems: '' } }
    const { items, failures } = await fetchUnitFeeds(deptsubId, oitSettings(req.payload).egp)
    const result = await importAnnouncements(req, input.unit, items)
    const problems = [...failures, ...result.problems]
    if (problems.length)
      req.payload.logger.warn(
        { unit: input.unit, problems },
        `[e-GP] unit ${input.unit}: ${problems.length} announcement feeds or items not imported`,
      )
    return {
      output: { created: result.created, known: result.known, problems: problems.join('\n') },
    }
  },
}

/**
 * On the schedule (`egp.cron`), a fetch is queued for each unit that has its e-GP department code.
 */
export const scheduleEgpFetchesTask = (
  cron: string,
): TaskConfig<{ input: object; output: { queued: number } }> => ({
  slug: SCHEDULE_TASK,
  label: 'Queue e-GP fetches',
  schedule: [{ cron, queue: EGP_QUEUE }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'units',
      where: { 'internal.egpDeptsubId': { exists: true } },
      select: { internal: { egpDeptsubId: true } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const units = docs.filter((unit) => unit.internal?.egpDeptsubId)
    for (const unit of units)
      await req.payload.jobs.queue({
        task: FETCH_TASK,
        input: { unit: unit.id },
        queue: EGP_QUEUE,
        req,
      })
    return { output: { queued: units.length } }
  },
})
