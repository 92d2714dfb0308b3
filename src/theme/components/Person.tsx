import { rankText } from '../../fields/options'
import type { Executive, Media } from '../../payload-types'
import type { Site } from '../site'
import { telHref } from './ContactDetails'

export const imageOf = (media: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'hero' = 'card') =>
  media && typeof media === 'object' ? { src: media.sizes?.[size]?.url ?? media.url ?? '', alt: media.alt, width: media.sizes?.[size]?.width ?? media.width, height: media.sizes?.[size]?.height ?? media.height } : null

export const personName = (site: Site, person: Pick<Executive, 'rank' | 'firstName' | 'lastName' | 'fullName'>) =>
  [rankText(person.rank, site.locale), person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' ')].filter(Boolean).join(' ')

/** One executive: photo, rank and name, position and a tap-to-call phone. */
export function Person({ site, person }: { site: Site; person: Executive }) {
  const photo = imageOf(person.photo, 'thumbnail')
  const name = personName(site, person)
  return (
    <article className="person">
      {photo ? <img src={photo.src} alt={site.t(`ภาพของ ${name}`, `Photo of ${name}`)} width={160} height={160} loading="lazy" /> : <div className="person-placeholder" aria-hidden="true" />}
      <h3>{name}</h3>
      {person.position && <p className="muted">{person.position}</p>}
      {person.directPhone && (
        <p>
          <a href={telHref(person.directPhone)}>{person.directPhone}</a>
        </p>
      )}
    </article>
  )
}
