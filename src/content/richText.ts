/**
 * Minimal Lexical documents (the JSON Payload's rich-text fields store) built from plain blocks:
 * seeds, imports, tests.
 */

/** A paragraph, a heading, or a bulleted / numbered list. */
export type Block = string | { h: string } | { ul: string[] } | { ol: string[] }

type Node = Record<string, unknown>

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraph = (value: string): Node => ({
  type: 'paragraph',
  children: [text(value)],
  textFormat: 0,
  textStyle: '',
  ...element,
})

const list = (items: string[], ordered: boolean): Node => ({
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  tag: ordered ? 'ol' : 'ul',
  start: 1,
  children: items.map((item, index) => ({
    type: 'listitem',
    value: index + 1,
    children: [text(item)],
    ...element,
  })),
  ...element,
})

const node = (block: Block): Node => {
  if (typeof block === 'string') return paragraph(block)
  if ('h' in block) return { type: 'heading', tag: 'h3', children: [text(block.h)], ...element }
  if ('ul' in block) return list(block.ul, false)
  return list(block.ol, true)
}

export type RichText = {
  root: {
    type: string
    children: { type: string; version: number; [k: string]: unknown }[]
    direction: 'ltr' | 'rtl' | null
    format: ''
    indent: number
    version: number
  }
  [k: string]: unknown
}

export const richText = (blocks: Block[]): RichText => ({
  root: { type: 'root', children: blocks.map(node) as RichText['root']['children'], ...element },
})
