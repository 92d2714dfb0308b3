import type { DefaultValue, PayloadRequest } from 'payload'

/**
 * A field's default taken from the admin page's address (`?unit=12&item=O7`), so a link from where
 * a gap is seen opens the create form already about it; otherwise the field's own default. Only for
 * the admin's pages (the local API's request there carries the page's query), never for REST.
 */
export const prefilledFrom = <F extends { defaultValue?: DefaultValue }>(
  param: string,
  field: F,
  read: (raw: string) => string | number | null = (raw) => raw,
): F => ({
  ...field,
  defaultValue: ({
    locale,
    req,
    user,
  }: {
    locale?: string
    req: PayloadRequest
    user: PayloadRequest['user']
  }) => {
    const raw = req.payloadAPI === 'local' ? req.query?.[param] : undefined
    const value = typeof raw === 'string' && raw.trim() ? read(raw.trim()) : null
    if (value != null) return value
    return typeof field.defaultValue === 'function'
      ? field.defaultValue({ locale: locale as never, req, user })
      : field.defaultValue
  },
})

/** A positive whole number from the address, or nothing. */
export const idFromQuery = (raw: string): number | null =>
  /^\d{1,9}$/.test(raw) ? Number(raw) : null
