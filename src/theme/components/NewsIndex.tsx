import { notFound } from 'next/navigation'

import { findPublic, type Site } from '../site'
import { siteRoutes } from '../../routing/siteRoutes'
import { NewsCards } from './NewsCards'

export const NEWS_PER_PAGE = 12

/** One page of the news list, newest first, with links to the neighbouring pages. */
export async function NewsIndex({ site, page }: { site: Site; page: number }) {
  const { docs, totalPages } = await findPublic(site, 'news', {
    sort: '-date',
    limit: NEWS_PER_PAGE,
    page,
  })
  if (page > 1 && page > totalPages) notFound()
  const pageHref = (n: number) => site.href(n === 1 ? '/news' : `/news/page/${n}`)
  return (
    <main id="main">
      <h1>
        {site.pick(siteRoutes.news.label)}
        {page > 1 && site.t(` (หน้า ${page})`, ` (page ${page})`)}
      </h1>
      {docs.length ? (
        <NewsCards site={site} news={docs} level={2} />
      ) : (
        <p>{site.t('ยังไม่มีข่าว', 'No news yet.')}</p>
      )}
      {totalPages > 1 && (
        <nav aria-label={site.t('เลขหน้า', 'Pages')} className="pagination">
          {page > 1 && (
            <a href={pageHref(page - 1)} rel="prev">
              {site.t('← ใหม่กว่า', '← Newer')}
            </a>
          )}
          {Array.from({ length: totalPages }, (_, index) => index + 1).map((n) =>
            n === page ? (
              <span key={n} aria-current="page">
                {n}
              </span>
            ) : (
              <a key={n} href={pageHref(n)}>
                {n}
              </a>
            ),
          )}
          {page < totalPages && (
            <a href={pageHref(page + 1)} rel="next">
              {site.t('เก่ากว่า →', 'Older →')}
            </a>
          )}
        </nav>
      )}
    </main>
  )
}
