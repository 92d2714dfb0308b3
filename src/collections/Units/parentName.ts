import type { FieldHook } from 'payload'

import { tenantIDOf } from '../../access/unitContent'

/** The parent unit's short name, for one unit read at a time (its edit view), never for lists. */
export const parentName: FieldHook = async ({ data, findMany, req }) => {
  const parent = tenantIDOf(data?.parent)
  if (findMany || parent == null) return undefined
  const found = await req.payload.findByID({
    collection: 'units',
    id: parent,
    depth: 0,
    overrideAccess: true,
    req,
    locale: req.locale ?? 'th',
    select: { shortName: true },
    disableErrors: true,
  })
  return found?.shortName ?? undefined
}
