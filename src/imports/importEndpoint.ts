import type { Endpoint, PayloadRequest } from 'payload'
import {
  addDataAndFileToRequest,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
} from 'payload'

import { userOf } from '../access/roles'
import { tenantIDOf } from '../access/unitContent'
import { editableUnits, scopeIncludes } from '../access/unitScope'
import {
  describeProblem,
  planImport,
  type ImportPlan,
  type ImportSource,
  type RowImportSpec,
} from './rowImport'
import { readSheet } from './sheet'

/**
 * Larger than any month's สขร.1 or statistics sheet; a bigger upload is refused before it is read.
 */
const MAX_BYTES = 5 * 1024 * 1024

const refuse = (status: number, th: string, en: string, extra: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message: `${th} / ${en}` }], ...extra }, { status })

const bilingual = ({ th, en }: { th: string; en: string }) => `${th} / ${en}`

type Attempt = { ok: true; id: number | string } | { ok: false; problems: string[] }

/**
 * Saves the imported rows as a draft in a transaction of its own, kept only when `commit`: a
 * preview
 * runs every rule a save runs (field validation, one document per unit and month, access) and
 * leaves nothing behind. Validation errors of row N are named by the sheet line row N came from.
 */
async function attempt(
  req: PayloadRequest,
  slug: string,
  spec: RowImportSpec,
  plan: ImportPlan,
  target: { id?: number | string; doc: Record<string, unknown> },
  commit: boolean,
): Promise<Attempt> {
  const own = await createLocalReq(
    { user: req.user ?? undefined, locale: (req.locale ?? 'th') as 'th', context: req.context },
    req.payload,
  )
  await initTransaction(own)
  const rows = plan.rows.map((planned) => planned.row)
  const common = {
    collection: slug as 'news',
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req: own,
  } as const
  try {
    const saved =
      target.id != null
        ? await req.payload.update({
            ...common,
            id: target.id,
            data: { [spec.rows]: rows } as never,
          })
        : await req.payload.create({
            ...common,
            data: { ...target.doc, [spec.rows]: rows, _status: 'draft' } as never,
          })
    if (commit) await commitTransaction(own)
    else await killTransaction(own)
    return { ok: true, id: saved.id }
  } catch (err) {
    await killTransaction(own)
    if (!(err instanceof ValidationError)) throw err
    const errors = (err.data as { errors?: { path: string; message: string }[] }).errors ?? []
    return {
      ok: false,
      problems: errors.map(({ path, message }) => {
        const index = path.startsWith(`${spec.rows}.`) ? Number(path.split('.')[1]) : NaN
        const line = plan.rows[index]?.line
        return line != null ? `แถวที่ ${line}: ${message}` : message
      }),
    }
  }
}

/**
 * `POST /api/<collection>/import-rows` (multipart: `file`, and `_payload` with `{ mode, id?, doc?
 * }`):
 * reads the rows of an Excel or CSV sheet into the document's list (`spec`), replacing the rows it
 * had. `mode: 'preview'` answers how each column was found, the rows read and every problem by
 * sheet
 * line, saving nothing; `mode: 'confirm'` saves the rows as a draft (of document `id`, or of a new
 * one made of `doc`) only when there is no problem at all.
 */
export const importRowsEndpoint = (slug: string, spec: RowImportSpec): Endpoint => ({
  path: '/import-rows',
  method: 'post',
  handler: async (req) => {
    if (!userOf(req)) return refuse(401, 'ต้องเข้าสู่ระบบ', 'log in first')
    await addDataAndFileToRequest(req)
    const {
      mode = 'preview',
      id,
      doc = {},
    } = (req.data ?? {}) as { mode?: string; id?: number | string; doc?: Record<string, unknown> }
    const file = req.file
    if (!file)
      return refuse(400, 'ยังไม่ได้เลือกไฟล์ Excel หรือ CSV', 'no Excel or CSV file chosen')
    if (file.size > MAX_BYTES)
      return refuse(413, 'ไฟล์ใหญ่เกิน 5 MB', 'the file is larger than 5 MB')
    const stored =
      id == null
        ? null
        : (
            await req.payload.find({
              collection: slug as 'news',
              where: { id: { equals: id } },
              draft: true,
              depth: 0,
              limit: 1,
              pagination: false,
              overrideAccess: false,
              user: req.user,
              req,
            })
          ).docs[0]
    if (id != null && !stored) return refuse(404, 'ไม่พบเอกสาร', 'document not found')
    if (
      id == null &&
      doc.tenant != null &&
      !scopeIncludes(editableUnits(req), tenantIDOf(doc.tenant))
    )
      return refuse(
        403,
        'ไม่มีสิทธิ์เพิ่มเอกสารของหน่วยงานนี้',
        'you may not add documents to this unit',
      )
    let plan: ImportPlan
    let notes: string[] = []
    try {
      const target = (stored as unknown as Record<string, unknown> | undefined) ?? doc
      let converted: Awaited<ReturnType<ImportSource['read']>> = null
      for (const source of spec.sources ?? [])
        converted ??= await source.read(file.data, target, req)
      if (converted?.refusal)
        return refuse(400, converted.refusal.th, converted.refusal.en, {
          notes: converted.notes.map(bilingual),
        })
      notes = converted?.notes.map(bilingual) ?? []
      plan = planImport(spec, converted?.lines ?? (await readSheet(file.data)))
    } catch {
      return refuse(
        400,
        'อ่านไฟล์ไม่ได้: ต้องเป็น Excel (.xlsx) หรือ CSV (UTF-8) หรือข้อมูลจาก data.go.th',
        'cannot read the file: it must be Excel (.xlsx), CSV (UTF-8) or data.go.th data',
      )
    }
    const missing = plan.mapping.filter(
      (column) =>
        column.column == null && spec.columns.find((known) => known.key === column.key)?.required,
    )
    if (!plan.rows.length || missing.length) {
      const names = missing.map((column) => column.label.th).join(', ')
      return refuse(
        400,
        missing.length ? `ไม่พบคอลัมน์ ${names} ในไฟล์` : 'ไม่พบรายการในไฟล์',
        missing.length
          ? `columns not found: ${missing.map((column) => column.label.en).join(', ')}`
          : 'no rows found in the file',
        { mapping: plan.mapping },
      )
    }
    const replaced =
      ((stored as Record<string, unknown> | null)?.[spec.rows] as unknown[] | undefined)?.length ??
      0
    const problems = plan.rows.flatMap((planned) =>
      planned.problems.map((problem) => describeProblem(planned.line, problem)),
    )
    const result = problems.length
      ? null
      : await attempt(req, slug, spec, plan, { id, doc }, mode === 'confirm')
    if (result && !result.ok) problems.push(...result.problems)
    const body = {
      mapping: plan.mapping,
      ignored: plan.ignored,
      rows: plan.rows.map(({ line, cells }) => ({ line, cells })),
      replaced,
      problems,
      notes,
    }
    if (mode !== 'confirm') return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
    if (problems.length || !result?.ok)
      return Response.json(
        {
          ...body,
          errors: [
            {
              message:
                'ไม่ได้นำเข้า: แก้ไฟล์ตามรายการปัญหาแล้วลองอีกครั้ง / Nothing imported: fix the problems listed and try again.',
            },
          ],
        },
        { status: 400 },
      )
    return Response.json({ ...body, imported: plan.rows.length, id: result.id })
  },
})
