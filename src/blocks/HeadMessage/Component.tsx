import type { HeadMessageBlock as Block } from '../../payload-types'
import { imageOf } from '../../theme/components/images'
import { findPublic, type Site } from '../../theme/site'

export async function HeadMessageBlock({ block, site }: { block: Block; site: Site }) {
  const { head } = site.unit
  if (!head?.message) return null
  // The head's photo is the first executive's (executives are listed head first).
  const { docs } = await findPublic(site, 'executives', { sort: 'order', limit: 1 })
  const photo = imageOf(docs[0]?.photo, 'thumbnail')
  const name = [head.rank, head.name].filter(Boolean).join(' ')
  return (
    <section className="block head-message" aria-labelledby={`head-${block.id}`}>
      <h2 id={`head-${block.id}`}>
        {block.heading || site.t('สารจากหัวหน้าหน่วยงาน', 'Message from the head of the unit')}
      </h2>
      <div className="head-message-body">
        {photo && (
          <img
            src={photo.src}
            alt={site.t(`ภาพของ ${name}`, `Photo of ${name}`)}
            width={140}
            height={140}
            loading="lazy"
          />
        )}
        <blockquote>
          {head.message.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <footer>
            <strong>{name}</strong>
            {head.position && <span className="muted"> · {head.position}</span>}
          </footer>
        </blockquote>
      </div>
    </section>
  )
}
