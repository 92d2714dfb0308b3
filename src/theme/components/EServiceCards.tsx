import type { EService } from '../../payload-types'
import type { Site } from '../site'

const icons = { report: '📝', payment: '💳', search: '🔎', passport: '🛂', calendar: '📅', link: '🔗' } as const

/** Online services as large tap targets that open the national service. */
export function EServiceCards({ site, services }: { site: Site; services: EService[] }) {
  return (
    <ul className="plain services">
      {services.map((service) => (
        <li key={service.id}>
          {service.url ? (
            <a href={service.url} rel="noopener" className="service">
              <span aria-hidden="true" className="service-icon">
                {icons[service.icon ?? 'link']}
              </span>
              <span>
                <strong>{service.name}</strong>
                {service.description && <span className="muted service-text">{service.description}</span>}
              </span>
            </a>
          ) : (
            <span className="service">
              <strong>{service.name}</strong> <span className="muted">{site.t('(ยังไม่มีลิงก์)', '(no link yet)')}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
