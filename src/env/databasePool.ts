import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

/**
 * A positive whole number from the environment, else the default (a typo must not mean "no limit").
 */
function setting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not "${raw}"`)
  return value
}

/**
 * The PostgreSQL pool, bounded everywhere so that no request can hold or wait for a connection for
 * ever: a request waits at most `OIT_DB_ACQUIRE_TIMEOUT_MS` for a connection (then it is answered
 * 503),
 * PostgreSQL ends a transaction left idle (`OIT_DB_IDLE_IN_TRANSACTION_MS`), a save waits at most
 * `OIT_DB_LOCK_TIMEOUT_MS` for another save of the same document, and no statement runs longer than
 * `OIT_DB_STATEMENT_TIMEOUT_MS`.
 */
export function databasePoolOptions(
  env: NodeJS.ProcessEnv = process.env,
): PostgresAdapterArgs['pool'] {
  return {
    connectionString: env.DATABASE_URL,
    max: setting(env, 'OIT_DB_POOL_MAX', 20),
    connectionTimeoutMillis: setting(env, 'OIT_DB_ACQUIRE_TIMEOUT_MS', 10_000),
    idleTimeoutMillis: 30_000,
    idle_in_transaction_session_timeout: setting(env, 'OIT_DB_IDLE_IN_TRANSACTION_MS', 30_000),
    lock_timeout: setting(env, 'OIT_DB_LOCK_TIMEOUT_MS', 15_000),
    statement_timeout: setting(env, 'OIT_DB_STATEMENT_TIMEOUT_MS', 120_000),
  }
}
