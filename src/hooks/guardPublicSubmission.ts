import { createHash } from 'node:crypto'

import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { currentFiscalYear } from '../fiscal'

/** The hidden form field bots fill in and people never see. */
export const HONEYPOT_FIELD = 'website'

export type SubmissionLimit = { max: number; windowMinutes: number }

/**
 * The client address as the nearest reverse proxy reports it (X-Real-IP, else the last
 * X-Forwarded-For hop, which the client cannot forge). Without a proxy every visitor shares one key,
 * so the limit then protects the unit as a whole.
 */
export const clientAddress = (req: PayloadRequest): string => {
  const realIP = req.headers.get('x-real-ip')?.trim()
  if (realIP) return realIP
  const hops = req.headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean)
  return hops?.at(-1) ?? 'unknown'
}

/**
 * Public forms (feedback, corruption complaints): refuses bots that fill the honeypot and limits how
 * often one address may submit. Only a salted hash of the address is kept, never the address itself.
 */
export const guardPublicSubmission =
  ({ max, windowMinutes }: SubmissionLimit): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create') return args
    const data = (args.data ?? {}) as Record<string, unknown>
    if (req.user) return { ...args, data: { ...data, submitterKey: `staff:${req.user.id}`, fiscalYear: currentFiscalYear() } }
    if (typeof data[HONEYPOT_FIELD] === 'string' && data[HONEYPOT_FIELD] !== '') {
      throw new APIError('ไม่สามารถส่งข้อมูลได้ / The submission was refused.', 400, null, true)
    }
    const submitterKey = createHash('sha256').update(`${req.payload.secret}:${clientAddress(req)}`).digest('hex')
    const since = new Date(Date.now() - windowMinutes * 60_000).toISOString()
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as never,
      where: { submitterKey: { equals: submitterKey }, createdAt: { greater_than: since } },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= max) {
      throw new APIError(
        `ส่งบ่อยเกินไป กรุณาลองใหม่ในอีก ${windowMinutes} นาที หรือโทรติดต่อหน่วยงานโดยตรง / Too many submissions; please try again in ${windowMinutes} minutes or call the unit.`,
        429,
        null,
        true,
      )
    }
    const { [HONEYPOT_FIELD]: _honeypot, ...rest } = data
    return { ...args, data: { ...rest, submitterKey, fiscalYear: currentFiscalYear() } }
  }
