import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint } from 'payload'

import { execute } from '../compliance/columns'

const HEALTH_TIMEOUT_MS = 1500

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())])

/**
 * `GET /api/health` for load balancers and monitors: whether the database answers (within 1.5 s)
 * and how many generation jobs wait. 200 when healthy, 503 when the database does not answer.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      const [row] = await within(
        execute(req.payload, sql`select count(*)::int as waiting from payload_jobs where completed_at is null and coalesce(has_error, false) = false`),
        HEALTH_TIMEOUT_MS,
      )
      return Response.json({ status: 'ok', database: 'ok', jobsWaiting: Number(row?.waiting ?? 0) }, { headers })
    } catch (err) {
      return Response.json({ status: 'unavailable', database: (err as Error).message }, { status: 503, headers })
    }
  },
}
