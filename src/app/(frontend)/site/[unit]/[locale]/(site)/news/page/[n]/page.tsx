import { notFound } from 'next/navigation'

import { NewsIndex } from '@/theme/components/NewsIndex'
import { routeMetadata } from '@/theme/metadata'
import { siteOf, type SiteParams } from '@/theme/site'

export const generateStaticParams = async () => []
export const generateMetadata = routeMetadata('news')

export default async function NewsPage({
  params,
}: {
  params: Promise<SiteParams & { n: string }>
}) {
  const page = Number((await params).n)
  if (!Number.isInteger(page) || page < 2) notFound()
  return <NewsIndex site={await siteOf(params)} page={page} />
}
