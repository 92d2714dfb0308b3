import type { Document, DocumentsListBlock as Block } from '../../payload-types'
import { DocumentLink } from '../../theme/components/Files'
import type { Site } from '../../theme/site'

export function DocumentsListBlock({ block, site }: { block: Block; site: Site }) {
  // Documents the visitor may not read arrive as bare IDs: they are left out.
  const documents = (block.documents ?? []).filter(
    (document): document is Document => typeof document === 'object' && document !== null,
  )
  if (!documents.length) return null
  return (
    <section className="block" aria-labelledby={`documents-${block.id}`}>
      <h2 id={`documents-${block.id}`}>{block.heading || site.t('เอกสาร', 'Documents')}</h2>
      <ul className="plain">
        {documents.map((document) => (
          <li key={document.id}>
            <DocumentLink file={document} title={document.title} />
          </li>
        ))}
      </ul>
    </section>
  )
}
