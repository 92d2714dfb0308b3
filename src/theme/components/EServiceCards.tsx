import type { EService } from '../../payload-types'
import type { Site } from '../site'

// Drawn as SVG: emoji need a colour-emoji font, which many office PCs and phones' browsers lack.
const icons = {
  report: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  payment: 'M3 6h18v12H3zM3 10h18M7 15h4',
  search: 'M10 4a6 6 0 1 1 0 12a6 6 0 0 1 0-12zM15 15l5 5',
  passport: 'M6 3h12v18H6zM12 8a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM9 18h6',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  link: 'M10 14l4-4M8 11l-2 2a3 3 0 0 0 4 4l2-2M16 13l2-2a3 3 0 0 0-4-4l-2 2',
} as const

const Icon = ({ name }: { name: keyof typeof icons }) => (
  <svg
    className="service-icon"
    viewBox="0 0 24 24"
    width="28"
    height="28"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={icons[name]} />
  </svg>
)

/** Online services as large tap targets that open the national service. */
export function EServiceCards({ site, services }: { site: Site; services: EService[] }) {
  return (
    <ul className="plain services">
      {services.map((service) => (
        <li key={service.id}>
          {service.url ? (
            <a href={service.url} rel="noopener" className="service">
              <Icon name={service.icon ?? 'link'} />
              <span>
                <strong>{service.name}</strong>
                {service.description && (
                  <span className="muted service-text">{service.description}</span>
                )}
              </span>
            </a>
          ) : (
            <span className="service">
              <strong>{service.name}</strong>{' '}
              <span className="muted">{site.t('(ยังไม่มีลิงก์)', '(no link yet)')}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
