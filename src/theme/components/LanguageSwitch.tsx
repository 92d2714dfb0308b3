'use client'

import { usePathname } from 'next/navigation'

import type { Locale } from '../routing'

/**
 * The page's path within the site: during rendering Next reports the internal route
 * (`/site/{unit}/{locale}/…`, the proxy's rewrite), in the browser the public address.
 */
export const pagePath = (pathname: string, internal: string, base: string): string =>
  pathname.startsWith(internal) ? pathname.slice(internal.length) : pathname.startsWith(base) ? pathname.slice(base.length) : ''

/** A link to the same page in the other language (the page's address differs only by its language prefix). */
export function LanguageSwitch({ locale, bases, internal }: { locale: Locale; bases: Record<Locale, string>; internal: string }) {
  const other: Locale = locale === 'th' ? 'en' : 'th'
  const rest = pagePath(usePathname(), internal, bases[locale])
  return (
    <a className="language" href={`${bases[other]}${rest}` || '/'} hrefLang={other} lang={other}>
      {other === 'en' ? 'English' : 'ภาษาไทย'}
    </a>
  )
}
