import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast'
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

/** Plain text of a node: formatting, links and code marks dropped; images and HTML left out. */
function text(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return ''
  if (node.type === 'break') return ' '
  if ('children' in node) return (node.children as Nodes[]).map(text).join('')
  return ''
}

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
  const body = markdown.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
  const tree = fromMarkdown(body)
  const out: BragCandidate[] = []
  const stack: HeadingContext[] = []
  let pendingHeading: { ctx: HeadingContext; line: number; paragraphs: string[]; hadList: boolean } | null = null

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
    if (scan.skipped.length) notes.push(`Numbers not turned into metrics (no unit): ${[...new Set(scan.skipped)].slice(0, 5).join(', ')}`)
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
    if (pendingHeading?.hadList) for (const p of pendingHeading.paragraphs) if (!/:\s*$/.test(p)) add(p, [], pendingHeading.line)
    if (pendingHeading && !pendingHeading.hadList && pendingHeading.paragraphs.length > 0) {
      const h = pendingHeading
      const headingText = stripDate(h.ctx.text, h.ctx.date)
      if (headingText && !findYearOnly(h.ctx.text)) {
        stack.pop()
        add(h.ctx.text, h.paragraphs, h.line, false)
        stack.push(h.ctx)
      } else {
        for (const p of h.paragraphs) add(p, [], h.line)
      }
    }
    pendingHeading = null
  }

  const listItemText = (item: ListItem): string[] => {
    const own = item.children.filter((c): c is Paragraph => c.type === 'paragraph').map((p) => text(p))
    const nested = item.children
      .filter((c): c is List => c.type === 'list')
      .flatMap((l) => l.children.map((li) => tidy(listItemText(li).join(' '))))
    return [own.join(' '), ...nested]
  }

  const visit = (node: RootContent) => {
    if (node.type === 'heading') {
      flushHeading()
      const h = node as Heading
      const t = tidy(text(h))
      while (stack.length && stack.at(-1)!.depth >= h.depth) stack.pop()
      const ctx = { depth: h.depth, text: t, date: findDate(t) ?? findYearOnly(t) }
      stack.push(ctx)
      pendingHeading = { ctx, line: h.position?.start.line ?? 0, paragraphs: [], hadList: false }
      return
    }
    if (node.type === 'list') {
      if (pendingHeading) pendingHeading.hadList = true
      for (const item of node.children) {
        const [main, ...details] = listItemText(item)
        if (main && tidy(main)) add(main, details.filter(Boolean), item.position?.start.line ?? 0)
        else for (const d of details) if (d) add(d, [], item.position?.start.line ?? 0)
      }
      return
    }
    if (node.type === 'paragraph') {
      const t = tidy(text(node))
      // Markdown tables without the GFM extension arrive as paragraphs of pipes: not wins.
      if (!t || t.startsWith('|')) return
      if (pendingHeading) pendingHeading.paragraphs.push(t)
      else if (stack.length === 0 && out.length === 0 && t.length < 200 && !findDate(t))
        return // a preamble line
      else add(t, [], node.position?.start.line ?? 0)
      return
    }
    if (node.type === 'blockquote') for (const child of node.children) visit(child)
  }

  for (const node of tree.children) visit(node)
  flushHeading()
  return out
}
