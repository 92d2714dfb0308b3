import type { Endpoint } from 'payload'

import { isReviewer, userOf } from '../access/roles'
import { readiness } from './readiness'
import { itapCsv, itapWorkbook, matrixWorkbook } from './sheets'
import { notOfferedNotice, unitFrameworks } from './unitFrameworks'
import { idParam, reviewableUnits, yearParam } from './units'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const refuse = (status: number, th: string, en: string) =>
  Response.json({ errors: [{ message: `${th} / ${en}` }] }, { status })

const download = (body: Buffer | string, type: string, filename: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })

/**
 * The unit's ITAP URL sheet (`?unit=&year=&format=xlsx|csv`): code, title, public URL, status.
 * Only for a year the unit's site publishes: any other year's URLs would all answer 404.
 */
const itapSheet: Endpoint = {
  path: '/readiness/itap',
  method: 'get',
  handler: async (req) => {
    if (!userOf(req)) return refuse(401, 'กรุณาเข้าสู่ระบบ', 'sign in first')
    const unitID = idParam(req.searchParams.get('unit'))
    const [unit] = unitID ? await reviewableUnits(req, { unit: unitID }) : []
    if (!unit)
      return refuse(404, 'ไม่พบหน่วยงานนี้ในหน่วยที่ท่านดูได้', 'no such unit within your units')
    const fiscalYear = yearParam(req.searchParams.get('year'))
    const { offered, inForce } = await unitFrameworks(req, unit.unitType, fiscalYear)
    if (!offered.includes(fiscalYear)) {
      const notice = notOfferedNotice(fiscalYear, offered)
      return refuse(
        404,
        `${notice.th} จึงไม่มีลิงก์สำหรับ ITAP`,
        `${notice.en}, so no links for ITAP`,
      )
    }
    const [result] = await readiness(req.payload, {
      units: [unit],
      fiscalYear,
      frameworks: inForce,
    })
    if (!result) throw new Error(`readiness answered nothing for unit ${unit.id}`)
    const name = `itap-${unit.slug}-${fiscalYear}`
    return req.searchParams.get('format') === 'csv'
      ? download(itapCsv(result), 'text/csv; charset=utf-8', `${name}.csv`)
      : download(await itapWorkbook(result), XLSX, `${name}.xlsx`)
  },
}

/** The HQ matrix as XLSX (`?year=&hq=&unitType=`), for HQ reviewers and super-admins. */
const matrixSheet: Endpoint = {
  path: '/readiness/matrix',
  method: 'get',
  handler: async (req) => {
    if (!isReviewer(userOf(req)))
      return refuse(403, 'เฉพาะผู้ตรวจระดับกองบังคับการ/ภาค', 'HQ reviewers only')
    const fiscalYear = yearParam(req.searchParams.get('year'))
    const units = await reviewableUnits(req, {
      hq: idParam(req.searchParams.get('hq')),
      unitType: req.searchParams.get('unitType') || null,
    })
    const results = await readiness(req.payload, { units, fiscalYear })
    return download(
      await matrixWorkbook(results, fiscalYear),
      XLSX,
      `oit-readiness-${fiscalYear}.xlsx`,
    )
  },
}

export const readinessEndpoints = [itapSheet, matrixSheet]
