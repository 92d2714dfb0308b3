import type { ExecutivesGridBlock as Block } from '../../payload-types'
import { ExecutiveCard } from '../../theme/components/Person'
import { findPublic, type Site } from '../../theme/site'

export async function ExecutivesGridBlock({ block, site }: { block: Block; site: Site }) {
  const { docs } = await findPublic(site, 'executives', { sort: 'order', limit: block.limit ?? 4 })
  if (!docs.length) return null
  return (
    <section className="block" aria-labelledby={`executives-${block.id}`}>
      <h2 id={`executives-${block.id}`}>{block.heading || site.t('ผู้บริหาร', 'Executives')}</h2>
      <div className="people">
        {docs.map((person) => (
          <ExecutiveCard key={person.id} site={site} person={person} />
        ))}
      </div>
      <p>
        <a href={site.href('/executives')}>
          {site.t('ผู้บริหารและโครงสร้างทั้งหมด', 'All executives and the organisation chart')}
        </a>
      </p>
    </section>
  )
}
