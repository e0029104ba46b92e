import { Lexer, type Token, type Tokens } from 'marked'
import { findDate, findYearOnly, type DatePrecision, type FoundDate } from './bragDates'
import { scanMetrics } from './bragMetrics'
import type { Metric } from '../../../shared/domain/win'

export interface BragCandidate {
  title: string
  date: string
  datePrecision: DatePrecision | 'none'
  whatIDid: string
  metrics: Metric[]
  tags: string[]
  /** Line in the document, so the user can find it. */
  line: number
  /** Things the user should check before saving (no date found, numbers left out…). */
  notes: string[]
}

export const MAX_BRAG_CHARS = 2_000_000

/** Plain text of inline tokens: formatting, links and code marks dropped; images, HTML and task boxes left out. */
function text(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'image' || t.type === 'html' || t.type === 'checkbox') return ''
      if (t.type === 'br') return ' '
      if ('tokens' in t && t.tokens && t.tokens.length > 0) return text(t.tokens)
      return 'text' in t ? decode(String(t.text)) : ''
    })
    .join('')
}

/** The lexer keeps a few characters HTML-escaped in text; a win title wants them as typed. */
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Leftovers of formatting a parser leaves as text: task boxes, emoji shortcodes, stray bullets. */
const tidy = (s: string) =>
  squash(
    s
      .replace(/^\s*\[[ xX]\]\s*/, '')
      .replace(/:[a-z0-9_+-]+:/g, '')
      .replace(/^[\s•·*–—-]+/, '')
  )

const stripDate = (s: string, found: FoundDate | null) =>
  found
    ? squash(s.replace(found.match, ' '))
        .replace(/^[\s(),:;–—-]+|[\s(),:;–—-]+$/g, '')
        .replace(/\(\s*\)/g, '')
        .trim()
    : s

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

/** First sentence as a title (cut at 200), the rest as what was done. */
function split(body: string): { title: string; rest: string } {
  const m = /^(.{12,}?[.!?])\s+(.+)$/s.exec(body)
  let title = (m && m[1]!.length <= 200 ? m[1]! : body).replace(/[.]$/, '')
  let rest = m && m[1]!.length <= 200 ? m[2]! : ''
  if (title.length > 200) {
    const cut = title.lastIndexOf(' ', 196)
    rest = body
    title = `${title.slice(0, cut > 40 ? cut : 196)}…`
  }
  return { title, rest }
}

interface HeadingContext {
  depth: number
  text: string
  date: FoundDate | null
}

/**
 * Reads a brag document written in Markdown: every top-level bullet becomes a win, nested
 * bullets become its details; under a heading with no bullets, the heading is the win and its
 * paragraphs the details. Dates come from the line itself, else from the nearest heading.
 * Nothing is saved here: the user reviews the candidates first.
 */
export function parseBragDocument(markdown: string, today: string): BragCandidate[] {
  const normalized = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(normalized)?.[0] ?? ''
  const body = normalized.slice(frontMatter.length)
  const skippedLines = frontMatter.split('\n').length - 1
  // marked's lexer: a CommonMark + GFM block/inline tokenizer, ~20× faster than micromark here.
  const tokens = new Lexer({ gfm: true }).lex(body)
  // Line numbers by binary search over newline offsets: slicing per item would be quadratic.
  const newlines: number[] = []
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) newlines.push(i)
  const lineAt = (offset: number) => {
    let lo = 0
    let hi = newlines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (newlines[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return skippedLines + lo + 1
  }
  const out: BragCandidate[] = []
  const stack: HeadingContext[] = []
  let pendingHeading: { ctx: HeadingContext; line: number; paragraphs: { text: string; line: number }[]; hadList: boolean } | null = null

  const context = () => {
    const date = [...stack].reverse().find((h) => h.date)?.date ?? null
    const labels = stack
      .map((h) => stripDate(h.text, h.date))
      .filter((t) => t && t.length <= 40 && !/^(wins?|brag|accomplishments|achievements)/i.test(t))
    return { date, tags: labels.slice(-1).map(slug).filter(Boolean) }
  }

  const add = (raw: string, details: string[], line: number, bullets = true) => {
    const own = findDate(raw)
    const ctx = context()
    const date = own ?? ctx.date
    const cleaned = tidy(stripDate(raw, own))
    if (!cleaned) return
    const { title, rest } = split(cleaned)
    const whatIDid = [rest, ...(bullets ? details.map((d) => `- ${d}`) : details)].filter(Boolean).join(bullets ? '\n' : '\n\n')
    const scan = scanMetrics(stripDate([cleaned, ...details].join('\n'), null).replace(/\b(?:19|20)\d{2}\b/g, ' '))
    const notes: string[] = []
    if (!date) notes.push('No date found here or in a heading above; check the date.')
    if (scan.skipped.length)
      notes.push(`Numbers left for you to check (no clear unit, so not made metrics): ${[...new Set(scan.skipped)].slice(0, 5).join(', ')}`)
    out.push({
      title,
      date: date?.date ?? today,
      datePrecision: date?.precision ?? 'none',
      whatIDid: whatIDid.slice(0, 20_000),
      metrics: scan.metrics,
      tags: ctx.tags,
      line,
      notes
    })
  }

  const flushHeading = () => {
    // A heading with only paragraphs under it is itself the win (unless it is just a date or a section name).
    // Under a heading that had bullets, a paragraph is its own win unless it introduces the list ("This quarter:").
    if (pendingHeading?.hadList) for (const p of pendingHeading.paragraphs) if (!/:\s*$/.test(p.text)) add(p.text, [], p.line)
    if (pendingHeading && !pendingHeading.hadList && pendingHeading.paragraphs.length > 0) {
      const h = pendingHeading
      const headingText = stripDate(h.ctx.text, h.ctx.date)
      if (headingText && !findYearOnly(h.ctx.text)) {
        stack.pop()
        add(
          h.ctx.text,
          h.paragraphs.map((p) => p.text),
          h.line,
          false
        )
        stack.push(h.ctx)
      } else {
        for (const p of h.paragraphs) add(p.text, [], p.line)
      }
    }
    pendingHeading = null
  }

  const listItemText = (item: Tokens.ListItem): string[] => {
    const own = item.tokens.filter((c) => c.type === 'text' || c.type === 'paragraph').map((p) => text((p as Tokens.Text).tokens ?? [p]))
    const nested = item.tokens
      .filter((c): c is Tokens.List => c.type === 'list')
      .flatMap((l) => l.items.map((li) => tidy(listItemText(li).join(' '))))
    return [own.join(' '), ...nested]
  }

  const visit = (token: Token, offset: number) => {
    if (token.type === 'heading') {
      flushHeading()
      const h = token as Tokens.Heading
      const t = tidy(text(h.tokens))
      while (stack.length && stack.at(-1)!.depth >= h.depth) stack.pop()
      const ctx = { depth: h.depth, text: t, date: findDate(t) ?? findYearOnly(t) }
      stack.push(ctx)
      pendingHeading = { ctx, line: lineAt(offset), paragraphs: [], hadList: false }
      return
    }
    if (token.type === 'list') {
      if (pendingHeading) pendingHeading.hadList = true
      let at = offset
      for (const item of (token as Tokens.List).items) {
        const line = lineAt(at)
        at += item.raw.length
        const [main, ...details] = listItemText(item)
        if (main && tidy(main)) add(main, details.filter(Boolean), line)
        else for (const d of details) if (d) add(d, [], line)
      }
      return
    }
    if (token.type === 'paragraph' || token.type === 'text') {
      const t = tidy(text((token as Tokens.Paragraph).tokens))
      if (!t) return
      if (pendingHeading) pendingHeading.paragraphs.push({ text: t, line: lineAt(offset) })
      else if (stack.length === 0 && out.length === 0 && t.length < 200 && !findDate(t))
        return // a preamble line
      else add(t, [], lineAt(offset))
      return
    }
    if (token.type === 'blockquote') {
      let at = offset
      for (const child of (token as Tokens.Blockquote).tokens) {
        visit(child, at)
        at += child.raw.length
      }
    }
    // Tables, code, HTML and rules are not wins.
  }

  let offset = 0
  for (const token of tokens) {
    visit(token, offset)
    offset += token.raw.length
  }
  flushHeading()
  return out
}
