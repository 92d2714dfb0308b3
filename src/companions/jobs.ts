import type { PayloadRequest, TaskConfig } from 'payload'

import { generateCompanions, recordStatus } from './generate'
import { generateSigns, SIGNS } from './signs'
import { targetKey, type CompanionTarget } from './target'

export const COMPANIONS_QUEUE = 'companions'
export const GENERATE_TASK = 'generate-companions'
export const SIGNS_TASK = 'generate-signs'

/**
 * Runs a generation and records its outcome for the admin; a failure is recorded, then rethrown for
 * a retry.
 */
async function withStatus<T extends { state: 'done' | 'withdrawn' }>(
  req: PayloadRequest,
  unit: number,
  key: string,
  run: () => Promise<T>,
): Promise<T> {
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
export const generateCompanionsTask: TaskConfig<{
  input: CompanionTarget
  output: { state: string; created: number }
}> = {
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
  concurrency: { key: ({ input }) => targetKey(input), supersedes: true },
  handler: async ({ input, req }) => {
    const result = await withStatus(req, input.unit, targetKey(input), () =>
      generateCompanions(req, input),
    )
    return { output: result }
  },
}

/** Regenerates a unit's printable signs (No Gift Policy, QR codes) after its data changed. */
export const generateSignsTask: TaskConfig<{
  input: { unit: number }
  output: { created: number }
}> = {
  slug: SIGNS_TASK,
  label: 'Generate signs',
  inputSchema: [{ name: 'unit', type: 'number', required: true }],
  outputSchema: [{ name: 'created', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  concurrency: {
    key: ({ input }) => `${(input as { unit: number }).unit}/${SIGNS}`,
    supersedes: true,
  },
  handler: async ({ input, req }) => {
    const result = await withStatus(req, input.unit, `${input.unit}/${SIGNS}`, () =>
      generateSigns(req, input.unit),
    )
    return { output: { created: result.created } }
  },
}
