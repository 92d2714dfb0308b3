'use client'

import { usePathname } from 'next/navigation'

import type { Locale } from '../routing'

/** A link to the same page in the other language (the page's address differs only by its language prefix). */
export function LanguageSwitch({ locale, bases }: { locale: Locale; bases: Record<Locale, string> }) {
  const pathname = usePathname()
  const other: Locale = locale === 'th' ? 'en' : 'th'
  const rest = pathname.startsWith(bases[locale]) ? pathname.slice(bases[locale].length) : ''
  return (
    <a className="language" href={`${bases[other]}${rest}` || '/'} hrefLang={other} lang={other}>
      {other === 'en' ? 'English' : 'ภาษาไทย'}
    </a>
  )
}
