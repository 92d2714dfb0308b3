import { manualAudiences, manualLanguages } from '@/collections/Manuals'
import { DocumentLink } from '@/theme/components/Files'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('manuals')

/** O8 and O9: manuals for staff and for citizens (the QR sign at the station points here). */
export default async function Manuals({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { docs } = await findPublic(site, 'manuals', { sort: 'title' })
  // Citizens first: this is where the QR sign at the counter leads.
  const audiences = (['citizen', 'staff'] as const)
    .map((audience) => ({
      audience,
      manuals: docs.filter((manual) => manual.audience === audience),
    }))
    .filter(({ manuals }) => manuals.length)
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.manuals.label)}</h1>
      {!audiences.length && (
        <p>{site.t('ยังไม่มีคู่มือที่เผยแพร่', 'No manuals published yet.')}</p>
      )}
      {audiences.map(({ audience, manuals }) => (
        <section key={audience} className="card" aria-labelledby={`manuals-${audience}`}>
          <h2 id={`manuals-${audience}`}>{site.pick(manualAudiences[audience])}</h2>
          <ul className="plain">
            {manuals.map((manual) => (
              <li key={manual.id}>
                <DocumentLink file={manual.file} title={manual.title} />
                {manual.languages?.length ? (
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {manual.languages
                      .map((language) => site.pick(manualLanguages[language]))
                      .join(', ')}
                  </span>
                ) : null}
                {manual.description && <p className="muted">{manual.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}
