import type { News } from '../../payload-types'
import type { Site } from '../site'
import { imageOf } from './images'

/** News as cards: cover, date, headline linking to the story, summary. */
export function NewsCards({ site, news, level = 3 }: { site: Site; news: News[]; level?: 2 | 3 }) {
  const Heading = `h${level}` as 'h3'
  return (
    <div className="cards">
      {news.map((story) => {
        const cover = imageOf(story.cover, 'card')
        return (
          <article key={story.id} className="news-card">
            {cover && (
              <img
                src={cover.src}
                alt={cover.alt}
                width={cover.width ?? undefined}
                height={cover.height ?? undefined}
                loading="lazy"
              />
            )}
            <Heading>
              <a href={site.href(`/news/${story.id}`)}>{story.title}</a>
            </Heading>
            <p className="muted">
              <time dateTime={story.date}>{site.formatDate(story.date)}</time>
            </p>
            {story.summary && <p>{story.summary}</p>}
          </article>
        )
      })}
    </div>
  )
}
