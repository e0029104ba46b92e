import { Lexer, type Token, type Tokens } from 'marked'
import { findDate, findYearless, findYearOnly, type DatePrecision, type FoundDate } from './bragDates'
import { scanMetrics } from './bragMetrics'
import { inlineText } from './bragMarkdownText'
import { readLabel, splitWin } from './bragSplit'
import { isGenericHeading, isPlanSection, slug, themeTag, yearOfTitle } from './bragThemes'
import { isWinsExport, readWinsExport } from './winsMarkdownReader'
import type { Metric, Win } from '../../../../shared/domain/win'

export interface BragCandidate {
  /** Short, sentence case: the first thing done. */
  title: string
  /** ISO day the written date starts on; '' when the document says nothing about when. */
  date: string
  datePrecision: DatePrecision | 'undated'
  whatIDid: string
  impact: string
  metrics: Metric[]
  tags: string[]
  scope?: Win['scope']
  stakeholders?: string[]
  evidence?: Win['evidence']
  /** Line in the document, so the user can find it. */
  line: number
  /** Things the user should check before saving (no date found, numbers left out…). */
  notes: string[]
  /** Suggested tick: false for bullets under a plans or goals heading. */
  keep: boolean
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Leftovers of formatting a parser leaves as text: task boxes, emoji shortcodes, stray bullets. */
const tidy = (s: string) =>
  squash(
    s
      .replace(/^\s*\[[ xX]\]\s*/, '')
      .replace(/:[a-z0-9_+-]+:/g, '')
      .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
      .replace(/^[\s•·*–—-]+/, '')
  )

const stripDate = (s: string, found: FoundDate | null) =>
  found
    ? squash(
        s.replace(new RegExp(`(?:\\b(?:in|on|during|around|by|from)\\s+)?${found.match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'), ' ')
      )
        .replace(/\s+([,;:.])/g, '$1')
        .replace(/\(\s*\)|\[\s*\]/g, '')
        .replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '')
        .replace(/^\((?![^()]*\))|(?<!\([^()]*)\)$/g, '')
        .trim()
    : s

/** A labelled line that fills a field of the win above it (STAR parts, "Impact:"), not a win of its own. */
const isFieldLine = (line: string) => {
  const l = readLabel(line)
  return !!l && l.field !== 'tag'
}

/**
 * "- **Deploy pipeline rewrite** (March 2025)" with details below: the bold words are the title,
 * like a heading. A bold label ("**Cost:** …") or a bold verb inside a sentence is not.
 */
function boldTitle(item: Tokens.ListItem): { title: string; rest: string } | null {
  const first = item.tokens.find((c) => c.type === 'text' || c.type === 'paragraph') as Tokens.Text | undefined
  const lead = first?.tokens?.[0]
  if (!lead || lead.type !== 'strong') return null
  const title = tidy(inlineText([lead]))
  const rest = tidy(inlineText(first!.tokens!.slice(1)))
  const leftover = stripDate(rest, findDate(rest))
  if (/:$/.test(title) || leftover.replace(/[\s()[\],.;:–—-]+/g, '') !== '') return null
  return { title, rest }
}

type Link = { url: string; label: string }

/** Every http(s) link under a token: kept as the win's evidence. */
function linksIn(tokens: Token[] | undefined, out: Link[] = []): Link[] {
  for (const t of tokens ?? []) {
    if (t.type === 'link' && /^https?:\/\//i.test((t as Tokens.Link).href)) {
      const l = t as Tokens.Link
      out.push({ url: l.href, label: tidy(inlineText(l.tokens)) })
    }
    if ('tokens' in t && t.tokens) linksIn(t.tokens, out)
    if (t.type === 'list') for (const item of (t as Tokens.List).items) linksIn(item.tokens, out)
  }
  return out
}

interface HeadingContext {
  depth: number
  text: string
  date: FoundDate | null
}

interface PendingHeading {
  ctx: HeadingContext
  line: number
  paragraphs: { text: string; line: number }[]
  hadList: boolean
}

const byDateKnownFirst = (a: BragCandidate, b: BragCandidate) =>
  Number(a.datePrecision === 'undated') - Number(b.datePrecision === 'undated')

/**
 * Reads a brag document written in Markdown (structure from marked's lexer, not line regexes):
 * every top-level bullet becomes a win, nested bullets and labelled lines fill its fields;
 * under a heading with no bullets (or only "Situation:/Action:/Result:" lines), the heading is
 * the win. Dates come from the line itself, else from the nearest heading; none found stays
 * undated (listed last). Headings that name a theme become tags. Loopwise's own wins export is
 * read back as the wins it was made from. Nothing is saved here: the user reviews first.
 */
export function parseBragDocument(markdown: string): BragCandidate[] {
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
  if (isWinsExport(tokens)) return readWinsExport(tokens, lineAt).sort(byDateKnownFirst)

  const out: BragCandidate[] = []
  const stack: HeadingContext[] = []
  let pendingHeading: PendingHeading | null = null

  const context = () => {
    const date = [...stack].reverse().find((h) => h.date)?.date ?? null
    const tags = stack.map((h) => themeTag(stripDate(h.text, h.date))).filter((t): t is string => !!t)
    const plan = stack.find((h) => isPlanSection(stripDate(h.text, h.date)))
    return { date, tags, plan: plan?.text }
  }

  const add = (text: string, details: string[], line: number, headingTitle?: string, links: Link[] = []) => {
    // "… checkout ([PRD](https://…))": a link on its own in brackets is evidence, not words of the win.
    const raw = links.reduce((s, l) => s.replace(`(${l.label})`, ' ').replace(`[${l.label}]`, ' '), text)
    const own = findDate(raw)
    const ctx = context()
    const date = own ?? ctx.date
    const cleaned = tidy(stripDate(raw, own))
    if (!cleaned && !headingTitle) return
    const split = splitWin(cleaned, details, headingTitle)
    const scan = scanMetrics([headingTitle ?? '', cleaned, ...details].filter(Boolean).join('\n'))
    const notes: string[] = []
    if (!date) notes.push('No date here or in a heading above: pick one, or keep it undated (listed last).')
    if (ctx.plan) notes.push(`Under “${ctx.plan}”: reads as a plan, not done work, so it is unticked.`)
    if (scan.skipped.length)
      notes.push(
        `Numbers left for you to check (no unit, or not clearly a result, so not made metrics): ${[...new Set(scan.skipped)].slice(0, 5).join(', ')}`
      )
    out.push({
      title: split.title,
      date: date?.date ?? '',
      datePrecision: date?.precision ?? 'undated',
      whatIDid: split.whatIDid.slice(0, 20_000),
      impact: split.impact.slice(0, 20_000),
      metrics: scan.metrics,
      tags: [...new Set([...ctx.tags, ...split.labelTags.map(slug)])].filter(Boolean).slice(0, 20),
      ...(links.length ? { evidence: links.filter((l, i) => links.findIndex((x) => x.url === l.url) === i).slice(0, 20) } : {}),
      line,
      notes,
      keep: !ctx.plan
    })
  }

  const flushHeading = () => {
    const h = pendingHeading
    pendingHeading = null
    if (!h) return
    // Under a heading that had bullets, a paragraph is its own win unless it introduces the list ("This quarter:").
    if (h.hadList) {
      for (const p of h.paragraphs) if (!/:\s*$/.test(p.text)) add(p.text, [], p.line)
      return
    }
    if (h.paragraphs.length === 0) return
    const fieldLines = h.paragraphs.filter((p) => isFieldLine(p.text)).length
    if (isGenericHeading(stripDate(h.ctx.text, h.ctx.date)) && fieldLines === 0) {
      // Under a page title ("2025 brag document", "Other stories") short undated paragraphs are a preamble.
      for (const p of h.paragraphs) if (p.text.length >= 300 || findDate(p.text)) add(p.text, [], p.line)
      return
    }
    // A heading with only paragraphs (or STAR lines) under it is itself the win, unless it is just a date.
    const headingText = tidy(stripDate(h.ctx.text, h.ctx.date))
    if (headingText && !findYearOnly(h.ctx.text)) {
      stack.pop()
      const own = h.ctx.date
      // The heading's own date belongs to the win; the heading leaves the stack so it is not its own tag.
      if (own) stack.push({ depth: h.ctx.depth, text: '', date: own })
      add(
        '',
        h.paragraphs.map((p) => p.text),
        h.line,
        headingText
      )
      if (own) stack.pop()
      stack.push(h.ctx)
    } else for (const p of h.paragraphs) add(p.text, [], p.line)
  }

  const listItemText = (item: Tokens.ListItem): string[] => {
    const own = item.tokens
      .filter((c) => c.type === 'text' || c.type === 'paragraph')
      .map((p) => inlineText((p as Tokens.Text).tokens ?? [p]))
    const nested = item.tokens
      .filter((c): c is Tokens.List => c.type === 'list')
      .flatMap((l) => l.items.map((li) => tidy(listItemText(li).join(' '))))
    return [own.join(' '), ...nested]
  }

  const visit = (token: Token, offset: number) => {
    if (token.type === 'heading') {
      flushHeading()
      const h = token as Tokens.Heading
      const t = tidy(inlineText(h.tokens))
      while (stack.length && stack.at(-1)!.depth >= h.depth) stack.pop()
      const parentYear = [...stack]
        .reverse()
        .find((x) => x.date)
        ?.date?.date.slice(0, 4)
      const titleYear = yearOfTitle(t)
      const date =
        findDate(t) ??
        findYearOnly(t) ??
        (titleYear ? { date: `${titleYear}-01-01`, precision: 'year' as const, match: titleYear } : null) ??
        (parentYear ? findYearless(t, parentYear) : null)
      const ctx = { depth: h.depth, text: t, date }
      stack.push(ctx)
      pendingHeading = { ctx, line: lineAt(offset), paragraphs: [], hadList: false }
      return
    }
    if (token.type === 'list') {
      const items = (token as Tokens.List).items
      const mains = items.map((item) => tidy(listItemText(item)[0] ?? ''))
      // "- **Situation:** … - **Result:** …" under a heading: the parts of one win, the heading's.
      let lead = 0
      while (lead < mains.length && isFieldLine(mains[lead]!)) lead++
      let at = offset
      if (pendingHeading && !pendingHeading.hadList && lead >= 2) {
        for (const item of items.slice(0, lead)) {
          pendingHeading.paragraphs.push({ text: mains[items.indexOf(item)]!, line: lineAt(at) })
          at += item.raw.length
        }
        if (lead === items.length) return
        flushHeading()
      } else lead = 0
      if (pendingHeading) pendingHeading.hadList = true
      for (const item of items.slice(lead)) {
        const line = lineAt(at)
        at += item.raw.length
        const [main, ...details] = listItemText(item)
        const bold = boldTitle(item)
        const links = linksIn(item.tokens)
        if (bold) add(bold.rest, details.filter(Boolean), line, bold.title, links)
        else if (main && tidy(main)) add(main, details.filter(Boolean), line, undefined, links)
        else for (const d of details) if (d) add(d, [], line)
      }
      return
    }
    if (token.type === 'paragraph' || token.type === 'text') {
      const lines = inlineText((token as Tokens.Paragraph).tokens, '\n')
        .split('\n')
        .map(tidy)
        .filter(Boolean)
      // "**Situation:** …⏎**Task:** …" typed as one paragraph: each labelled line is its own part.
      if (pendingHeading && lines.filter(isFieldLine).length >= 2) {
        for (const [i, l] of lines.entries()) pendingHeading.paragraphs.push({ text: l, line: lineAt(offset) + i })
        return
      }
      const t = tidy(lines.join(' '))
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
  return out.sort(byDateKnownFirst)
}
