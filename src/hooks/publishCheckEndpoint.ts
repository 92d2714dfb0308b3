import type { Endpoint, FlattenedField } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { tenantIDOf } from '../access/unitContent'
import { editableUnits, scopeIncludes } from '../access/unitScope'
import { userOf } from '../access/roles'
import { slugOf } from '../options'
import type { Doc, PublishChecks } from '../requirements/checks'
import { publishProblems } from './requireElementsOnPublish'

/**
 * The edit form's values as a saved document holds them: an empty list is `[]` there, a row count
 * in the form.
 */
function asDocument(data: Doc, fields: FlattenedField[]): Doc {
  const out: Doc = { ...data }
  for (const field of fields) {
    const value = out[field.name]
    if (field.type === 'array' || field.type === 'blocks') {
      out[field.name] = Array.isArray(value)
        ? value.map((row) =>
            row && typeof row === 'object' && field.type === 'array'
              ? asDocument(row as Doc, field.flattenedFields)
              : row,
          )
        : []
    } else if (
      field.type === 'group' &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      out[field.name] = asDocument(value as Doc, field.flattenedFields)
    }
  }
  return out
}

const refuse = (status: number, th: string, en: string) =>
  Response.json({ errors: [{ message: `${th} / ${en}` }] }, { status })

/**
 * `POST /api/<collection>/publish-check` with `{ id?, data }` (the edit form as it stands): what
 * publishing it would still ask for, without saving anything. The edit view asks after each pause
 * in typing and each save, so a draft says what it lacks long before the head presses publish.
 */
export const publishCheckEndpoint = (slug: string, checks: PublishChecks): Endpoint => ({
  path: '/publish-check',
  method: 'post',
  handler: async (req) => {
    if (!userOf(req)) return refuse(401, 'ต้องเข้าสู่ระบบ', 'log in first')
    await addDataAndFileToRequest(req)
    const { id, data } = (req.data ?? {}) as { id?: number | string; data?: Doc }
    if (!data || typeof data !== 'object')
      return refuse(400, 'ไม่มีข้อมูลของเอกสาร', 'no document data')
    const collection = req.payload.collections[slugOf(req.payload, slug) as 'news'].config
    // Read with the user's own rights: another unit's document is not found.
    const stored =
      id == null
        ? undefined
        : ((
            await req.payload.find({
              collection: collection.slug as 'news',
              where: { id: { equals: id } },
              draft: true,
              depth: 0,
              limit: 1,
              pagination: false,
              overrideAccess: false,
              user: req.user,
              req,
            })
          ).docs[0] as unknown as Doc | undefined)
    if (id != null && !stored) return refuse(404, 'ไม่พบเอกสาร', 'document not found')
    const doc: Doc = {
      ...stored,
      ...asDocument(data, collection.flattenedFields),
      _status: 'published',
    }
    if (!scopeIncludes(editableUnits(req), tenantIDOf(doc.tenant)))
      return refuse(403, 'ไม่ใช่เอกสารของหน่วยงานของท่าน', 'not a document of your unit')
    const problems = await publishProblems({ collection, doc, originalDoc: stored, req, checks })
    return Response.json(
      { problems: problems.map(({ path, text }) => ({ path, text })) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
