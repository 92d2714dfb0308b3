import { formatFiscalYear } from '../../fiscal'
import type { OitMenuBlock as Block } from '../../payload-types'
import { OitItems } from '../../theme/components/OitItems'
import { frameworksOf } from '../../theme/oit'
import type { Site } from '../../theme/site'

export async function OitMenuBlock({ block, site }: { block: Block; site: Site }) {
  const frameworks = await frameworksOf(site.payload, site.unit.unitType)
  const framework = block.fiscalYear ? frameworks.find((candidate) => candidate.fiscalYear === block.fiscalYear) : frameworks[0]
  if (!framework) return null
  return (
    <section className="block" aria-labelledby={`oit-${block.id}`}>
      <h2 id={`oit-${block.id}`}>
        <a href={site.href(`/oit/${framework.fiscalYear}`)}>{block.heading || `${site.t('การเปิดเผยข้อมูลสาธารณะ (OIT)', 'Open information (OIT)')} ${site.t(formatFiscalYear(framework.fiscalYear), `FY ${framework.fiscalYear}`)}`}</a>
      </h2>
      <OitItems site={site} fiscalYear={framework.fiscalYear} items={framework.items} level={3} />
    </section>
  )
}
