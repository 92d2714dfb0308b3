import type { Endpoint, Payload } from 'payload'
import pg from 'pg'

const HEALTH_TIMEOUT_MS = 1500

type Pool = { options?: pg.PoolConfig; totalCount?: number; idleCount?: number; waitingCount?: number }

/**
 * The health check's own connection, outside the pool: it reports whether the database answers,
 * even while every pooled connection is busy (which it reports separately).
 */
let probe: Promise<pg.Client> | null = null
const probeClient = (payload: Payload): Promise<pg.Client> => {
  probe ??= (async () => {
    const { options } = (payload.db as unknown as { pool: Pool }).pool
    const client = new pg.Client({ ...options, connectionTimeoutMillis: HEALTH_TIMEOUT_MS, statement_timeout: HEALTH_TIMEOUT_MS })
    client.on('error', () => {
      probe = null
    })
    await client.connect()
    return client
  })().catch((err: unknown) => {
    probe = null
    throw err
  })
  return probe
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
      const { rows } = await within(
        probeClient(req.payload).then((client) => client.query(`select count(*)::int as waiting from payload_jobs where completed_at is null and coalesce(has_error, false) = false`)),
        HEALTH_TIMEOUT_MS,
      )
      return Response.json({ status: 'ok', database: 'ok', pool: { total: totalCount, idle: idleCount, waiting: waitingCount }, jobsWaiting: rows[0]?.waiting ?? 0 }, { headers })
    } catch (err) {
      // A connection that did not answer is not asked again.
      const stale = probe
      probe = null
      void stale?.then((client) => client.end()).catch(() => undefined)
      return Response.json({ status: 'unavailable', database: (err as Error).message }, { status: 503, headers })
    }
  },
}
