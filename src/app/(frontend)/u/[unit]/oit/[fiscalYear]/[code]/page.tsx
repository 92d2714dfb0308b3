import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { createLocalReq } from 'payload'
import { cache } from 'react'

import { formatFiscalYear, formatThaiDate } from '../../../../../../../fiscal'
import { subIndicatorLabels } from '../../../../../../../frameworks/types'
import { itemDocuments } from '../../../../../../../companions/documentData'
import { frameworksOf, itemDeclarations, itemFiles, publicUnit } from '../../../../../../../theme/oit'
import { publicPayload } from '../../../../../../../theme/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ unit: string; fiscalYear: string; code: string }> }

const load = cache(async (slug: string, year: string, code: string) => {
  const payload = await publicPayload()
  const unit = await publicUnit(payload, slug)
  if (!unit) return null
  const framework = (await frameworksOf(payload, unit.unitType)).find((candidate) => String(candidate.fiscalYear) === year)
  const item = framework?.items.find((candidate) => candidate.code.toLowerCase() === code.toLowerCase())
  return framework && item ? { payload, unit, framework, item } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { unit, fiscalYear, code } = await params
  const data = await load(unit, fiscalYear, code)
  return data ? { title: `${data.item.code} ${data.item.title.th} · ${data.unit.name}` } : {}
}

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('th-TH')} KB`

/** An item's stable page (what units paste into ITAP): its files by period, declarations and open data. */
export default async function OitItem({ params }: Props) {
  const { unit: slug, fiscalYear, code } = await params
  const data = await load(slug, fiscalYear, code)
  if (!data) notFound()
  const { payload, unit, framework, item } = data
  const [periods, declarations, documents] = await Promise.all([
    itemFiles(payload, { id: unit.id, slug: unit.slug as string }, framework.fiscalYear, item),
    itemDeclarations(payload, unit.id, framework.fiscalYear, item),
    // Items without generated files are published as content: count what is public.
    item.companions?.length ? null : createLocalReq({}, payload).then((req) => itemDocuments(req, unit.id, framework.fiscalYear, item.code)),
  ])
  const openData = (
    <p className="muted">
      ข้อมูลแบบเปิด (ทั้งปีงบประมาณ): <a href={`/oit/${unit.slug}/${framework.fiscalYear}/${item.code}/fy.csv`}>CSV</a> · <a href={`/oit/${unit.slug}/${framework.fiscalYear}/${item.code}/fy.json`}>JSON</a>
    </p>
  )
  return (
    <>
      <header className="site-header">
        <p>
          <Link href={`/u/${unit.slug}`}>{unit.name}</Link> ·{' '}
          <Link href={`/u/${unit.slug}/oit/${framework.fiscalYear}`}>OIT {formatFiscalYear(framework.fiscalYear)}</Link>
        </p>
        <h1>
          {item.code} {item.title.th}
        </h1>
      </header>
      <main>
        <p className="muted">{subIndicatorLabels[item.subIndicator]}</p>
        {declarations.length > 0 && (
          <section className="card" aria-labelledby="declarations">
            <h2 id="declarations">การแจ้งว่าไม่มีรายการ</h2>
            <ul className="plain">
              {declarations.map((declaration, index) => (
                <li key={index}>
                  {declaration.label}: <strong>{declaration.text}</strong>
                </li>
              ))}
            </ul>
          </section>
        )}
        {periods.length ? (
          <section className="card" aria-labelledby="files">
            <h2 id="files">เอกสารประกอบ</h2>
            <ul className="plain">
              {periods.map((period) => (
                <li key={period.period} className="period">
                  <span>{period.label}</span>
                  <span className="files">
                    {period.files.map((file) => (
                      <a key={file.format} href={file.url} className="file">
                        <span className={`badge badge-${file.format}`}>{file.format.toUpperCase()}</span>
                        <span className="muted">
                          {kilobytes(file.size)} · {formatThaiDate(new Date(file.generatedAt))}
                        </span>
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
            {openData}
          </section>
        ) : documents?.records.length ? (
          <section className="card" aria-labelledby="documents">
            <h2 id="documents">ข้อมูลที่เผยแพร่</h2>
            <p>เผยแพร่แล้ว {documents.records.length.toLocaleString('th-TH')} รายการ</p>
            {openData}
          </section>
        ) : (
          <p className="card">ยังไม่มีข้อมูลที่เผยแพร่สำหรับข้อนี้ในปีงบประมาณนี้</p>
        )}
      </main>
    </>
  )
}
