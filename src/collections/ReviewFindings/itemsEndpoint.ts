import type { Endpoint } from 'payload'

import { userOf } from '../../access/roles'
import { readableUnits, scopeIncludes } from '../../access/unitScope'
import { idParam, yearParam } from '../../compliance/units'
import { frameworkFor } from '../../requirements/frameworkFor'

/**
 * `GET /api/review-findings/items?unit=&year=`: the items of the framework in force for a unit the
 * user reads and a fiscal year, code and title, for the finding form's item list.
 */
export const itemsEndpoint: Endpoint = {
  path: '/items',
  method: 'get',
  handler: async (req) => {
    if (!userOf(req))
      return Response.json(
        { errors: [{ message: 'ต้องเข้าสู่ระบบ / log in first' }] },
        { status: 401 },
      )
    const unit = idParam(req.searchParams.get('unit'))
    if (unit == null || !scopeIncludes(await readableUnits(req), unit)) {
      return Response.json(
        {
          errors: [
            { message: 'ไม่พบหน่วยงานนี้ในหน่วยที่ท่านดูได้ / no such unit within your units' },
          ],
        },
        { status: 404 },
      )
    }
    const { items } = await frameworkFor(req, unit, yearParam(req.searchParams.get('year')))
    return Response.json(
      { items: items.map(({ code, title }) => ({ code, title })) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}
