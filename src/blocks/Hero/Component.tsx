import type { HeroBlock as Block } from '../../payload-types'
import { imageOf } from '../../theme/components/images'
import type { Site } from '../../theme/site'

export function HeroBlock({ block, site }: { block: Block; site: Site }) {
  const image = imageOf(block.image, 'hero')
  return (
    <section
      className="hero"
      style={
        image
          ? {
              backgroundImage: `linear-gradient(rgba(10, 25, 50, 0.72), rgba(10, 25, 50, 0.72)), url(${image.src})`,
            }
          : undefined
      }
    >
      <h1>{block.heading || site.unit.name}</h1>
      {block.text && <p>{block.text}</p>}
    </section>
  )
}
