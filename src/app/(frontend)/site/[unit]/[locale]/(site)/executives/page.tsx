import { ExecutiveCard } from '@/theme/components/Person'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('executives')

/**
 * O1: the executives with photos, ranks, positions and phones; the organisation chart and manpower
 * with its as-of date.
 */
export default async function Executives({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { t } = site
  const [{ docs: people }, { docs: structures }] = await Promise.all([
    findPublic(site, 'executives', { sort: 'order' }),
    findPublic(site, 'org-structures', { sort: '-asOf', limit: 1, depth: 1 }),
  ])
  const structure = structures[0]
  const chart = structure?.orgChart?.value
  const chartFile = chart && typeof chart === 'object' ? chart : null
  const manpower = structure?.manpower ?? []
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.executives.label)}</h1>
      {people.length ? (
        <div className="people">
          {people.map((person) => (
            <ExecutiveCard key={person.id} site={site} person={person} heading="h2" />
          ))}
        </div>
      ) : (
        <p>{t('ยังไม่มีข้อมูลผู้บริหาร', 'No executives published yet.')}</p>
      )}
      <section aria-labelledby="structure-heading" id="structure" className="card">
        <h2 id="structure-heading">{site.pick(siteRoutes.structure.label)}</h2>
        {structure ? (
          <>
            <p className="muted">
              {t('ข้อมูล ณ วันที่', 'As of')} {site.formatDate(structure.asOf)}
            </p>
            {chartFile && 'mimeType' in chartFile && chartFile.mimeType?.startsWith('image/') ? (
              <img
                src={chartFile.url ?? ''}
                alt={t(
                  `แผนภูมิโครงสร้างของ${site.unit.name}`,
                  `Organisation chart of ${site.unit.name}`,
                )}
                width={chartFile.width ?? undefined}
                height={chartFile.height ?? undefined}
                className="chart"
              />
            ) : chartFile ? (
              <p>
                <a href={chartFile.url ?? '#'}>
                  {t('แผนภูมิโครงสร้างหน่วยงาน (ไฟล์)', 'Organisation chart (file)')}
                </a>
              </p>
            ) : null}
            {manpower.length > 0 && (
              <div className="table-scroll">
                <table>
                  <caption>{t('อัตรากำลัง', 'Manpower')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('กลุ่มตำแหน่ง', 'Position group')}</th>
                      <th scope="col">{t('อัตรา', 'Allotted')}</th>
                      <th scope="col">{t('คนครอง', 'Filled')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {manpower.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">{row.positionGroup}</th>
                        <td>{row.allotted ?? '-'}</td>
                        <td>{row.actual ?? '-'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : (
          <p>{t('ยังไม่มีข้อมูลโครงสร้างหน่วยงาน', 'No organisation chart published yet.')}</p>
        )}
      </section>
    </main>
  )
}
