import type { Endpoint, Payload } from 'payload'
import pg from 'pg'

const HEALTH_TIMEOUT_MS = 1500

type Pool = {
  options?: pg.PoolConfig
  totalCount?: number
  idleCount?: number
  waitingCount?: number
}

/**
 * The health check asks on a connection of its own, outside the pool: it reports whether the
 * database answers even while every pooled connection is busy (which it reports separately).
 * The connection is kept between checks, as a new one per check costs a server process and
 * several round trips, which a server busy at month-end turned into false alarms. One that
 * failed or timed out is closed and the next check opens another.
 */
let health: { client: pg.Client; ready: Promise<pg.Client> } | undefined

function connection(payload: Payload): Promise<pg.Client> {
  if (!health) {
    const { options } = (payload.db as unknown as { pool: Pool }).pool
    const client = new pg.Client({
      ...options,
      connectionTimeoutMillis: HEALTH_TIMEOUT_MS,
      statement_timeout: HEALTH_TIMEOUT_MS,
    })
    client.on('error', () => forget(client))
    // The kept connection never holds the process open (a test run or a drained server exits).
    const unref = () =>
      (
        client as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.()
    health = { client, ready: client.connect().then(() => (unref(), client)) }
    health.ready.catch(() => forget(client))
  }
  return health.ready
}

function forget(client: pg.Client) {
  if (health?.client === client) health = undefined
  void client.end().catch(() => undefined)
}

async function askDatabase(payload: Payload): Promise<number> {
  const client = await connection(payload)
  try {
    const { rows } = await client.query(
      `select count(*)::int as waiting from payload_jobs where completed_at is null and coalesce(has_error, false) = false and (wait_until is null or wait_until <= now())`,
    )
    return Number(rows[0]?.waiting ?? 0)
  } catch (err) {
    forget(client)
    throw err
  }
}

/**
 * Rejects after `ms` unless the promise settles first. The timeout is judged after the event
 * loop's pending input is read (setImmediate runs after the poll phase): a reply that arrived
 * while the server was busy computing counts as an answer, not as a database that is down.
 */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let settled = false
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return
          onTimeout()
          reject(new Error(`no answer in ${ms} ms`))
        }),
      ms,
    )
  })
  return Promise.race([promise, late]).finally(() => {
    settled = true
    clearTimeout(timer)
  })
}

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
    const { totalCount, idleCount, waitingCount } = (req.payload.db as unknown as { pool: Pool })
      .pool
    const asked = askDatabase(req.payload)
    try {
      const jobsWaiting = await within(
        asked,
        HEALTH_TIMEOUT_MS,
        () => health && forget(health.client),
      )
      return Response.json(
        {
          status: 'ok',
          database: 'ok',
          pool: { total: totalCount, idle: idleCount, waiting: waitingCount },
          jobsWaiting,
        },
        { headers },
      )
    } catch (err) {
      asked.catch(() => undefined)
      return Response.json(
        { status: 'unavailable', database: (err as Error).message },
        { status: 503, headers },
      )
    }
  },
}
