import { marked } from 'marked'

const TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'a',
  'code',
  'pre',
  'blockquote',
  'br',
  'hr',
  'input',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
])
const ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title']),
  ol: new Set(['start']),
  input: new Set(['type', 'checked', 'disabled']),
  th: new Set(['align']),
  td: new Set(['align'])
}

export interface Rendered {
  html: string
  /** Everything that would run or navigate somewhere unexpected; empty when the output is inert. */
  problems: string[]
  links: string[]
}

/**
 * Renders Markdown the way a reader's tool would (marked, GFM, raw HTML allowed) and lists
 * any active content in the HTML: a tag outside plain document markup, an attribute such as
 * `onerror`, or a link that is not http(s)/mailto.
 */
export function renderAndInspect(markdown: string): Rendered {
  const html = marked.parse(markdown, { async: false, gfm: true })
  const problems: string[] = []
  const links: string[] = []
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase()
    if (!TAGS.has(tag)) problems.push(`tag <${tag}>`)
    for (const a of m[2]!.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = a[1]!.toLowerCase()
      if (!ATTRIBUTES[tag]?.has(name)) problems.push(`attribute ${name} on <${tag}>`)
      if (name === 'href') {
        const href = (a[2] ?? '').replace(/^["']|["']$/g, '')
        links.push(href)
        if (!/^(https?:\/\/|mailto:)/i.test(href)) problems.push(`link to ${href}`)
      }
    }
  }
  return { html, problems, links }
}

/** The hostile texts every exporter test feeds in. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  jsLink: '[x](javascript:alert(1))',
  evidenceUrl: 'https://a.example/)[c](javascript:alert(1))',
  autolink: '<javascript:alert(1)>',
  heading: '# Not a heading\n- nor a list',
  entity: '&lt;b&gt; &#106;avascript'
} as const
