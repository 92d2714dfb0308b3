import type { Endpoint, Payload } from 'payload'
import pg from 'pg'

const HEALTH_TIMEOUT_MS = 1500

type Pool = { options?: pg.PoolConfig; totalCount?: number; idleCount?: number; waitingCount?: number }

/**
 * The health check asks on a connection of its own, outside the pool: it reports whether the
 * database answers even while every pooled connection is busy (which it reports separately).
 * A new connection each time: no handle outlives the check.
 */
async function askDatabase(payload: Payload): Promise<number> {
  const { options } = (payload.db as unknown as { pool: Pool }).pool
  const client = new pg.Client({ ...options, connectionTimeoutMillis: HEALTH_TIMEOUT_MS, statement_timeout: HEALTH_TIMEOUT_MS })
  client.on('error', () => undefined)
  try {
    await client.connect()
    const { rows } = await client.query(`select count(*)::int as waiting from payload_jobs where completed_at is null and coalesce(has_error, false) = false`)
    return Number(rows[0]?.waiting ?? 0)
  } finally {
    void client.end().catch(() => undefined)
  }
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())])

/**
 * `GET /api/health` for load balancers and monitors: whether the database answers (within 1.5 s),
 * how busy the connection pool is, and how many generation jobs wait. 200 when the database
 * answers, else 503.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    const { totalCount, idleCount, waitingCount } = (req.payload.db as unknown as { pool: Pool }).pool
    try {
      const jobsWaiting = await within(askDatabase(req.payload), HEALTH_TIMEOUT_MS)
      return Response.json({ status: 'ok', database: 'ok', pool: { total: totalCount, idle: idleCount, waiting: waitingCount }, jobsWaiting }, { headers })
    } catch (err) {
      return Response.json({ status: 'unavailable', database: (err as Error).message }, { status: 503, headers })
    }
  },
}
