/**
 * O6 performance news, ITA and EIT news; O19 news of the head's integrity activities (tag
 * `head-participation`).
 */
import type { News } from '../../../src/payload-types'
import type { ImageKind } from '../../lib/images'
import { doc, type RichSource, type Text } from '../../lib/spec'
import type { UnitProfile } from './profile'

export type NewsData = {
  title: Text
  date: string
  tags: NonNullable<News['tags']>
  summary: string
  body: RichSource
  photo: ImageKind
  /**
   * Alt text of the photos when the title must not appear on them (images are public even for
   * drafts).
   */
  photoAlt?: string
  /** Extra photos in the gallery. */
  gallery?: number
  status?: 'draft'
}

const textOf = (text: Text) => (typeof text === 'string' ? { th: text } : text)

export const newsDocs = (unit: UnitProfile, items: NewsData[]) =>
  items.map((item) =>
    doc({
      collection: 'news',
      key: { title: { equals: textOf(item.title).th } },
      status: item.status,
      english: Boolean(textOf(item.title).en),
      build: async ({ t, rich, image }) => {
        const alt = item.photoAlt ?? textOf(item.title).th
        const photos = await Promise.all(
          Array.from({ length: 1 + (item.gallery ?? 0) }, (_, index) =>
            image({
              kind: item.photo,
              alt: index ? `${alt} (ภาพที่ ${index + 1})` : alt,
              takenOn: item.date,
            }),
          ),
        )
        return {
          title: t(item.title),
          date: item.date,
          fiscalYear: unit.fiscalYear,
          tags: item.tags,
          summary: item.summary,
          body: rich(item.body),
          cover: photos[0],
          gallery: photos.slice(1),
          socialLinks:
            item.status === 'draft' ? [] : [{ platform: 'facebook' as const, url: unit.facebook }],
        }
      },
    }),
  )
