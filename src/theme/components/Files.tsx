import type { Document } from '../../payload-types'

export const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('th-TH')} KB`

/** The format badge of a file (PDF, DOCX, XLSX, CSV…), from its name. */
export const formatOf = (filename: string | null | undefined) =>
  (filename?.split('.').pop() ?? 'file').toLowerCase()

export function Badge({ format }: { format: string }) {
  return <span className={`badge badge-${format}`}>{format.toUpperCase()}</span>
}

/**
 * A record's uploaded document as a download link (format badge, title, size). Without a readable
 * file (none attached, or a bare ID) it links to `href` when there is one, else shows the title.
 */
export function DocumentLink({
  file,
  title,
  href,
}: {
  file: number | Pick<Document, 'url' | 'filename' | 'filesize'> | null | undefined
  title: string
  href?: string | null
}) {
  if (!file || typeof file !== 'object') {
    return href ? (
      <a href={href} rel="noopener">
        {title}
      </a>
    ) : (
      <>{title}</>
    )
  }
  return (
    <a href={file.url ?? '#'} className="file">
      <Badge format={formatOf(file.filename)} />
      <span>{title}</span>
      {file.filesize ? <span className="muted">({kilobytes(file.filesize)})</span> : null}
    </a>
  )
}
