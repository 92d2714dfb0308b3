/**
 * What assessors open: the generated Word files converted by LibreOffice, and our PDFs, rendered
 * to images; no line of text may run past the text area into the side margins.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { buildReport } from '../src/companions/build'
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

/** The widest items: สขร.1 and the risk register (landscape), the monthly report with photos (portrait). */
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
    const pages = await inkInSideMargins(await renderPdf(built!.report), pdfMargins.left * 0.9, `${artifact}-pdf`)
    expect(pages.filter((page) => page.left > 0 || page.right > 0)).toEqual([])
  })
})
