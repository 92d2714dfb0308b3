import type { Status } from '../readiness'
import { statusLabels } from '../sheets'

/** Status in words and a mark, not colour alone (WCAG 1.4.1). */
export function StatusBadge({ status, compact = false }: { status: Status; compact?: boolean }) {
  const label = statusLabels[status]
  return (
    <span className={`readiness__status readiness__status--${status}`} title={label.th}>
      <span aria-hidden="true">{label.mark}</span>
      {compact ? <span className="readiness__sr">{label.th}</span> : ` ${label.th}`}
    </span>
  )
}
