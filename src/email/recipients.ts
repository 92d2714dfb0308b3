import type { PayloadRequest } from 'payload'

import type { Role } from '../access/roles'
import { tenantIDOf } from '../access/unitContent'
import { oitSettings } from '../options'
import { keepRequestLocale } from '../utilities/keepRequestLocale'

/** E-mail addresses of a unit's staff in the given roles, read in the request's transaction. */
export async function unitStaffEmails(
  req: PayloadRequest,
  unit: number | string,
  roles: Role[],
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: oitSettings(req.payload).users as 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true },
    where: { and: [{ 'tenants.tenant': { equals: unit } }, { role: { in: roles } }] },
  })
  return docs.map((user) => user.email)
}

/** The address of one user (a relationship value or ID), or none. */
export async function userEmails(req: PayloadRequest, user: unknown): Promise<string[]> {
  const id = tenantIDOf(user)
  if (id == null) return []
  const found = await req.payload.findByID({
    collection: oitSettings(req.payload).users as 'users',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return found ? [found.email] : []
}

export const unitName = async (req: PayloadRequest, unit: number | string): Promise<string> =>
  (
    await keepRequestLocale(req, () =>
      req.payload.findByID({
        collection: 'units',
        id: unit,
        depth: 0,
        locale: 'th',
        overrideAccess: true,
        req,
        select: { name: true },
      }),
    )
  ).name

/** An absolute link into the admin, for e-mails. */
export const adminLink = (req: PayloadRequest, path: string): string => {
  const { routes, serverURL } = req.payload.config
  return `${serverURL ?? ''}${routes.admin}${path}`
}
