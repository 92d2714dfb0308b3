import type { Config, JobsConfig, Payload } from 'payload'

import { EGP_QUEUE, fetchEgpAnnouncementsTask, scheduleEgpFetchesTask } from './tasks'

const autoRunOf = async (autoRun: JobsConfig['autoRun'], payload: Payload) => (typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? []))

/**
 * O14 from e-GP: the fetch and schedule tasks, and the in-app runner of their queue (every minute;
 * with `OIT_JOBS_IN_APP=false`, `npm run jobs` workers run it). Fetched announcements are drafts.
 */
export const egpFeeds = (config: Config): Config => ({
  ...config,
  jobs: {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), fetchEgpAnnouncementsTask, scheduleEgpFetchesTask],
    autoRun: async (payload) => [
      ...(await autoRunOf(config.jobs?.autoRun, payload)),
      ...(process.env.OIT_JOBS_IN_APP === 'false' ? [] : [{ cron: '0 * * * * *', queue: EGP_QUEUE, limit: 10 }]),
    ],
  },
})

/** A worker's turn at the e-GP queue: due schedules queued, then waiting fetches run. */
export async function runEgpJobs(payload: Payload, limit: number): Promise<void> {
  await payload.jobs.handleSchedules({ queue: EGP_QUEUE })
  await payload.jobs.run({ queue: EGP_QUEUE, limit })
}
