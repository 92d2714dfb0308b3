import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import config from '../../payload.config'

let instance: Promise<Payload> | null = null

/**
 * One Payload per test file, on the throw-away database `npm test` created (seeded on first init).
 */
export const testPayload = (): Promise<Payload> => (instance ??= getPayload({ config }))

export async function closePayload(): Promise<void> {
  if (!instance) return
  const payload = await instance
  instance = null
  await destroyPayload(payload)
}

/** Stops a Payload and closes its database pool. */
export async function destroyPayload(payload: Payload): Promise<void> {
  // destroy() leaves the adapter's pool open, and the adapter keeps one client checked out for
  // good (to watch for ECONNRESET), so pool.end() alone would wait forever: release it first.
  const { pool } = payload.db as unknown as PostgresAdapter
  await payload.destroy()
  const internals = pool as unknown as {
    _clients: { release: () => void }[]
    _idle: { client: unknown }[]
  }
  const idle = new Set(internals._idle.map((item) => item.client))
  for (const client of internals._clients) if (!idle.has(client)) client.release()
  await pool.end()
}

/**
 * A REST request through Payload's real HTTP handlers (the same ones the Next route serves); `form`
 * sends multipart (uploads).
 */
export async function rest(
  method: string,
  path: string,
  options: {
    token?: string
    body?: unknown
    form?: FormData
    headers?: Record<string, string>
  } = {},
): Promise<{ status: number; body: any; text: string; bytes: Buffer; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const response =
    path === '/graphql'
      ? await GRAPHQL_POST(config)(request)
      : await handleEndpoints({ config, request })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  return { status: response.status, body, text, bytes, headers: response.headers }
}

export const login = async (email: string, password = 'demo-password'): Promise<string> => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

/** The user document to pass as `user` to the local API with `overrideAccess: false`. */
export async function userByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

export async function unitBySlug(payload: Payload, slug: string) {
  const { docs } = await payload.find({
    collection: 'units',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no unit ${slug}`)
  return docs[0]
}

/**
 * The per-field messages of a rejected operation (Payload's ValidationError lists them in
 * `data.errors`).
 */
export async function rejection(operation: Promise<unknown>): Promise<{
  status: number
  message: string
  fields: Record<string, string>
  messages: string[]
}> {
  try {
    await operation
  } catch (err) {
    const error = err as {
      status?: number
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }
    const errors = error.data?.errors ?? []
    const fields = Object.fromEntries(errors.map((e) => [e.path, e.message]))
    return {
      status: error.status ?? 500,
      message: error.message,
      fields,
      messages: errors.map((e) => e.message),
    }
  }
  throw new Error('expected the operation to be rejected')
}
