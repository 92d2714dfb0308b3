import type { EServiceLinksBlock as Block } from '../../payload-types'
import { EServiceCards } from '../../theme/components/EServiceCards'
import { findPublic, type Site } from '../../theme/site'

export async function EServiceLinksBlock({ block, site }: { block: Block; site: Site }) {
  const { docs } = await findPublic(site, 'e-services', { sort: 'order', depth: 0 })
  if (!docs.length) return null
  return (
    <section className="block" aria-labelledby={`e-services-${block.id}`}>
      <h2 id={`e-services-${block.id}`}>
        {block.heading || site.t('บริการออนไลน์ (e-Service)', 'Online services (e-Service)')}
      </h2>
      <EServiceCards site={site} services={docs} />
    </section>
  )
}
