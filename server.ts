/**
 * `npm start`: the production server. Next's own request handler (as `next start` runs it), with
 * the
 * public-page cache in front (src/server/pageCache.ts).
 *
 * The request guard (src/server/requestGuard.ts) stamps each request with its client's address and
 * refuses oversized API bodies before Next reads them.
 *
 *   PORT (3000), HOSTNAME (0.0.0.0), OIT_PAGE_CACHE_MB (64; 0 turns the cache off),
 *   OIT_TRUSTED_PROXIES (addresses of the reverse proxies whose X-Forwarded-For is believed)
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { createPageCache } from './src/server/pageCache'
import { guardRequest, trustedProxies } from './src/server/requestGuard'
import { publicOriginWarning } from './src/routing/publicAddresses'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'
const cacheMegabytes = Number(process.env.OIT_PAGE_CACHE_MB ?? 64)

const warning = publicOriginWarning(process.env.OIT_PUBLIC_URL)
if (warning) console.warn(`WARNING ${warning}`)

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
await app.prepare()
const handle = app.getRequestHandler()
const cache =
  cacheMegabytes > 0 ? createPageCache({ maxBytes: cacheMegabytes * 1024 * 1024 }) : null

const proxies = trustedProxies()

createServer((req, res) => {
  if (!guardRequest(req, res, proxies)) return
  return cache ? cache.handle(req, res, () => handle(req, res)) : handle(req, res)
}).listen(port, hostname, () => {
  console.log(
    `police-oit ready on http://${hostname}:${port} (page cache ${cache ? `${cacheMegabytes} MB` : 'off'})`,
  )
})
