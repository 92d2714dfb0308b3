import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { newsTags, socialPlatforms } from '@/collections/News'
import { imageOf } from '@/theme/components/images'
import { RichText } from '@/theme/components/RichText'
import { pageMetadata } from '@/theme/metadata'
import { findPublic, siteOf, type Site, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

type Props = { params: Promise<SiteParams & { id: string }> }

export const generateStaticParams = async () => []

const loadStory = cache(async (site: Site, id: string) => {
  // A PostgreSQL integer has at most 10 digits; a longer "id" names no story.
  if (!/^\d{1,9}$/.test(id)) return null
  const { docs } = await findPublic(site, 'news', {
    where: { id: { equals: Number(id) } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params)
  const story = await loadStory(site, (await params).id)
  if (!story) return {}
  const cover = imageOf(story.cover, 'card')
  return pageMetadata(site, {
    title: story.title,
    description: story.summary,
    path: `/news/${story.id}`,
    image: cover?.src,
  })
}

/** One news story: headline, date, cover, body, gallery and the same story on social media. */
export default async function NewsStory({ params }: Props) {
  const site = await siteOf(params)
  const story = await loadStory(site, (await params).id)
  if (!story) notFound()
  const cover = imageOf(story.cover, 'hero')
  const gallery = (story.gallery ?? [])
    .map((media) => imageOf(media, 'card'))
    .filter((image) => image !== null)
  return (
    <main id="main">
      <article className="story">
        <p className="breadcrumbs">
          <a href={site.href('/news')}>{site.pick(siteRoutes.news.label)}</a>
        </p>
        <h1>{story.title}</h1>
        <p className="muted">
          <time dateTime={story.date}>{site.formatDate(story.date)}</time>
          {story.tags?.length
            ? ` · ${story.tags.map((tag) => site.pick(newsTags[tag])).join(', ')}`
            : ''}
        </p>
        {cover && (
          <img
            className="cover"
            src={cover.src}
            alt={cover.alt}
            width={cover.width ?? undefined}
            height={cover.height ?? undefined}
          />
        )}
        {story.summary && <p className="lead">{story.summary}</p>}
        <RichText data={story.body} />
        {gallery.length > 0 && (
          <div className="gallery">
            {gallery.map((image) => (
              <img
                key={image.src}
                src={image.src}
                alt={image.alt}
                width={image.width ?? undefined}
                height={image.height ?? undefined}
                loading="lazy"
              />
            ))}
          </div>
        )}
        {(story.socialLinks?.length ?? 0) > 0 && (
          <p>
            {site.t('ข่าวนี้บนสื่อออนไลน์', 'This story on social media')}:{' '}
            {story.socialLinks!.map((link, index) => (
              <span key={link.id ?? index}>
                {index > 0 && ' · '}
                <a href={link.url} rel="noopener">
                  {socialPlatforms[link.platform]}
                </a>
              </span>
            ))}
          </p>
        )}
      </article>
    </main>
  )
}
