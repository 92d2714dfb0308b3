/**
 * The generation pipeline: saves queue jobs in their own transaction, workers generate from
 * published data only, failures keep the last good files, a killed worker loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { COMPANIONS_QUEUE } from '../src/companions/jobs'
import { monthValue } from '../src/companions/periods'
import { serveCompanion } from '../src/companions/serve'
import { fileKey, targetKey, type CompanionTarget } from '../src/companions/target'
import { closePayload, login, rest, testPayload } from './helpers/payload'
import { pngImage, upload } from './helpers/files'
import { docxText, pdfPages, squeezed, workbook } from './helpers/readBack'
import { scratchStation } from './helpers/scratchUnit'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // The demo seed queued its own generations; these tests watch only theirs.
  await payload.delete({
    collection: 'payload-jobs',
    where: { queue: { equals: COMPANIONS_QUEUE } },
  })
})
afterAll(closePayload)

const runJobs = async () => {
  for (let round = 0; round < 5; round++)
    await payload.jobs.run({ queue: COMPANIONS_QUEUE, limit: 50 })
}

const status = async (target: CompanionTarget) =>
  (
    await payload.find({
      collection: 'companion-statuses',
      where: { target: { equals: targetKey(target) } },
      limit: 1,
    })
  ).docs[0]

const served = async (slug: string, target: CompanionTarget, format: string) => {
  const response = await serveCompanion(payload, {
    unit: slug,
    fiscalYear: String(target.fiscalYear),
    item: target.item,
    file: `${target.period}.${format}`,
  })
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    etag: response.headers.get('etag'),
  }
}

const procurementRow = (item: string, price: number) => ({
  item,
  budget: price + 1000,
  referencePrice: price + 500,
  method: 'specific' as const,
  bidders: [{ name: 'ร้านทดสอบพาณิชย์', price }],
  winner: { name: 'ร้านทดสอบพาณิชย์', price },
  reason: 'เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาต่ำสุด',
  contract: { number: `ทส ${price}/2568`, date: '2024-11-20T12:00:00.000Z' },
})

describe('queueing and generating', () => {
  let unit: { id: number; slug: string }
  let docID: number
  const target = (period: string): CompanionTarget => ({
    unit: unit.id,
    fiscalYear: 2568,
    item: 'O15',
    period,
  })

  beforeAll(async () => {
    const scratch = await scratchStation(payload, 'companion-queue')
    unit = { id: scratch.unit.id, slug: scratch.unit.slug }
  })

  it('a published save queues its month and the roll-up; nothing is generated on the request', async () => {
    const doc = await payload.create({
      collection: 'procurement-summaries',
      data: {
        tenant: unit.id,
        fiscalYear: 2568,
        month: monthValue({ year: 2024, month: 11 }),
        rows: [procurementRow('จัดซื้อกระดาษ A4', 5000)],
        _status: 'published',
      },
    })
    docID = doc.id
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { concurrencyKey: { in: [targetKey(target('2024-11')), targetKey(target('fy'))] } },
    })
    expect(jobs.map((job) => job.concurrencyKey).sort()).toEqual(
      [targetKey(target('2024-11')), targetKey(target('fy'))].sort(),
    )
    expect(
      (
        await payload.count({
          collection: 'companion-files',
          where: { tenant: { equals: unit.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect((await served(unit.slug, target('2024-11'), 'pdf')).status).toBe(404)
  })

  it('the worker generates every format; the status says done; the admin endpoint lists the stable links', async () => {
    await runJobs()
    expect((await status(target('2024-11')))?.state).toBe('done')
    for (const format of ['pdf', 'xlsx', 'docx'])
      expect((await served(unit.slug, target('2024-11'), format)).status).toBe(200)
    const token = await login('unit-editor.companion-queue@test.local', 'test-password')
    const { status: code, body } = await rest(
      'GET',
      `/companions/status?collection=procurement-summaries&id=${docID}`,
      { token },
    )
    expect(code).toBe(200)
    const month = body.targets.find((entry: { period: string }) => entry.period === '2024-11')
    expect(month.state).toBe('done')
    expect(month.files.map((file: { url: string }) => file.url).sort()).toEqual(
      ['docx', 'pdf', 'xlsx'].map((format) => `/oit/companion-queue/2568/O15/2024-11.${format}`),
    )
  })

  it('another unit’s staff and anonymous visitors cannot read the generation state', async () => {
    const anonymous = await rest(
      'GET',
      `/companions/status?collection=procurement-summaries&id=${docID}`,
    )
    expect(anonymous.status).toBe(401)
    const token = await login('editor.b@demo.local')
    expect(
      (
        await rest('GET', `/companions/status?collection=procurement-summaries&id=${docID}`, {
          token,
        })
      ).status,
    ).toBe(404)
  })

  it('regenerates only when the data changes, keeps earlier revisions, and the stable URL follows the newest', async () => {
    const before = await served(unit.slug, target('2024-11'), 'xlsx')
    // A draft edit changes nothing public: no new file.
    await payload.update({
      collection: 'procurement-summaries',
      id: docID,
      data: { rows: [procurementRow('ร่างที่ยังไม่เผยแพร่', 7000)] },
      draft: true,
    })
    await runJobs()
    expect(
      (
        await payload.count({
          collection: 'companion-files',
          where: { key: { equals: fileKey(target('2024-11'), 'xlsx') } },
        })
      ).totalDocs,
    ).toBe(1)
    expect((await served(unit.slug, target('2024-11'), 'xlsx')).etag).toBe(before.etag)
    // Publishing it does.
    await payload.update({
      collection: 'procurement-summaries',
      id: docID,
      data: { rows: [procurementRow('จัดซื้อหมึกพิมพ์', 7000)], _status: 'published' },
    })
    await runJobs()
    const after = await served(unit.slug, target('2024-11'), 'xlsx')
    expect(after.etag).not.toBe(before.etag)
    const rows = workbook(after.body)
    expect(JSON.stringify(rows.Sheets[rows.SheetNames[0]!])).toContain('จัดซื้อหมึกพิมพ์')
    expect(
      (
        await payload.count({
          collection: 'companion-files',
          where: { key: { equals: fileKey(target('2024-11'), 'xlsx') } },
        })
      ).totalDocs,
    ).toBe(2)
  })

  it('renaming the unit regenerates its files with the new name', async () => {
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { name: 'สถานีตำรวจภูธรทดสอบเปลี่ยนชื่อ' },
    })
    await runJobs()
    const pdf = await served(unit.slug, target('2024-11'), 'pdf')
    expect(squeezed((await pdfPages(pdf.body)).join(''))).toContain(
      squeezed('สถานีตำรวจภูธรทดสอบเปลี่ยนชื่อ'),
    )
  })

  it('unpublishing withdraws the files: the stable URL answers 404 and anonymous readers no longer list them', async () => {
    await payload.update({
      collection: 'procurement-summaries',
      id: docID,
      data: { _status: 'draft' },
    })
    await runJobs()
    expect((await status(target('2024-11')))?.state).toBe('withdrawn')
    expect((await served(unit.slug, target('2024-11'), 'pdf')).status).toBe(404)
    const anonymous = await rest(
      'GET',
      `/companion-files?where[key][equals]=${encodeURIComponent(fileKey(target('2024-11'), 'pdf'))}`,
    )
    expect(anonymous.body.totalDocs).toBe(0)
  })
})

describe('a generation that fails', () => {
  it('marks the source failed with the reason, keeps the last good files online, and succeeds once the data is fixed', async () => {
    const { unit } = await scratchStation(payload, 'companion-fail')
    const target: CompanionTarget = {
      unit: unit.id,
      fiscalYear: 2568,
      item: 'O7',
      period: '2024-10',
    }
    const photo = await payload.create({
      collection: 'media',
      data: { tenant: unit.id, alt: 'ภาพกิจกรรม' },
      file: upload(await pngImage(800, 600), 'activity.png', 'image/png'),
    })
    const report = await payload.create({
      collection: 'monthly-reports',
      data: {
        tenant: unit.id,
        fiscalYear: 2568,
        month: monthValue({ year: 2024, month: 10 }),
        summary: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'ออกตรวจพื้นที่',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        },
        activities: [
          {
            title: 'ประชุมประจำเดือน',
            details: 'ประชุมชี้แจงนโยบาย',
            startDate: '2024-10-05T12:00:00.000Z',
            endDate: '2024-10-05T12:00:00.000Z',
            section: 'งานอำนวยการ',
            photos: [photo.id],
          },
        ],
        _status: 'published',
      },
    })
    await runJobs()
    expect((await status(target))?.state).toBe('done')
    const good = await served(unit.slug, target, 'pdf')
    expect(good.status).toBe(200)

    // The photo's file breaks on disk; the next edit cannot be rendered.
    const file = path.join(
      payload.collections.media.config.upload.staticDir as string,
      photo.filename!,
    )
    const original = await readFile(file)
    await writeFile(file, Buffer.from('not an image'))
    await payload.update({
      collection: 'monthly-reports',
      id: report.id,
      data: {
        activities: [
          {
            ...report.activities![0]!,
            photos: [photo.id],
            details: 'ประชุมชี้แจงนโยบาย และมอบหมายงาน',
          },
        ],
        _status: 'published',
      },
    })
    await runJobs()
    const failed = await status(target)
    expect(failed?.state).toBe('failed')
    expect(failed?.reason).toContain(photo.filename)
    const stillServed = await served(unit.slug, target, 'pdf')
    expect(stillServed.status).toBe(200)
    expect(stillServed.etag).toBe(good.etag)
    expect(
      (await payload.findByID({ collection: 'monthly-reports', id: report.id })).activities![0]!
        .details,
    ).toBe('ประชุมชี้แจงนโยบาย และมอบหมายงาน')

    // Fixed: the file is back and the report is saved again.
    await writeFile(file, original)
    await payload.update({
      collection: 'monthly-reports',
      id: report.id,
      data: { _status: 'published' },
    })
    await runJobs()
    expect((await status(target))?.state).toBe('done')
    const fixed = await served(unit.slug, target, 'pdf')
    expect(fixed.etag).not.toBe(good.etag)
    expect(squeezed((await pdfPages(fixed.body)).join(''))).toContain(squeezed('มอบหมายงาน'))
  })
})

describe('a worker killed mid-generation', () => {
  const worker = () =>
    spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts', '--until-empty'], {
      env: { ...process.env, OIT_JOB_LEASE_SECONDS: '1', OIT_JOBS_IN_APP: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })

  it('leaves every companion present and valid after a restart, with no duplicate record', async () => {
    const { unit } = await scratchStation(payload, 'companion-kill')
    const months = [10, 11, 12, 1, 2, 3].map((month) => ({
      year: month >= 10 ? 2024 : 2025,
      month,
    }))
    for (const [index, month] of months.entries()) {
      await payload.create({
        collection: 'procurement-summaries',
        data: {
          tenant: unit.id,
          fiscalYear: 2568,
          month: monthValue(month),
          rows: Array.from({ length: 20 }, (_, row) =>
            procurementRow(`รายการ ${index}-${row}`, 1000 + row),
          ),
          _status: 'published',
        },
      })
    }
    const targets = [
      ...months.map((month) => `${month.year}-${String(month.month).padStart(2, '0')}`),
      'fy',
    ].map((period): CompanionTarget => ({ unit: unit.id, fiscalYear: 2568, item: 'O15', period }))

    const first = worker()
    const exited = new Promise((resolve) => first.on('exit', resolve))
    // Kill it while it holds a job.
    for (let tries = 0; tries < 600; tries++) {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: { processing: { equals: true } },
      })
      if (totalDocs) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    first.kill('SIGKILL')
    await exited
    expect(
      (await payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } }))
        .totalDocs,
    ).toBeGreaterThan(0)

    const second = worker()
    let stderr = ''
    second.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise((resolve) => second.on('exit', resolve))
    if (code !== 0) throw new Error(`the restarted worker failed (${code}): ${stderr.slice(-2000)}`)

    for (const target of targets) {
      expect((await status(target))?.state).toBe('done')
      for (const format of ['pdf', 'xlsx', 'docx'] as const) {
        expect(
          (
            await payload.count({
              collection: 'companion-files',
              where: { key: { equals: fileKey(target, format) } },
            })
          ).totalDocs,
        ).toBe(1)
        const { status: code, body } = await served(unit.slug, target, format)
        expect(code).toBe(200)
        if (format === 'pdf') expect((await pdfPages(body)).length).toBeGreaterThan(0)
        if (format === 'xlsx') expect(workbook(body).SheetNames.length).toBeGreaterThan(1)
        if (format === 'docx') expect(await docxText(body)).toContain('สขร.1')
      }
    }
    expect(
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { queue: { equals: COMPANIONS_QUEUE }, completedAt: { exists: false } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
