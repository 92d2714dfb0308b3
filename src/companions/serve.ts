import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { companionFormats, type CompanionFormat } from '../frameworks/types'
import { buildReport } from './build'
import { mergedTables, reportJson, tableCsv } from './openData'
import { itemDocuments, recordsTable } from './documentData'
import { FISCAL_YEAR, isPeriod } from './periods'
import { signKey } from './signs'
import { fileKey, mimeTypes, stablePath, type CompanionTarget } from './target'

export type StableRequest = { unit: string; fiscalYear: string; item: string; file: string }

const notFound = () =>
  new Response(
    'ไม่พบไฟล์นี้ หรือข้อมูลยังไม่ได้เผยแพร่ / No such file, or its data is not published.',
    { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )

/** "2024-10.pdf" → period and format; "2024-10.bidders.csv" names one table of the open data. */
function parseFile(file: string): { period: string; table?: string; format: string } | null {
  const match = /^([0-9a-z-]+)(?:\.([a-z0-9-]+))?\.(pdf|docx|xlsx|csv|json)$/.exec(file)
  if (!match || !isPeriod(match[1]!)) return null
  return { period: match[1]!, table: match[2], format: match[3]! }
}

const disposition = (name: string) =>
  `inline; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

const csvResponse = (csv: string, name: string) =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': disposition(name),
      'Cache-Control': 'no-cache',
    },
  })

const unitBySlug = async (payload: Payload, slug: string) =>
  (
    await payload.find({
      collection: 'units',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/** The newest file stored under a key, unless its data was withdrawn. */
async function sendNewest(
  payload: Payload,
  key: string,
  format: CompanionFormat,
  name: string,
): Promise<Response> {
  const { docs } = await payload.find({
    collection: 'companion-files',
    where: { key: { equals: key } },
    sort: '-generatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const file = docs[0]
  if (!file || file.withdrawn || !file.filename) return notFound()
  const data = await readFile(
    path.join(
      payload.collections['companion-files'].config.upload.staticDir as string,
      file.filename,
    ),
  )
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': mimeTypes[format],
      'Content-Disposition': disposition(name),
      'Cache-Control': 'no-cache',
      ETag: `"${file.contentHash}"`,
      'Last-Modified': new Date(file.generatedAt).toUTCString(),
    },
  })
}

/**
 * `fy.json` / `fy.csv` of an item without a generated report: its published documents as records.
 */
async function serveDocuments(
  req: PayloadRequest,
  request: StableRequest,
  unit: number,
  fiscalYear: number,
  format: string,
): Promise<Response> {
  const data = await itemDocuments(req, unit, fiscalYear, request.item)
  if (!data || !data.records.length) return notFound()
  if (format === 'json')
    return Response.json(
      {
        title: data.title,
        unitSlug: request.unit,
        fiscalYear,
        item: request.item,
        documents: data.records,
      },
      { headers: { 'Cache-Control': 'no-cache' } },
    )
  return csvResponse(
    tableCsv(recordsTable(data.records)),
    `${request.unit}-${fiscalYear}-${request.item}-${FISCAL_YEAR}.csv`,
  )
}

/** `/oit/<unit>/signs/<sign>.pdf`: a unit's newest printable sign. */
export async function serveSign(
  payload: Payload,
  request: { unit: string; file: string },
): Promise<Response> {
  const match = /^([a-z-]+)\.pdf$/.exec(request.file)
  const unit = match && (await unitBySlug(payload, request.unit))
  if (!match || !unit) return notFound()
  return sendNewest(payload, signKey(unit.id, match[1]!), 'pdf', `${request.unit}-${request.file}`)
}

/**
 * The stable public URL of a companion: the newest file generated for the key, or the item's
 * open data (CSV, JSON) built from published data. Drafts and withdrawn data are never served.
 */
export async function serveCompanion(payload: Payload, request: StableRequest): Promise<Response> {
  const parsed = parseFile(request.file)
  const fiscalYear = Number(request.fiscalYear)
  if (!parsed || !Number.isInteger(fiscalYear)) return notFound()
  const unit = await unitBySlug(payload, request.unit)
  if (!unit) return notFound()
  const target: CompanionTarget = {
    unit: unit.id,
    fiscalYear,
    item: request.item,
    period: parsed.period,
  }

  if ((companionFormats as readonly string[]).includes(parsed.format)) {
    if (parsed.table) return notFound()
    const format = parsed.format as CompanionFormat
    return sendNewest(
      payload,
      fileKey(target, format),
      format,
      `${request.unit}-${fiscalYear}-${request.item}-${parsed.period}.${format}`,
    )
  }

  const req = await createLocalReq({}, payload)
  // Open data is tables only: the photos of a report are not loaded.
  const built = await buildReport(req, target, { photos: false })
  if (!built)
    return parsed.period === FISCAL_YEAR && !parsed.table
      ? serveDocuments(req, request, unit.id, fiscalYear, parsed.format)
      : notFound()
  if (parsed.format === 'json') {
    const links = Object.fromEntries(
      (built.item.companions ?? []).map((format) => [
        format,
        stablePath(unit.slug, target, format),
      ]),
    )
    return Response.json(reportJson(built.report, links), {
      headers: { 'Cache-Control': 'no-cache' },
    })
  }
  const tables = mergedTables(built.report)
  const table = parsed.table ? tables.find((candidate) => candidate.id === parsed.table) : tables[0]
  if (!table) return notFound()
  return csvResponse(
    tableCsv(table),
    `${request.unit}-${fiscalYear}-${request.item}-${parsed.period}${parsed.table ? `.${parsed.table}` : ''}.csv`,
  )
}
