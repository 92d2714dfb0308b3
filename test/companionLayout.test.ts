/**
 * What assessors open: the generated Word files converted by LibreOffice, and our PDFs, rendered
 * to images; no line of text may run past the text area into the side margins.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'

import { buildReport } from '../src/companions/build'
import { FISCAL_YEAR, windowPeriods } from '../src/companions/periods'
import { renderSign, signsOf } from '../src/companions/signs'
import { frameworkFor } from '../src/requirements/frameworkFor'
import { renderDocx, docxMargin } from '../src/companions/render/docx'
import { pdfMargins, renderPdf } from '../src/companions/render/pdf'
import type { CompanionTarget } from '../src/companions/target'
import { closePayload, testPayload, unitBySlug } from './helpers/payload'
import { inkInSideMargins, libreOfficePdf } from './helpers/pageMargins'
import { pdfPages } from './helpers/readBack'

let payload: Payload
let unit: number

beforeAll(async () => {
  payload = await testPayload()
  unit = (await unitBySlug(payload, 'mueang-ranong')).id
})
afterAll(closePayload)

/**
 * The widest items: สขร.1 and the risk register (landscape), the monthly report with photos
 * (portrait).
 */
const targets: [string, Omit<CompanionTarget, 'unit'>][] = [
  ['O15 month', { fiscalYear: 2568, item: 'O15', period: '2024-10' }],
  ['O15 roll-up', { fiscalYear: 2568, item: 'O15', period: 'fy' }],
  ['O20 risk register', { fiscalYear: 2568, item: 'O20', period: 'fy' }],
  ['O7 monthly report', { fiscalYear: 2568, item: 'O7', period: '2024-11' }],
  ['O12 budget', { fiscalYear: 2568, item: 'O12', period: 'fy' }],
]

describe.each(targets)('%s', (name, target) => {
  const artifact = `artifacts/companions/${name.replaceAll(' ', '-')}`

  it('DOCX converted by LibreOffice keeps every line inside the text area', async () => {
    const built = await buildReport(await createLocalReq({}, payload), { unit, ...target })
    expect(built).not.toBeNull()
    const pdf = libreOfficePdf(await renderDocx(built!.report))
    expect((await pdfPages(pdf)).join('')).toContain(built!.report.unitName)
    const pages = await inkInSideMargins(pdf, (docxMargin / 20) * 0.9, `${artifact}-docx`)
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.filter((page) => page.left > 0 || page.right > 0)).toEqual([])
  })

  it('our PDF keeps every line inside the text area', async () => {
    const built = await buildReport(await createLocalReq({}, payload), { unit, ...target })
    const pages = await inkInSideMargins(
      await renderPdf(built!.report),
      pdfMargins.left * 0.9,
      `${artifact}-pdf`,
    )
    expect(pages.filter((page) => page.left > 0 || page.right > 0)).toEqual([])
  })
})

/** What `pdftotext` (poppler, an independent reader) copies out of a PDF. */
const pdfText = (pdf: Buffer): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-text-'))
  try {
    fs.writeFileSync(path.join(dir, 'file.pdf'), pdf)
    return execFileSync('pdftotext', [path.join(dir, 'file.pdf'), '-'], { encoding: 'utf8' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('Thai text copied out of the PDFs', () => {
  it('gives ำ, never "ำา", in every generated PDF of the demo units and their signs', async () => {
    const req = await createLocalReq({}, payload)
    let files = 0
    let am = 0
    const broken: string[] = []
    for (const [slug, fiscalYear] of [
      ['mueang-ranong', 2568],
      ['ranong-immigration', 2567],
    ] as const) {
      const id = (await unitBySlug(payload, slug)).id
      const framework = await frameworkFor(req, id, fiscalYear)
      for (const item of framework.items.filter((candidate) =>
        candidate.companions?.includes('pdf'),
      )) {
        for (const period of [
          ...windowPeriods(fiscalYear, item.window).map((month) => month.period),
          FISCAL_YEAR,
        ]) {
          const built = await buildReport(req, { unit: id, fiscalYear, item: item.code, period })
          if (!built) continue
          const text = pdfText(await renderPdf(built.report))
          files++
          am += text.split('ำ').length - 1
          if (text.includes('ำา')) broken.push(`${slug} ${item.code} ${period}`)
          // Every line as written: the unit's name comes out whole.
          expect(text.replace(/\s+/g, ' ')).toContain(built.report.unitName)
        }
      }
      const [th, en] = await Promise.all(
        (['th', 'en'] as const).map((locale) =>
          payload.findByID({ collection: 'units', id, locale, depth: 1 }),
        ),
      )
      for (const sign of signsOf(th as never, en as never, 'http://localhost:3000')) {
        const text = pdfText(await renderSign(sign))
        files++
        if (text.includes('ำา')) broken.push(`${slug} sign ${sign.name}`)
      }
    }
    console.log(`pdftotext: ${files} PDFs, ${am} ำ, ${broken.length} with "ำา"`)
    expect(files).toBeGreaterThan(50)
    expect(am).toBeGreaterThan(100)
    expect(broken).toEqual([])
  }, 600_000)
})
