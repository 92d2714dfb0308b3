import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { execute } from '../database/tables'
import { currentFiscalYear } from '../fiscal'
import { CLIENT_ADDRESS_HEADER } from '../utilities/clientAddress'

/** The hidden form field bots fill in and people never see. */
export const HONEYPOT_FIELD = 'website'

export type SubmissionLimit = { max: number; windowMinutes: number }

/**
 * The client address as server.ts established it (the socket, or the nearest hop beyond the
 * configured trusted proxies); never a header the client wrote. Outside server.ts (`next dev`)
 * every visitor shares one key.
 */
export const clientAddress = (req: PayloadRequest): string =>
  req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'

const honeypotFilled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== ''

/**
 * Public forms (feedback, corruption complaints): refuses bots that fill the honeypot and limits
 * how
 * often one address may submit. Only a salted hash of the address is kept, never the address
 * itself.
 */
export const guardPublicSubmission =
  ({ max, windowMinutes }: SubmissionLimit): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create') return args
    const data = (args.data ?? {}) as Record<string, unknown>
    if (req.user)
      return {
        ...args,
        data: { ...data, submitterKey: `staff:${req.user.id}`, fiscalYear: currentFiscalYear() },
      }
    if (honeypotFilled(data[HONEYPOT_FIELD])) {
      throw new APIError('ไม่สามารถส่งข้อมูลได้ / The submission was refused.', 400, null, true)
    }
    const submitterKey = createHash('sha256')
      .update(`${req.payload.secret}:${clientAddress(req)}`)
      .digest('hex')
    // Submissions from one sender take turns (a lock held to the end of this transaction), so that
    // a
    // burst cannot all be counted before any is stored.
    await execute(req.payload, sql`select pg_advisory_xact_lock(hashtext(${submitterKey}))`, req)
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
