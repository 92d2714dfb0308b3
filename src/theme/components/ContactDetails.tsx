import type { Site } from '../site'

export const telHref = (number: string) =>
  `tel:${number.split(/\s*(?:ต่อ|ext\.?|x)\s*/i)[0]!.replace(/[^\d+]/g, '')}`

/** The unit's address, tap-to-call phones, e-mail and map link (O5). */
export function ContactDetails({ site }: { site: Site }) {
  const { contact } = site.unit
  const { t } = site
  return (
    <>
      {contact?.address && <address>{contact.address}</address>}
      <ul className="plain contact-list">
        {contact?.phones?.map((phone) => (
          <li key={phone.id}>
            {phone.label ? `${phone.label}: ` : `${t('โทรศัพท์', 'Phone')}: `}
            <a href={telHref(phone.number)}>{phone.number}</a>
          </li>
        ))}
        {contact?.email && (
          <li>
            {t('อีเมล', 'E-mail')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact?.map?.url && (
          <li>
            <a href={contact.map.url} rel="noopener">
              {t('แผนที่และการเดินทาง', 'Map and directions')}
            </a>
          </li>
        )}
      </ul>
    </>
  )
}
