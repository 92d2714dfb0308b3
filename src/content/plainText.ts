type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; listType?: string }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/**
 * The paragraphs of a Lexical rich-text value as plain text (list items prefixed with a bullet).
 */
export function plainParagraphs(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return []
  const paragraphs: string[] = []
  const textOf = (node: LexicalNode): string =>
    node.type === 'linebreak'
      ? '\n'
      : (node.text ?? '') + (node.children ?? []).map(textOf).join('')
  const walk = (node: LexicalNode) => {
    if (node.type && blockTypes.has(node.type)) {
      const text = textOf(node).trim()
      if (text) paragraphs.push(node.type === 'listitem' ? `• ${text}` : text)
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return paragraphs
}
