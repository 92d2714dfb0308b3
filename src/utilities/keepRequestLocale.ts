import type { PayloadRequest } from 'payload'

/**
 * Runs a local-API call that takes `req` (to stay in its transaction) but asks for another locale:
 * Payload sets that locale on the shared `req`, so the operation in progress gets its own back
 * after.
 */
export async function keepRequestLocale<T>(
  req: PayloadRequest,
  call: () => Promise<T>,
): Promise<T> {
  const { fallbackLocale, locale } = req
  try {
    return await call()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
