import type { Payload, TaskConfig } from 'payload'

import { generateCompanions, recordStatus } from './generate'
import { generateSigns, SIGNS } from './signs'
import { targetKey, type CompanionTarget } from './target'

export const COMPANIONS_QUEUE = 'companions'
export const GENERATE_TASK = 'generate-companions'
export const SIGNS_TASK = 'generate-signs'

/** A job still marked as running after this long belongs to a worker that died (generation takes seconds). */
export const jobLeaseMs = (): number => Number(process.env.OIT_JOB_LEASE_SECONDS ?? 600) * 1000

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
    try {
      const result = await generateCompanions(req, input)
      await recordStatus(req.payload, input.unit, targetKey(input), result.state, null)
      return { output: result }
    } catch (error) {
      await recordStatus(req.payload, input.unit, targetKey(input), 'failed', (error as Error).message)
      throw error
    }
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
    const key = `${input.unit}/${SIGNS}`
    try {
      const created = await generateSigns(req, input.unit)
      await recordStatus(req.payload, input.unit, key, 'done', null)
      return { output: { created } }
    } catch (error) {
      await recordStatus(req.payload, input.unit, key, 'failed', (error as Error).message)
      throw error
    }
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
