/**
 * Response headers for every path (next.config.ts). Scripts and styles only from the app itself;
 * Next's streamed page data is inline, so inline scripts are allowed (nonces would make every
 * public page uncacheable). No plug-ins, no foreign form targets or base URLs. The admin may not be
 * framed at all; the public sites only by themselves. (HSTS is server.ts's: it depends on how the
 * request arrived, which cached pages do not.)
 */
type Header = { key: string; value: string }
type Rule = { source: string; headers: Header[] }

const contentSecurityPolicy = (frameAncestors: string, development: boolean) =>
  [
    "default-src 'self'",
    // React needs eval for its development-time tooling only.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

const common: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

export function securityHeaders(development: boolean): Rule[] {
  return [
    {
      source: '/:path*',
      headers: [...common, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'", development) }],
    },
    // Later rules override earlier ones for the same header.
    { source: '/admin/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'", development) }] },
  ]
}
