import { committeePositions } from '@/collections/CommitteeMembers'
import { Person } from '@/theme/components/Person'
import { RichText } from '@/theme/components/RichText'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('committee')

/** O4: the กต.ตร. committee's members, its role and its meetings of the latest year. */
export default async function Committee({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { t } = site
  const [{ docs: members }, { docs: reports }] = await Promise.all([
    findPublic(site, 'committee-members', { sort: 'order' }),
    findPublic(site, 'committee-reports', { sort: '-fiscalYear', limit: 1, depth: 0 }),
  ])
  const report = reports[0]
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.committee.label)}</h1>
      {members.length ? (
        <div className="people">
          {members.map((member) => (
            <Person
              key={member.id}
              site={site}
              name={member.name}
              photo={member.photo}
              details={[
                member.committeePosition && site.pick(committeePositions[member.committeePosition]),
                member.occupation,
              ]}
              heading="h2"
            />
          ))}
        </div>
      ) : (
        <p>{t('ยังไม่มีข้อมูลกรรมการ', 'No committee members published yet.')}</p>
      )}
      {report && (
        <>
          <section className="card" aria-labelledby="role">
            <h2 id="role">{t('บทบาทหน้าที่', 'Role')}</h2>
            <RichText data={report.role} />
          </section>
          {(report.meetings?.length ?? 0) > 0 && (
            <section className="card" aria-labelledby="meetings">
              <h2 id="meetings">{t('การประชุมและผลการดำเนินงาน', 'Meetings and results')}</h2>
              <ul className="plain">
                {report.meetings!.map((meeting) => (
                  <li key={meeting.id}>
                    {meeting.date && (
                      <time dateTime={meeting.date}>{site.formatDate(meeting.date)}</time>
                    )}{' '}
                    {meeting.topic}
                    {meeting.outcome && <p className="muted">{meeting.outcome}</p>}
                  </li>
                ))}
              </ul>
              <RichText data={report.results} />
            </section>
          )}
        </>
      )}
    </main>
  )
}
