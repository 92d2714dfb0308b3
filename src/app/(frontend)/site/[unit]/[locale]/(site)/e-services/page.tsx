import { EServiceCards } from '@/theme/components/EServiceCards'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('e-services')

/** O10: the online services citizens can use instead of coming to the station. */
export default async function EServices({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { docs } = await findPublic(site, 'e-services', { sort: 'order', depth: 0 })
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes['e-services'].label)}</h1>
      {docs.length ? (
        <EServiceCards site={site} services={docs} />
      ) : (
        <p>{site.t('ยังไม่มีบริการออนไลน์', 'No online services listed yet.')}</p>
      )}
    </main>
  )
}
