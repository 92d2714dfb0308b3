import type { Document } from '../../payload-types'

export const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('th-TH')} KB`

/** The format badge of a file (PDF, DOCX, XLSX, CSV…), from its name. */
export const formatOf = (filename: string | null | undefined) => (filename?.split('.').pop() ?? 'file').toLowerCase()

export function Badge({ format }: { format: string }) {
  return <span className={`badge badge-${format}`}>{format.toUpperCase()}</span>
}

/** An uploaded document as a download link: title, format badge and size. */
export function DocumentLink({ document }: { document: Document }) {
  const format = formatOf(document.filename)
  return (
    <a href={document.url ?? '#'} className="file">
      <Badge format={format} />
      <span>{document.title}</span>
      {document.filesize ? <span className="muted">({kilobytes(document.filesize)})</span> : null}
    </a>
  )
}
