import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { formatFiscalYear } from '../../../../fiscal'
import { frameworksOf, itemPath, publicUnit } from '../../../../theme/oit'
import { publicPayload } from '../../../../theme/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ unit: string }> }

/** Memoised per request: the metadata and the page both need the unit. */
const loadUnit = cache(async (slug: string) => {
  const payload = await publicPayload()
  return { payload, unit: await publicUnit(payload, slug) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { unit } = await loadUnit((await params).unit)
  return unit ? { title: unit.name } : {}
}

/** A unit's public page: profile, contact (O5) and its latest OIT checklist with what is published. */
export default async function UnitPage({ params }: Props) {
  const { payload, unit } = await loadUnit((await params).unit)
  if (!unit) notFound()

  const [framework] = await frameworksOf(payload, unit.unitType)
  const { docs: published } = framework
    ? await payload.find({
        collection: 'disclosures',
        depth: 0,
        limit: 0,
        overrideAccess: false,
        where: { tenant: { equals: unit.id }, fiscalYear: { equals: framework.fiscalYear } },
      })
    : { docs: [] }

  const { contact, head } = unit
  return (
    <>
      <header className="site-header">
        <h1>{unit.name}</h1>
        {unit.shortName !== unit.name && <p>{unit.shortName}</p>}
      </header>
      <main>
        {head?.name && (
          <section className="card" aria-labelledby="head">
            <h2 id="head">หัวหน้าหน่วยงาน</h2>
            <p>
              {head.rank} {head.name}
              <br />
              <span className="muted">{head.position}</span>
            </p>
          </section>
        )}
        <section className="card" aria-labelledby="contact">
          <h2 id="contact">ติดต่อหน่วยงาน</h2>
          {contact?.address && <p>{contact.address}</p>}
          <ul className="plain">
            {contact?.phones?.map((phone) => (
              <li key={phone.id}>
                {phone.label && `${phone.label}: `}
                <a href={`tel:${phone.number.replace(/[^\d+]/g, '')}`}>{phone.number}</a>
              </li>
            ))}
            {contact?.email && (
              <li>
                อีเมล: <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </li>
            )}
            {contact?.map?.url && (
              <li>
                <a href={contact.map.url}>แผนที่</a>
              </li>
            )}
          </ul>
        </section>
        {framework && (
          <section className="card" aria-labelledby="oit">
            <h2 id="oit">
              <Link href={`/u/${unit.slug}/oit/${framework.fiscalYear}`}>การเปิดเผยข้อมูลสาธารณะ (OIT) {formatFiscalYear(framework.fiscalYear)}</Link>
            </h2>
            <ul className="plain">
              {framework.items.map((item) => {
                const pages = published.filter((page) => page.itemCode === item.code)
                return (
                  <li key={item.code} className="item">
                    <span className="code">{item.code}</span>
                    <div>
                      <Link href={itemPath(unit.slug as string, framework.fiscalYear, item.code)}>{item.title.th}</Link>
                      {pages.map((page) => (
                        <div key={page.id} className="muted">
                          {page.title}
                        </div>
                      ))}
                    </div>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
