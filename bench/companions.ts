/**
 * `npm run bench:companions`: one สขร.1 month with 50 rows → XLSX + DOCX + PDF, next to LibreOffice
 * converting the same DOCX to PDF, measured in the same run. Target: our three files together at
 * least 5× faster than LibreOffice's single conversion.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { renderDocx } from '../src/companions/render/docx'
import { renderPdf } from '../src/companions/render/pdf'
import { renderXlsx } from '../src/companions/render/xlsx'
import type { Report } from '../src/companions/report'
import { procurementSummaries } from '../src/companions/sources/procurementSummaries'
import type { SourceContext } from '../src/companions/sources/types'

const ROWS = 50
const RUNS = 7
const LO_RUNS = 3

const methods = ['specific', 'selection', 'e-bidding', 'e-market']
const doc = {
  rows: Array.from({ length: ROWS }, (_, i) => ({
    item: `จัดซื้อวัสดุสำนักงานและวัสดุคอมพิวเตอร์สำหรับงานสอบสวน รายการที่ ${i + 1}`,
    budget: 10_000 + i * 1_250,
    referencePrice: 9_800 + i * 1_250,
    method: methods[i % methods.length],
    bidders: [
      { name: 'ห้างหุ้นส่วนจำกัด ระนองพาณิชย์', price: 9_500 + i * 1_200 },
      { name: 'บริษัท อันดามันซัพพลาย จำกัด', price: 9_700 + i * 1_200 },
    ],
    winner: { name: 'ห้างหุ้นส่วนจำกัด ระนองพาณิชย์', price: 9_500 + i * 1_200 },
    reason: 'เป็นผู้มีคุณสมบัติถูกต้องตามเงื่อนไข และเสนอราคาต่ำสุด',
    contract: { number: `บส ${i + 1}/2568`, date: '2024-10-15T12:00:00.000Z' },
  })),
}

const context = {
  period: '2024-10',
  fiscalYear: 2568,
  periodLabel: 'เดือนตุลาคม พ.ศ. 2567',
} as SourceContext
const report: Report = {
  title: procurementSummaries.title!(context),
  formCode: procurementSummaries.formCode,
  unitName: 'สถานีตำรวจภูธรเมืองระนอง',
  fiscalYear: 2568,
  periodLabel: context.periodLabel,
  orientation: 'landscape',
  blocks: await procurementSummaries.blocks([doc], context),
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, value }
}

// Warm-up: fonts loaded and code compiled, as in a running worker.
const docx = await renderDocx(report)
await renderPdf(report)
await renderXlsx(report)

const ours: number[] = []
const parts = { xlsx: [] as number[], docx: [] as number[], pdf: [] as number[] }
for (let run = 0; run < RUNS; run++) {
  const xlsx = await timed(() => renderXlsx(report))
  const word = await timed(() => renderDocx(report))
  const pdf = await timed(() => renderPdf(report))
  parts.xlsx.push(xlsx.ms)
  parts.docx.push(word.ms)
  parts.pdf.push(pdf.ms)
  ours.push(xlsx.ms + word.ms + pdf.ms)
}

const dir = mkdtempSync(path.join(tmpdir(), 'oit-bench-'))
writeFileSync(path.join(dir, 'sk1.docx'), docx)
const libreoffice: number[] = []
for (let run = 0; run < LO_RUNS; run++) {
  const { ms } = await timed(() =>
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'sk1.docx'),
      ],
      { stdio: 'ignore' },
    ),
  )
  libreoffice.push(ms)
}
rmSync(dir, { recursive: true, force: true })

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`
console.log(
  `สขร.1, ${ROWS} rows, median of ${RUNS} runs (LibreOffice: ${LO_RUNS} runs, first run includes its profile setup)`,
)
console.log(`  XLSX (exceljs)                 ${fmt(median(parts.xlsx))}`)
console.log(`  DOCX (docx)                    ${fmt(median(parts.docx))}`)
console.log(`  PDF  (pdfmake)                 ${fmt(median(parts.pdf))}`)
console.log(`  ours, all three                ${fmt(median(ours))}`)
console.log(`  libreoffice DOCX → PDF         ${fmt(median(libreoffice))}`)
const ratio = median(libreoffice) / median(ours)
console.log(
  `  ratio (LibreOffice / ours)     ${ratio.toFixed(1).padStart(6)} ×   target ≥ 5 ×: ${ratio >= 5 ? 'met' : 'NOT met'}`,
)
