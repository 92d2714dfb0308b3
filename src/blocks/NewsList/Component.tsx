import type { NewsListBlock as Block } from '../../payload-types'
import { NewsCards } from '../../theme/components/NewsCards'
import { findPublic, type Site } from '../../theme/site'

export async function NewsListBlock({ block, site }: { block: Block; site: Site }) {
  const { docs } = await findPublic(site, 'news', {
    sort: '-date',
    limit: block.limit ?? 3,
    where: block.tag ? { tags: { contains: block.tag } } : undefined,
  })
  if (!docs.length) return null
  return (
    <section className="block" aria-labelledby={`news-${block.id}`}>
      <h2 id={`news-${block.id}`}>
        {block.heading || site.t('ข่าวประชาสัมพันธ์ล่าสุด', 'Latest news')}
      </h2>
      <NewsCards site={site} news={docs} />
      <p>
        <a href={site.href('/news')}>{site.t('ดูข่าวทั้งหมด', 'All news')}</a>
      </p>
    </section>
  )
}
