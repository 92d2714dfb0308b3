import { linesOfWork } from '@/fields/options'
import { RichText } from '@/theme/components/RichText'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('authority')

/** O2: the unit's mission, each line of work's duties and the area it serves. */
export default async function Authority({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { t } = site
  const { docs } = await findPublic(site, 'authorities', {
    sort: '-fiscalYear',
    limit: 1,
    depth: 0,
  })
  const authority = docs[0]
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.authority.label)}</h1>
      {!authority ? (
        <p>{t('ยังไม่มีข้อมูลอำนาจหน้าที่', 'Nothing published yet.')}</p>
      ) : (
        <>
          <RichText data={authority.mission} />
          {authority.lines?.map((line) => (
            <section key={line.id} className="card">
              <h2>
                {line.lineOfWork
                  ? site.pick(linesOfWork[line.lineOfWork])
                  : t('งาน', 'Line of work')}
              </h2>
              <RichText data={line.mission} />
            </section>
          ))}
          {(authority.area?.length ?? 0) > 0 && (
            <section aria-labelledby="area" className="card">
              <h2 id="area">{t('พื้นที่รับผิดชอบ', 'Area of responsibility')}</h2>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('อำเภอ/เขต', 'District')}</th>
                      <th scope="col">{t('ตำบล/แขวง', 'Sub-district')}</th>
                      <th scope="col">{t('ประชากร (คน)', 'Population')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {authority.area!.map((row) => (
                      <tr key={row.id}>
                        <td>{row.district}</td>
                        <td>{row.subdistrict}</td>
                        <td className="number">{row.population?.toLocaleString('th-TH') ?? '-'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </main>
  )
}
