import type { OitMenuBlock as Block } from '../../payload-types'
import { FrameworkNotice } from '../../theme/components/FrameworkNotice'
import { hubTitle } from '../../theme/components/OitHub'
import { OitItems } from '../../theme/components/OitItems'
import { siteOit } from '../../theme/oit'
import type { Site } from '../../theme/site'

export async function OitMenuBlock({ block, site }: { block: Block; site: Site }) {
  const oit = await siteOit(site)
  const fiscalYear = block.fiscalYear ?? oit.current
  const framework = fiscalYear === undefined ? undefined : oit.inForce(fiscalYear)
  if (!framework || fiscalYear === undefined) return null
  return (
    <section className="block" aria-labelledby={`oit-${block.id}`}>
      <h2 id={`oit-${block.id}`}>
        <a href={site.href(`/oit/${fiscalYear}`)}>{block.heading || hubTitle(site, fiscalYear)}</a>
      </h2>
      <FrameworkNotice site={site} fiscalYear={fiscalYear} frameworkYear={framework.fiscalYear} />
      <OitItems site={site} fiscalYear={fiscalYear} items={framework.items} level={3} />
    </section>
  )
}
