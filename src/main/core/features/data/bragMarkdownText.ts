import type { Token } from 'marked'

/** The lexer keeps a few characters HTML-escaped in text; a win title wants them as typed. */
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/**
 * Plain text of inline tokens: formatting, links and code marks dropped; images, HTML and task
 * boxes left out. A hard line break is a space in a one-line field, a newline where lines matter.
 */
export function inlineText(tokens: Token[] | undefined, br = ' '): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'image' || t.type === 'html' || t.type === 'checkbox') return ''
      if (t.type === 'br') return br
      if ('tokens' in t && t.tokens && t.tokens.length > 0) return inlineText(t.tokens, br)
      return 'text' in t ? decode(String(t.text)) : ''
    })
    .join('')
}
