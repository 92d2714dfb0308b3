import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'

import { CLIENT_ADDRESS_HEADER } from '../utilities/clientAddress'

export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * Bodies larger than this are refused before the app reads them (413); uploads have their own
 * limit.
 */
export const BODY_LIMITS = { json: 2 * 1024 * 1024, multipart: 25 * 1024 * 1024 }

const normalise = (address: string): string =>
  address
    .trim()
    .replace(/^::ffff:/, '')
    .toLowerCase()

/** `OIT_TRUSTED_PROXIES`: comma-separated addresses of the reverse proxies in front of the app. */
export const trustedProxies = (env: NodeJS.ProcessEnv = process.env): Set<string> =>
  new Set((env.OIT_TRUSTED_PROXIES ?? '').split(',').map(normalise).filter(Boolean))

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the nearest
 * `X-Forwarded-For` hop that is not a trusted proxy (hops further left are the client's own
 * claims).
 */
export function clientAddressOf(req: IncomingMessage, trusted: Set<string>): string {
  let address = normalise(req.socket.remoteAddress ?? '')
  if (!trusted.has(address)) return address || 'unknown'
  const header = req.headers['x-forwarded-for']
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map(normalise)
    .filter(Boolean)
  while (hops.length && trusted.has(address)) address = hops.pop()!
  return isIP(address) ? address : 'unknown'
}

const refuse = (
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  th: string,
  en: string,
) => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
  })
  res.end(JSON.stringify({ errors: [{ message: `${th} / ${en}` }] }))
  // The body is read and dropped, so that the client can finish sending and read the answer; a
  // client
  // that keeps sending far beyond any limit is cut off.
  let dropped = 0
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > 2 * BODY_LIMITS.multipart) req.socket.destroy()
  })
}

/**
 * A host name or address with an optional port, as DNS and browsers write them (IDN in its punycode
 * form).
 */
const VALID_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i
const validHost = (host: string): boolean => {
  const match = VALID_HOST.exec(host)
  return Boolean(match) && (match![1] === undefined || Number(match![1]) <= 65_535)
}

/** A path (and query) that decodes to valid UTF-8 without control characters. */
function validTarget(url: string): boolean {
  try {
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(url))
  } catch {
    return false
  }
}

/**
 * Before Next sees a request: refuses a malformed host or address (NUL bytes, broken UTF-8) with
 * 400, stamps the client's address, adds HSTS behind an HTTPS proxy, and refuses API bodies that
 * are too large (by `Content-Length`,
 * which every browser sends; a body without one is refused). Returns false when it has answered
 * the request itself.
 */
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  trusted: Set<string>,
): boolean {
  if (!validHost(req.headers.host ?? '') || !validTarget(req.url ?? '/')) {
    refuse(
      req,
      res,
      400,
      'ที่อยู่หรือชื่อโฮสต์ของคำขอไม่ถูกต้อง',
      'The request’s address or host name is malformed',
    )
    return false
  }
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trusted)
  // Served over TLS (the proxy in front says so): browsers keep to HTTPS for a year. Sent on plain
  // HTTP, browsers ignore it.
  if (req.headers['x-forwarded-proto'] === 'https') res.setHeader('Strict-Transport-Security', HSTS)
  if (
    req.method === 'GET' ||
    req.method === 'HEAD' ||
    req.method === 'OPTIONS' ||
    !req.url?.startsWith('/api/')
  )
    return true
  const length = req.headers['content-length']
  if (length === undefined) {
    if (req.headers['transfer-encoding']) {
      refuse(
        req,
        res,
        411,
        'ต้องระบุขนาดของข้อมูลที่ส่ง (Content-Length)',
        'The request must state its length (Content-Length)',
      )
      return false
    }
    return true
  }
  const limit = /^multipart\//i.test(req.headers['content-type'] ?? '')
    ? BODY_LIMITS.multipart
    : BODY_LIMITS.json
  if (!/^\d+$/.test(length) || Number(length) > limit) {
    refuse(
      req,
      res,
      413,
      `ข้อมูลที่ส่งใหญ่เกิน ${limit / 1024 / 1024} MB`,
      `The request body is larger than ${limit / 1024 / 1024} MB`,
    )
    return false
  }
  return true
}
