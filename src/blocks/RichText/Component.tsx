import type { RichTextBlock as Block } from '../../payload-types'
import { RichText } from '../../theme/components/RichText'

export function RichTextBlock({ block }: { block: Block }) {
  return (
    <section className="block">
      {block.heading && <h2>{block.heading}</h2>}
      <RichText data={block.content} />
    </section>
  )
}
