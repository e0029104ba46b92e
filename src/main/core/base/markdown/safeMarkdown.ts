/**
 * The one road from user text into exported Markdown. Every exporter (wins, promo packet,
 * agendas, offers, built-in drafts) builds its scaffolding as Markdown and passes everything
 * a person typed through `mdText` / `mdLines`, and every link through `mdLink`, so that a
 * Markdown or HTML renderer shows the text exactly as typed and never as markup: no raw HTML,
 * no link or image the user did not make with a real http(s) address, no emphasis or
 * headings out of thin air.
 *
 * Why not mdast-util-to-markdown per string: measured at ~53 µs a call, a 10,000-win export
 * (60,000 strings) took 3.2 s. These escapes are the CommonMark/GFM ones it applies, written
 * context-free so they are safe anywhere in a line (a stray backslash before punctuation is
 * always legal Markdown), and property-tested against `marked` and `mdast-util-from-markdown`.
 */

// Always: characters that open inline syntax or HTML anywhere in a line.
const INLINE = /[\\`*[\]<>&|~]/g
// `_` opens emphasis only at a word edge; inside snake_case it is literal in CommonMark.
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu
// `#` closes an ATX heading when it is followed only by spaces, and opens one at a line start.
const HASH = /#(?=#*(?:\s|$))/g
// GFM turns bare addresses into links that run to the next space, swallowing escapes and any
// Markdown after them; a typed address stays text (the exporters make links with mdLink).
const BARE_LINK = /:(?=\/\/)|(?<=www)\./gi
// Openers that only count at the start of a line: list markers, ordered lists, setext lines,
// and a GFM table's delimiter row (`:---` under any line turns that line into a table header).
const LINE_START = /^([+\-=:])|^(\d{1,9})([.)])/

function escapeLine(line: string): string {
  const escaped = line.replace(INLINE, '\\$&').replace(UNDERSCORE, '\\_').replace(HASH, '\\#').replace(BARE_LINK, '\\$&')
  return escaped.replace(LINE_START, (_m, marker: string | undefined, digits: string, close: string) =>
    marker ? `\\${marker}` : `${digits}\\${close}`
  )
}

/** Text for one line (heading, list item, table cell): whitespace, line breaks included, collapse to single spaces. */
export function mdText(text: string | null | undefined): string {
  return escapeLine(
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/**
 * Text that keeps its line breaks, for a top-level paragraph. Each line is trimmed (leading
 * spaces would make an indented code block) and escaped as a line start; blank lines stay
 * paragraph breaks; single breaks become hard breaks so the layout the person typed survives.
 */
export function mdLines(text: string | null | undefined): string {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split('\n')
        .map((l) => escapeLine(l.replace(/\s+/g, ' ').trim()))
        .filter(Boolean)
        .join('\\\n')
    )
    .filter(Boolean)
    .join('\n\n')
}

/** The address itself, if it parses as an absolute http(s) URL; anything else is not a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  let parsed: URL
  try {
    parsed = new URL(String(url ?? '').trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  return parsed.href
}

// Characters that could end a link destination or start a second link: percent-encoded, which
// leaves the address the same for a browser.
const DESTINATION_UNSAFE = /[()[\]<>"'`\\\s]/g
// `&` stays an `&` (a query string needs it), except where it would start a character
// reference (`&#x3C;`, `&amp;`): readers decode those inside link destinations, and not all of
// them honour a backslash there (marked does not), so that `&` is percent-encoded.
const encodeDestination = (href: string) =>
  href
    .replace(DESTINATION_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '%26')

/**
 * A link only from an address that parses and stays http(s); otherwise the label and the
 * address as plain text, so nothing is lost and nothing is clickable.
 */
export function mdLink(label: string | null | undefined, url: string | null | undefined): string {
  const href = safeHttpUrl(url)
  const shown = String(label ?? '').trim()
  if (!href) return shown ? `${mdText(shown)} (${mdText(url)})` : mdText(url)
  // Parentheses escaped too inside the label: marked stops seeing the link when a label holds
  // an escaped `](` (found by the property test); escaping is harmless for every other reader.
  return `[${mdText(shown || href).replace(/[()]/g, '\\$&')}](${encodeDestination(href)})`
}

/** A span of Markdown the template wrote; the interpolations inside it were escaped. */
export class Md {
  constructor(
    /** Markdown, safe to put in a line. */
    readonly markdown: string,
    /** The same words without markup, for places that show plain text. */
    readonly plain: string
  ) {}
  toString() {
    return this.markdown
  }
}

/**
 * Tagged template: the literal parts are trusted Markdown (`**Delivered** on …`), every
 * `${value}` is user text and is escaped. `plain` is the same words without the template's
 * own `**` markers, for places that show plain text.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): Md {
  // Spaces around a value are the template's wording (`${x ? ` Outcome: …` : ''}`): kept, not trimmed.
  const part = (v: unknown, as: 'markdown' | 'plain') =>
    v instanceof Md ? v[as] : as === 'markdown' ? escapeLine(String(v).replace(/\s+/g, ' ')) : String(v)
  let markdown = strings[0]!
  let plain = strings[0]!.replace(/\*\*/g, '')
  values.forEach((v, i) => {
    markdown += part(v, 'markdown') + strings[i + 1]!
    plain += part(v, 'plain') + strings[i + 1]!.replace(/\*\*/g, '')
  })
  return new Md(markdown, plain)
}

/** Markdown for a line that is either plain user-facing text or an `md` template. */
export const asMarkdown = (text: string | Md) => (text instanceof Md ? text.markdown : mdText(text))
export const asPlain = (text: string | Md) => (text instanceof Md ? text.plain : text)
