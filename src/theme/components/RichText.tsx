import type { SerializedListNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

/**
 * Payload's list items carry their number as `value` in every kind of list; HTML allows it only in
 * numbered lists (`<ol>`), so items of bullet and check lists are rendered without it.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  listitem: (args) => {
    const { listType } = args.parent as SerializedListNode
    if (listType === 'number' && typeof defaultConverters.listitem === 'function')
      return defaultConverters.listitem(args)
    const children = args.nodesToJSX({ nodes: args.node.children })
    return (
      <li>
        {listType === 'check' && (args.node.checked ? '☑ ' : '☐ ')}
        {children}
      </li>
    )
  },
})

/** Stored rich text as HTML; nothing at all when it is empty. */
export function RichText({ data }: { data: unknown }) {
  const state = data as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return <LexicalRichText className="rich-text" data={state} converters={converters} />
}
