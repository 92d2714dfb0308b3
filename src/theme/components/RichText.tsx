import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Stored rich text as HTML; nothing at all when it is empty. */
export function RichText({ data }: { data: unknown }) {
  const state = data as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return <LexicalRichText className="rich-text" data={state} />
}
