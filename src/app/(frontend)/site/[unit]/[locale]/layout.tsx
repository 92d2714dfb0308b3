import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/700.css'
import '@/theme/styles.css'

import type { ReactNode } from 'react'

import { isLocale } from '@/routing/publicAddresses'

/**
 * Pages are rendered on first visit and cached; saving content in the admin refreshes them
 * (theme/revalidate.ts).
 */
export const revalidate = 60
export const generateStaticParams = async () => []

/** The root of a unit's website: the document language follows the URL (`/en/…` is English). */
export default async function SiteRoot({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  return (
    <html lang={isLocale(locale) ? locale : 'th'}>
      <body>{children}</body>
    </html>
  )
}
