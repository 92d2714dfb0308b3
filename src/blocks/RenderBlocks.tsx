import type { Page } from '../payload-types'
import type { Site } from '../theme/site'
import { CallToActionBlock } from './CallToAction/Component'
import { ContactCardBlock } from './ContactCard/Component'
import { DocumentsListBlock } from './DocumentsList/Component'
import { EServiceLinksBlock } from './EServiceLinks/Component'
import { ExecutivesGridBlock } from './ExecutivesGrid/Component'
import { HeadMessageBlock } from './HeadMessage/Component'
import { HeroBlock } from './Hero/Component'
import { NewsListBlock } from './NewsList/Component'
import { OitMenuBlock } from './OitMenu/Component'
import { QrCodeBlock } from './QrCode/Component'
import { RichTextBlock } from './RichText/Component'

export type LayoutBlock = NonNullable<Page['layout']>[number]

type Components = {
  [B in LayoutBlock as B['blockType']]: (props: {
    block: B
    site: Site
  }) => React.ReactNode | Promise<React.ReactNode>
}

const components: Components = {
  hero: HeroBlock,
  headMessage: HeadMessageBlock,
  richText: RichTextBlock,
  newsList: NewsListBlock,
  executivesGrid: ExecutivesGridBlock,
  oitMenu: OitMenuBlock,
  documentsList: DocumentsListBlock,
  eServiceLinks: EServiceLinksBlock,
  contactCard: ContactCardBlock,
  qrCode: QrCodeBlock,
  callToAction: CallToActionBlock,
}

/** A page's layout, block by block. */
export function RenderBlocks({ blocks, site }: { blocks: LayoutBlock[]; site: Site }) {
  return (
    <>
      {blocks.map((block, index) => {
        const Component = components[block.blockType] as (props: {
          block: LayoutBlock
          site: Site
        }) => React.ReactNode
        return <Component key={block.id ?? index} block={block} site={site} />
      })}
    </>
  )
}
