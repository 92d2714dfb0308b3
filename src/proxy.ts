import { NextResponse, type NextRequest } from 'next/server'

/** Payload's language cookie; with none, Payload follows the browser's Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin is Thai unless the user picked English in their account settings (which sets the
 * cookie): an English-language browser in a Thai station still gets the Thai admin by default.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=th`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'th', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
