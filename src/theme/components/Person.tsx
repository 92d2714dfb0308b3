import { rankText } from '../../fields/options'
import type { Executive, Media } from '../../payload-types'
import type { Site } from '../site'
import { telHref } from './ContactDetails'
import { imageOf } from './images'

export const personName = (
  site: Site,
  person: Pick<Executive, 'rank' | 'firstName' | 'lastName' | 'fullName'>,
) =>
  [
    rankText(person.rank, site.locale),
    person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(' ')

/**
 * A person's card (executives, committee members): photo, name, what they do, a tap-to-call phone.
 */
export function Person({
  site,
  name,
  photo,
  details,
  phone,
  heading: Heading = 'h3',
}: {
  site: Site
  name: string
  photo: number | Media | null | undefined
  details: (string | null | undefined)[]
  phone?: string | null
  heading?: 'h2' | 'h3'
}) {
  const image = imageOf(photo, 'thumbnail')
  return (
    <article className="person">
      {image ? (
        <img
          src={image.src}
          alt={site.t(`ภาพของ ${name}`, `Photo of ${name}`)}
          width={160}
          height={160}
          loading="lazy"
        />
      ) : (
        <div className="person-placeholder" aria-hidden="true" />
      )}
      <Heading className="person-name">{name}</Heading>
      {details.filter(Boolean).map((detail, index) => (
        <p key={index} className={index ? 'muted' : undefined}>
          {detail}
        </p>
      ))}
      {phone && (
        <p>
          <a href={telHref(phone)}>{phone}</a>
        </p>
      )}
    </article>
  )
}

/** An executive (O1): rank and name, position, direct phone. */
export const ExecutiveCard = ({
  site,
  person,
  heading,
}: {
  site: Site
  person: Executive
  heading?: 'h2' | 'h3'
}) => (
  <Person
    site={site}
    name={personName(site, person)}
    photo={person.photo}
    details={[person.position]}
    phone={person.directPhone}
    heading={heading}
  />
)
