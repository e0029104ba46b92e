// A tiny rehype plugin: wrap every flagged number in <mark> so the Markdown view highlights
// what the numbers guard could not find in the user's history. Matches by text, so it holds
// even though Markdown rendering moves offsets around.
interface HastText {
  type: 'text'
  value: string
}
interface HastElement {
  type: 'element'
  tagName: string
  properties: Record<string, unknown>
  children: HastNode[]
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const FLAG_TITLE = 'Not backed by the sources this draft cites'

export function markFlags(flagged: string[]) {
  const unique = [...new Set(flagged.filter(Boolean))].sort((a, b) => b.length - a.length)
  const pattern = unique.length ? new RegExp(`(${unique.map(escape).join('|')})`, 'g') : null
  const visit = (node: HastNode) => {
    if (!pattern || !('children' in node) || !node.children) return
    const next: HastNode[] = []
    for (const child of node.children) {
      if (child.type === 'text') {
        const parts = (child as HastText).value.split(pattern)
        parts.forEach((part, i) => {
          if (!part) return
          if (i % 2 === 1) {
            next.push({
              type: 'element',
              tagName: 'mark',
              properties: { title: FLAG_TITLE, 'data-flag': 'number', 'aria-label': `${part} (${FLAG_TITLE.toLowerCase()})` },
              children: [{ type: 'text', value: part }]
            })
          } else next.push({ type: 'text', value: part })
        })
      } else if (!(child.type === 'element' && (child as HastElement).tagName === 'code')) {
        visit(child)
        next.push(child)
      } else next.push(child)
    }
    node.children = next
  }
  return () => (tree: HastNode) => visit(tree)
}
