/**
 * `npm run jobs`: a worker for the companions and e-GP queues, beside (or instead of) the app's own
 * runner.
 * Start as many as needed; jobs of one target never run at once, and a job whose worker died is
 * handed back to the queue when its lease runs out (OIT_JOB_LEASE_SECONDS, default 600).
 *
 *   --until-empty   stop once no job is waiting (tests, one-off catch-up)
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { COMPANIONS_QUEUE } from '../src/companions/jobs'
import { runOitJobs } from '../src/jobs/queues'
import { publicOriginWarning } from '../src/routing/publicAddresses'

const untilEmpty = process.argv.includes('--until-empty')
const IDLE_MS = 2000

const payload = await getPayload({ config })
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true))

const waiting = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: COMPANIONS_QUEUE } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
  ).totalDocs

const warning = publicOriginWarning(process.env.OIT_PUBLIC_URL)
if (warning) payload.logger.warn(`[jobs] ${warning}`)
payload.logger.info('[jobs] worker started')
while (!stopping) {
  await runOitJobs(payload, 5)
  if (untilEmpty && (await waiting()) === 0) break
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
}
payload.logger.info('[jobs] worker stopped')
await payload.destroy()
process.exit(0)
