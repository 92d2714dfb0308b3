/**
 * How demo content is described: one spec per document, built per locale, created once per natural
 * key.
 */
import type { CollectionSlug, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { ImageKind } from './images'
import type { Block, RichText } from '../../src/content/richText'

export type Locale = 'th' | 'en'

/** Thai text, optionally with its English version. */
export type Text = string | { th: string; en?: string }

/** Rich text as blocks, optionally with an English version. */
export type RichSource = Block[] | { th: Block[]; en?: Block[] }

export type ImageSpec = { kind: ImageKind; alt: Text; takenOn?: string }

/**
 * A generated one-page PDF; its printed text is the English title (or `code`) and `lines` (Latin
 * script).
 */
export type PdfSpec = { title: Text; code?: string; lines?: string[] }

export type Ctx = {
  locale: Locale
  /**
   * The text in this locale; in English `undefined` when there is none, so Payload falls back to
   * Thai.
   */
  t: (text: Text) => string
  rich: (source: RichSource) => RichText
  /** The unit's image with this alt text, uploaded the first time it is asked for. */
  image: (spec: ImageSpec) => Promise<number>
  pdf: (spec: PdfSpec) => Promise<number>
  lawCategory: (slug: string) => Promise<number>
}

/** Unit-scoped content collections the demo fills (uploads are made on demand through `Ctx`). */
export type ContentSlug = Exclude<
  CollectionSlug,
  | 'users'
  | 'units'
  | 'oit-frameworks'
  | 'law-categories'
  | 'media'
  | 'documents'
  | 'feedback'
  | 'corruption-complaints'
  | `payload-${string}`
>

export type Data<C extends ContentSlug> = Omit<
  RequiredDataFromCollectionSlug<C>,
  'tenant' | '_status'
>

export type DocSpec<C extends ContentSlug> = {
  collection: C
  /**
   * Natural key within the unit: the document is created only when no document of the unit matches.
   */
  key: Where
  status?: 'published' | 'draft'
  /** Also store English values: `build` runs again with `locale: 'en'`. */
  english?: boolean
  /**
   * Publish only once both languages are stored (checks that read the English version, e.g. O18).
   */
  publishLast?: boolean
  build: (ctx: Ctx) => Data<C> | Promise<Data<C>>
}

export type AnyDocSpec = { [C in ContentSlug]: DocSpec<C> }[ContentSlug]

export const doc = <C extends ContentSlug>(spec: DocSpec<C>): AnyDocSpec =>
  spec as unknown as AnyDocSpec

export type UnitContent = { unit: string; docs: AnyDocSpec[] }
