import http from 'node:http'

import { baseURL } from './helpers'

export type Reply = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: any
  ms: number
}

/**
 * One HTTP request to the server under test, from a chosen loopback address (the server sees it as
 * the client's socket address), with whatever headers and body a test needs; `fresh` on a
 * connection
 * of its own (for a request that leaves its connection unusable, such as a body shorter than it
 * claims).
 */
export function call(
  method: string,
  path: string,
  {
    body,
    headers = {},
    token,
    from = '127.0.0.1',
    timeoutMs = 60_000,
    fresh = false,
  }: {
    body?: unknown
    headers?: Record<string, string>
    token?: string
    from?: string
    timeoutMs?: number
    fresh?: boolean
  } = {},
): Promise<Reply> {
  const url = new URL(path, baseURL())
  const payload =
    body === undefined
      ? undefined
      : Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  const all: Record<string, string> = {
    ...(payload && !headers['content-type'] ? { 'content-type': 'application/json' } : {}),
    ...headers,
  }
  if (token) all.authorization = `JWT ${token}`
  if (payload && !('transfer-encoding' in all) && !('content-length' in all))
    all['content-length'] = String(payload.length)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        method,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: all,
        localAddress: from,
        timeout: timeoutMs,
        ...(fresh ? { agent: false } : {}),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: any = null
          try {
            json = JSON.parse(text)
          } catch {
            json = null
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json,
            ms: performance.now() - started,
          })
        })
      },
    )
    request.on('timeout', () =>
      request.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs} ms`)),
    )
    request.on('error', reject)
    if (payload) request.write(payload)
    request.end()
  })
}

/** A JWT for a demo or test account. */
export async function tokenFor(email: string, password = 'demo-password'): Promise<string> {
  const reply = await call('POST', '/api/users/login', { body: { email, password } })
  if (reply.status !== 200)
    throw new Error(`login ${email}: ${reply.status} ${reply.text.slice(0, 200)}`)
  return reply.json.token as string
}

/** The message a refusal carries (Payload's `errors[0].message`). */
export const messageOf = (reply: Reply): string =>
  (reply.json?.errors?.[0]?.message as string | undefined) ?? ''

/** Payload's placeholders for an error it did not explain. */
export const unexplained = (message: string): boolean =>
  !message.trim() || /An unknown error occurred|Something went wrong/i.test(message)

export const tally = (values: (number | string)[]): Record<string, number> =>
  values.reduce<Record<string, number>>(
    (counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }),
    {},
  )
