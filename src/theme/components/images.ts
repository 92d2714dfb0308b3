import type { Media } from '../../payload-types'

/**
 * A populated image in one of its generated sizes (the original where the size is missing); null
 * for a bare ID.
 */
export const imageOf = (
  media: number | Media | null | undefined,
  size: 'thumbnail' | 'card' | 'hero' = 'card',
) =>
  media && typeof media === 'object'
    ? {
        src: media.sizes?.[size]?.url ?? media.url ?? '',
        alt: media.alt,
        width: media.sizes?.[size]?.width ?? media.width,
        height: media.sizes?.[size]?.height ?? media.height,
      }
    : null
