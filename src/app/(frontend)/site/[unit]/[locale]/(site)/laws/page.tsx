import type { Where } from 'payload'

import { lawKinds } from '@/collections/Laws'
import { thaiSearchWhere } from '@/search/thaiSearch'
import { DocumentLink } from '@/theme/components/Files'
import { routeMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('laws')

/** Filtered and searched by the query string: rendered per request, not cached as one page. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<SiteParams>
  searchParams: Promise<{ q?: string; category?: string }>
}

/** O3: the laws the unit works under, filtered by category and searched by Thai words. */
export default async function Laws({ params, searchParams }: Props) {
  const site = await siteOf(params)
  const { t } = site
  const { q = '', category = '' } = await searchParams
  const query = q.slice(0, 200)
  const { docs: categories } = await site.payload.find({
    collection: 'law-categories',
    sort: 'order',
    limit: 100,
    depth: 0,
    locale: site.locale,
    overrideAccess: false,
  })
  const chosen = categories.find((candidate) => candidate.slug === category)
  const search = thaiSearchWhere(query)
  const filters: Where[] = [
    ...(chosen ? [{ category: { equals: chosen.id } }] : []),
    ...(search ? [search] : []),
  ]
  const { docs: laws } = await findPublic(site, 'laws', {
    where: filters.length ? { and: filters } : undefined,
    sort: 'title',
    limit: 500,
  })
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.laws.label)}</h1>
      <form method="get" className="filters" role="search">
        <label>
          {t('หมวด', 'Category')}
          <select name="category" defaultValue={chosen?.slug ?? ''}>
            <option value="">{t('ทุกหมวด', 'All categories')}</option>
            {categories.map((candidate) => (
              <option key={candidate.id} value={candidate.slug}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ค้นหา', 'Search')}
          <input
            type="search"
            name="q"
            defaultValue={query}
            placeholder={t('เช่น จราจร', 'e.g. traffic')}
          />
        </label>
        <button type="submit">{t('ค้นหา', 'Search')}</button>
      </form>
      <p role="status">
        {t(`พบ ${laws.length.toLocaleString('th-TH')} รายการ`, `${laws.length} found`)}
      </p>
      <ul className="plain laws">
        {laws.map((law) => (
          <li key={law.id}>
            <DocumentLink file={law.file} title={law.title} href={law.link} />
            <div className="muted">
              {[
                typeof law.category === 'object' ? law.category.name : null,
                law.kind ? site.pick(lawKinds[law.kind]) : null,
                law.year ? `${t('พ.ศ.', 'BE')} ${law.year}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {law.summary && <p>{law.summary}</p>}
          </li>
        ))}
      </ul>
    </main>
  )
}
