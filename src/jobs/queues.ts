import type { Config, JobsConfig, Payload } from 'payload'

import { COMPANIONS_QUEUE, generateCompanionsTask, generateSignsTask } from '../companions/jobs'
import { EGP_QUEUE, fetchEgpAnnouncementsTask, scheduleEgpFetchesTask } from '../egp/tasks'
import { oitSettings, type OitSettings } from '../options'

/** The plugin's queues; a host's other queues are never touched. */
export const OIT_QUEUES = [COMPANIONS_QUEUE, EGP_QUEUE]

/**
 * Payload never releases a job whose worker was killed mid-run (it stays `processing`): hand the
 * plugin's such jobs back to their queue once their lease (`jobs.leaseSeconds`) has run out. A
 * host's
 * long job on another queue is left as it is.
 */
export async function releaseStaleJobs(payload: Payload): Promise<number> {
  const cutoff = new Date(Date.now() - oitSettings(payload).jobs.leaseSeconds * 1000).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { in: OIT_QUEUES } },
        { processing: { equals: true } },
        { updatedAt: { less_than: cutoff } },
        { completedAt: { exists: false } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/**
 * A worker's turn (`npm run jobs`): stale jobs released, companion files generated, due e-GP
 * schedules queued and fetches run.
 */
export async function runOitJobs(payload: Payload, limit: number): Promise<void> {
  await releaseStaleJobs(payload)
  await payload.jobs.run({ queue: COMPANIONS_QUEUE, limit })
  await payload.jobs.handleSchedules({ queue: EGP_QUEUE })
  await payload.jobs.run({ queue: EGP_QUEUE, limit })
}

const autoRunOf = async (autoRun: JobsConfig['autoRun'], payload: Payload) =>
  typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])

/**
 * The plugin's tasks, and with `jobs.runInApp` its in-app runners (companion files every 5 s, e-GP
 * every minute) added to the host's: the host's runners and its `shouldAutoRun` decision are kept.
 * Concurrency control (one generation per target at a time) is on unless the host turned it off.
 */
export const withOitQueues = (config: Config, settings: OitSettings): Config => ({
  ...config,
  jobs: {
    ...config.jobs,
    enableConcurrencyControl: config.jobs?.enableConcurrencyControl ?? true,
    tasks: [
      ...(config.jobs?.tasks ?? []),
      generateCompanionsTask,
      generateSignsTask,
      fetchEgpAnnouncementsTask,
      scheduleEgpFetchesTask(settings.egp.cron),
    ],
    ...(settings.jobs.runInApp && {
      autoRun: async (payload) => [
        ...(await autoRunOf(config.jobs?.autoRun, payload)),
        { cron: '*/5 * * * * *', queue: COMPANIONS_QUEUE, limit: 4 },
        { cron: '0 * * * * *', queue: EGP_QUEUE, limit: 10 },
      ],
      shouldAutoRun: async (payload) => {
        await releaseStaleJobs(payload)
        return config.jobs?.shouldAutoRun ? config.jobs.shouldAutoRun(payload) : true
      },
    }),
  },
})
