import type { Status } from '../readiness'
import { statusLabels } from '../sheets'
import type { Language } from './words'

/** Status in words and a mark, not colour alone (WCAG 1.4.1). */
export function StatusBadge({
  status,
  language,
  compact = false,
}: {
  status: Status
  language: Language
  compact?: boolean
}) {
  const label = statusLabels[status]
  return (
    <span className={`readiness__status readiness__status--${status}`} title={label[language]}>
      <span aria-hidden="true">{label.mark}</span>
      {compact ? <span className="readiness__sr">{label[language]}</span> : ` ${label[language]}`}
    </span>
  )
}
