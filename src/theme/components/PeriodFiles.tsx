import type { PeriodFiles as Periods } from '../oit'
import type { Site } from '../site'
import { Badge, kilobytes } from './Files'

/** Generated files by period (months in order, then the whole year), each with format badge, size and date. */
export function PeriodFiles({ site, periods }: { site: Site; periods: Periods[] }) {
  return (
    <ul className="plain">
      {periods.map((period) => (
        <li key={period.period} className="period">
          <span>{period.label}</span>
          <span className="files">
            {period.files.map((file) => (
              <a key={file.format} href={file.url} className="file">
                <span className="visually-hidden">{period.label} </span>
                <Badge format={file.format} />
                <span className="muted">
                  {kilobytes(file.size)} · <time dateTime={file.generatedAt}>{site.formatDate(file.generatedAt)}</time>
                </span>
              </a>
            ))}
          </span>
        </li>
      ))}
    </ul>
  )
}
