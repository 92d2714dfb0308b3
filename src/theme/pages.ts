import { cache } from 'react'

import { findPublic, type Site } from './site'

/** The unit's published page with this slug, in the site's language. */
export const publishedPage = cache(async (site: Site, slug: string) => {
  const { docs } = await findPublic(site, 'pages', {
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
})
