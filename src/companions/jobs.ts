import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { generateCompanions, recordStatus } from './generate'
import { generateSigns, SIGNS } from './signs'
import { targetKey, type CompanionTarget } from './target'

export const COMPANIONS_QUEUE = 'companions'
export const GENERATE_TASK = 'generate-companions'
export const SIGNS_TASK = 'generate-signs'

/** A job still marked as running after this long belongs to a worker that died (generation takes seconds). */
export const jobLeaseMs = (): number => Number(process.env.OIT_JOB_LEASE_SECONDS ?? 600) * 1000

/** Runs a generation and records its outcome for the admin; a failure is recorded, then rethrown for a retry. */
async function withStatus<T extends { state: 'done' | 'withdrawn' }>(req: PayloadRequest, unit: number, key: string, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run()
    await recordStatus(req.payload, unit, key, result.state, null)
    return result
  } catch (error) {
    await recordStatus(req.payload, unit, key, 'failed', (error as Error).message)
    throw error
  }
}

/**
 * Generates one target's files. Jobs of one target never run at once (concurrency key), a newer
 * request replaces a waiting one, and failures are retried with backoff.
 */
export const generateCompanionsTask: TaskConfig<{ input: CompanionTarget; output: { state: string; created: number } }> = {
  slug: GENERATE_TASK,
  label: 'Generate companion files',
  inputSchema: [
    { name: 'unit', type: 'number', required: true },
    { name: 'fiscalYear', type: 'number', required: true },
    { name: 'item', type: 'text', required: true },
    { name: 'period', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'state', type: 'text' },
    { name: 'created', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  concurrency: { key: ({ input }) => targetKey(input as CompanionTarget), supersedes: true },
  handler: async ({ input, req }) => {
    const result = await withStatus(req, input.unit, targetKey(input), () => generateCompanions(req, input))
    return { output: result }
  },
}

/** Regenerates a unit's printable signs (No Gift Policy, QR codes) after its data changed. */
export const generateSignsTask: TaskConfig<{ input: { unit: number }; output: { created: number } }> = {
  slug: SIGNS_TASK,
  label: 'Generate signs',
  inputSchema: [{ name: 'unit', type: 'number', required: true }],
  outputSchema: [{ name: 'created', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  concurrency: { key: ({ input }) => `${(input as { unit: number }).unit}/${SIGNS}`, supersedes: true },
  handler: async ({ input, req }) => {
    const result = await withStatus(req, input.unit, `${input.unit}/${SIGNS}`, () => generateSigns(req, input.unit))
    return { output: { created: result.created } }
  },
}

/**
 * Payload never releases a job whose worker was killed mid-run (it stays `processing`): hand such
 * jobs back to the queue once their lease has run out.
 */
export async function releaseStaleJobs(payload: Payload, leaseMs = jobLeaseMs()): Promise<number> {
  const cutoff = new Date(Date.now() - leaseMs).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }, { completedAt: { exists: false } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/** Runs the companions queue once: stale jobs released first. */
export async function runCompanionJobs(payload: Payload, limit = 10): Promise<void> {
  await releaseStaleJobs(payload)
  await payload.jobs.run({ queue: COMPANIONS_QUEUE, limit })
}
