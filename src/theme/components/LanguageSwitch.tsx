'use client'

import { usePathname } from 'next/navigation'

import { inSite, pagePath, type Locale } from '../../routing/publicAddresses'

/**
 * A link to the same page in the other language (the page's address differs only by its language
 * prefix).
 */
export function LanguageSwitch({
  locale,
  bases,
  internal,
}: {
  locale: Locale
  bases: Record<Locale, string>
  internal: string
}) {
  const other: Locale = locale === 'th' ? 'en' : 'th'
  const rest = pagePath(usePathname(), internal, bases[locale])
  return (
    <a className="language" href={inSite(bases[other], rest)} hrefLang={other} lang={other}>
      {other === 'en' ? 'English' : 'ภาษาไทย'}
    </a>
  )
}
