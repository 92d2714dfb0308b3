import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { userOf } from '../access/roles'
import { editableUnits, scopeIncludes } from '../access/unitScope'
import { importAnnouncements } from './announcements'
import { decodeFeed, FeedError, parseFeed } from './feed'
import { oitSettings } from '../options'
import { fetchUnitFeeds, MAX_FEED_BYTES } from './fetchFeed'

const refuse = (status: number, th: string, en: string) =>
  Response.json({ errors: [{ message: `${th} / ${en}` }] }, { status })

/**
 * `POST /api/procurement-announcements/egp-feed` (multipart: `_payload` with `{ unit }`, optional
 * `file`): the unit's e-GP announcements saved as drafts now, from the feed file uploaded (a server
 * without internet; an RSS file saved from e-GP) or else fetched from e-GP by the unit's department
 * code. Answers how many were new, how many the unit had already, and what could not be read.
 */
export const egpFeedEndpoint: Endpoint = {
  path: '/egp-feed',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'ต้องเข้าสู่ระบบ', 'log in first')
    await addDataAndFileToRequest(req)
    const unit = Number((req.data as { unit?: unknown } | undefined)?.unit)
    if (!Number.isInteger(unit) || !scopeIncludes(editableUnits(req), unit))
      return refuse(
        403,
        'ไม่มีสิทธิ์เพิ่มประกาศของหน่วยงานนี้',
        'you may not add announcements to this unit',
      )
    try {
      let items
      let failures: string[] = []
      if (req.file) {
        if (req.file.size > MAX_FEED_BYTES)
          return refuse(413, 'ไฟล์ใหญ่เกิน 5 MB', 'the file is larger than 5 MB')
        items = parseFeed(decodeFeed(req.file.data))
      } else {
        const found = await req.payload.findByID({
          collection: 'units',
          id: unit,
          depth: 0,
          overrideAccess: true,
          req,
          select: { internal: { egpDeptsubId: true } },
        })
        const deptsubId = found.internal?.egpDeptsubId
        if (!deptsubId)
          return refuse(
            400,
            'หน่วยงานยังไม่ได้กรอกรหัสหน่วยงานในระบบ e-GP (หน่วยงาน › ข้อมูลภายใน)',
            'the unit has no e-GP department code yet (Unit › Internal)',
          )
        ;({ items, failures } = await fetchUnitFeeds(deptsubId, oitSettings(req.payload).egp))
      }
      const result = await importAnnouncements(req, unit, items, req.user!)
      return Response.json(
        { read: items.length, ...result, problems: [...failures, ...result.problems] },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (err) {
      if (err instanceof FeedError) return refuse(req.file ? 400 : 502, err.th, err.message)
      throw err
    }
  },
}
