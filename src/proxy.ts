import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy } from './server/securityHeaders'
import { hostList, mainHostsOf, siteRoute } from './routing/publicAddresses'

/** Payload's language cookie; with none, Payload follows the browser's Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin is Thai unless the user picked English in their account settings (which sets the
 * cookie): an English-language browser in a Thai station still gets the Thai admin by default.
 * Its scripts run only with this request's nonce (Next reads it from the request's policy).
 */
function admin(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers)
  const policy = contentSecurityPolicy({
    development: process.env.NODE_ENV !== 'production',
    nonce: btoa(crypto.randomUUID()),
  })
  headers.set('content-security-policy', policy)
  const thai = !request.cookies.has(LANGUAGE_COOKIE)
  if (thai)
    headers.set(
      'cookie',
      [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=th`].filter(Boolean).join('; '),
    )
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (thai)
    response.cookies.set(LANGUAGE_COOKIE, 'th', {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  return response
}

/**
 * The hosts of the units index and `/u/{slug}` (`OIT_MAIN_HOSTS`); every other host is a unit's own
 * domain.
 */
const mainHosts = mainHostsOf(hostList(process.env.OIT_MAIN_HOSTS))

/**
 * Unit websites on their own domains: every path is rewritten to the internal
 * `/site/{unit}/{locale}/…`
 * routes, whose path parameters let Next cache each page. (`/u/{slug}/…` on the main host is
 * rewritten by next.config.ts, without the proxy.)
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return admin(request)
  const target = siteRoute(request.headers.get('host') ?? '', pathname, mainHosts)
  if (target === 'pass') return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = target
  return NextResponse.rewrite(url)
}

// The site icons (src/app/favicon.ico, icon.svg) are the app's own on every host, units' domains
// included.
export const config = { matcher: ['/((?!_next/|api/|u/|favicon.ico|icon.svg).*)'] }
