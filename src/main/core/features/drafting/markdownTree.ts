import type { BlockContent, Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { SOURCE_LABEL } from '../../../../shared/domain/contextEntry'

/**
 * Markdown for typed draft outputs, built as an mdast tree and written by
 * mdast-util-to-markdown: text nodes are escaped by the serializer, so whatever the user or a
 * model wrote reads as text, never as headings, links or HTML. Only the structure we build
 * here (headings, lists, bold labels) is markup.
 */

/** One line of text: whitespace and line breaks collapse, as in a heading or list item. */
export const text = (value: string): PhrasingContent => ({ type: 'text', value: value.replace(/\s+/g, ' ') })
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
/**
 * Source labels as the prompt gave them (" [S1, S4]"), the trust guard reads them back. Written
 * raw, like the exporters' plain brackets (nothing follows them, so they cannot form a link):
 * only labels that are exactly S + digits get through, anything else is dropped.
 */
export const cite = (labels: readonly string[]): PhrasingContent[] => {
  const safe = labels.filter((l) => SOURCE_LABEL.test(l))
  return safe.length ? [{ type: 'html', value: ` [${safe.join(', ')}]` }] : []
}

export const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children })
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
export const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children) as BlockContent] }))
})

export function renderTree(children: (RootContent | null | false)[]): string {
  const nodes = children.filter((c): c is RootContent => Boolean(c))
  return toMarkdown({ type: 'root', children: nodes }, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one' })
}
