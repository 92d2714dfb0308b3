import type { CallToActionBlock as Block } from '../../payload-types'
import { linkHref, publishedPages, type StoredLink } from '../../theme/menu'
import type { Site } from '../../theme/site'

export async function CallToActionBlock({ block, site }: { block: Block; site: Site }) {
  const href = linkHref(site, block.link as StoredLink, await publishedPages(site))
  return (
    <section className="block cta">
      <h2>{block.heading}</h2>
      {block.text && <p>{block.text}</p>}
      {href && (
        <a className="button" href={href}>
          {block.buttonLabel}
        </a>
      )}
    </section>
  )
}
