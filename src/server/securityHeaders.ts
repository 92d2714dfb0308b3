/**
 * Response headers (next.config.ts for every path; src/proxy.ts adds the admin's policy per
 * request).
 * Scripts, styles and fonts only from the app itself; no plug-ins, no foreign form targets or base
 * URLs. The admin is rendered per request, so its scripts need a nonce of the request; the public
 * pages are cached and shared, where a nonce could not change per request, so there Next's inline
 * page data is allowed as inline script. The admin is never framed; public pages only by
 * themselves.
 * (HSTS is server.ts's: it depends on how the request arrived, which cached pages do not.)
 */
type Header = { key: string; value: string }
type Rule = { source: string; headers: Header[] }

export function contentSecurityPolicy({
  development,
  nonce,
}: {
  development: boolean
  nonce?: string
}): string {
  // React needs eval for its development-time tooling only.
  const evaluation = development ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    nonce
      ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evaluation}`
      : `script-src 'self' 'unsafe-inline'${evaluation}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${nonce ? "'none'" : "'self'"}`,
  ].join('; ')
}

const common: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

export function securityHeaders(development: boolean): Rule[] {
  return [
    {
      source: '/:path((?!admin(?:/|$)).*)',
      headers: [
        ...common,
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
      ],
    },
    { source: '/admin/:path*', headers: [...common, { key: 'X-Frame-Options', value: 'DENY' }] },
  ]
}
