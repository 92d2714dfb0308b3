import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isSuperAdmin, userOf } from '../access/roles'
import { parseFiscalYear } from '../fiscal'

export const cloneRefused = {
  forbidden:
    'เฉพาะผู้ดูแลระบบสูงสุดเท่านั้นที่คัดลอกกรอบการประเมินได้ / Only a super-admin can clone a framework.',
  year: 'ปีงบประมาณปลายทางต้องเป็นปี พ.ศ. 4 หลัก (เช่น 2570) / Target fiscal year must be a Buddhist-era year such as 2570.',
  exists: (year: number) =>
    `มีกรอบการประเมินปีงบประมาณ ${year} ของหน่วยงานประเภทนี้อยู่แล้ว / A framework for FY${year} and this unit type already exists.`,
}

/**
 * Copies a fiscal year's framework into a new year as an independent document (new row IDs), so the
 * copy can be edited for the new year's checklist without touching the original.
 */
export async function cloneFramework(
  req: PayloadRequest,
  sourceID: number | string,
  targetYear: unknown,
) {
  if (!isSuperAdmin(userOf(req))) throw new APIError(cloneRefused.forbidden, 403, null, true)
  const fiscalYear = parseFiscalYear(targetYear)
  if (fiscalYear == null) throw new APIError(cloneRefused.year, 400, null, true)

  const source = await req.payload.findByID({
    collection: 'oit-frameworks',
    id: sourceID,
    depth: 0,
    req,
  })
  const clash = await req.payload.count({
    collection: 'oit-frameworks',
    req,
    where: { fiscalYear: { equals: fiscalYear }, unitType: { equals: source.unitType } },
  })
  if (clash.totalDocs) throw new APIError(cloneRefused.exists(fiscalYear), 409, null, true)

  return req.payload.duplicate({
    collection: 'oit-frameworks',
    id: sourceID,
    data: {
      fiscalYear,
      title: source.title.split(String(source.fiscalYear)).join(String(fiscalYear)),
    },
    depth: 0,
    req,
  })
}
