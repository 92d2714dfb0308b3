import type { PeriodFiles as Periods, PublicFile } from '../oit'
import type { Site } from '../site'
import { Badge, kilobytes } from './Files'

/**
 * A period's generated files: format badge, size and when the file was last made, each named by the
 * period for screen readers.
 */
export function FileLinks({
  site,
  label,
  files,
}: {
  site: Site
  label: string
  files: PublicFile[]
}) {
  return (
    <span className="files">
      {files.map((file) => (
        <a key={file.format} href={file.url} className="file">
          <span className="visually-hidden">{label} </span>
          <Badge format={file.format} />
          <span className="muted">
            {kilobytes(file.size)} · {site.t('ปรับปรุง', 'updated')}{' '}
            <time dateTime={file.generatedAt}>{site.formatDate(file.generatedAt)}</time>
          </span>
        </a>
      ))}
    </span>
  )
}

/** Generated files by period (months in order, then the whole year). */
export function PeriodFiles({ site, periods }: { site: Site; periods: Periods[] }) {
  return (
    <ul className="plain">
      {periods.map((period) => (
        <li key={period.period} className="period">
          <span>{period.label}</span>
          <FileLinks site={site} label={period.label} files={period.files} />
        </li>
      ))}
    </ul>
  )
}
