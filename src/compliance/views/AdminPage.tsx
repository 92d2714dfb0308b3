import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

/** A custom view inside the admin's own layout and navigation. */
export function AdminPage({
  initPageResult,
  params,
  searchParams,
  children,
}: AdminViewServerProps & { children: React.ReactNode }) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="readiness">{children}</Gutter>
    </DefaultTemplate>
  )
}
