import { NewsIndex } from '@/theme/components/NewsIndex'
import { routeMetadata } from '@/theme/metadata'
import { siteOf, type SiteParams } from '@/theme/site'

export const generateMetadata = routeMetadata('news')

export default async function News({ params }: { params: Promise<SiteParams> }) {
  return <NewsIndex site={await siteOf(params)} page={1} />
}
