import type { Token, Tokens } from 'marked'
import { QUALIFIERS, SCOPES, type Metric, type Win } from '../../../../shared/domain/win'
import type { BragCandidate } from './bragImport'
import { inlineText } from './bragMarkdownText'
import { UNDATED_HEADING } from './winsMarkdown'

/**
 * Loopwise's own wins export (winsMarkdown.ts) read back as the wins it was written from: the
 * "### Title (date)" headings, the Impact paragraph, metric bullets, the Scope/With/Tags line
 * and evidence links are fields, not more wins.
 */

const QUAL = `(?:(${QUALIFIERS.join('|')}) )?`
const NUM = '(-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)'
const METRIC_LINE = new RegExp(`^(.+?): (?:${QUAL}${NUM} → )?${QUAL}${NUM}(?: (.+))?$`)
const DATE_IN_HEADING = /\s\((\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|Q[1-4] \d{4}|H[12] \d{4}|\d{4})\)$/
const GROUP = new RegExp(`^(?:\\d{4} Q[1-4]|${UNDATED_HEADING})$`)

type Precision = BragCandidate['datePrecision']

function readDate(text: string): { date: string; precision: Precision } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text, precision: 'day' }
  if (/^\d{4}-\d{2}$/.test(text)) return { date: `${text}-01`, precision: 'month' }
  const qh = /^([QH])([1-4]) (\d{4})$/.exec(text)
  if (qh) {
    const month = qh[1] === 'Q' ? (Number(qh[2]) - 1) * 3 + 1 : qh[2] === '1' ? 1 : 7
    return { date: `${qh[3]}-${String(month).padStart(2, '0')}-01`, precision: qh[1] === 'Q' ? 'quarter' : 'half' }
  }
  return { date: `${text}-01-01`, precision: 'year' }
}

export function readMetricLine(line: string): Metric | null {
  const m = METRIC_LINE.exec(line.trim())
  if (!m) return null
  return {
    label: m[1]!,
    value: Number(m[5]),
    unit: m[6] ?? '',
    ...(m[3] !== undefined ? { baseline: Number(m[3]) } : {}),
    ...(m[4] ? { qualifier: m[4] as Metric['qualifier'] } : {}),
    ...(m[2] ? { baselineQualifier: m[2] as Metric['qualifier'] } : {})
  }
}

/** True when the document has the export's shape: "# Wins", quarter (or Undated) groups, "###" wins. */
export function isWinsExport(tokens: Token[]): boolean {
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading')
  return (
    headings[0]?.depth === 1 &&
    headings[0].text.trim() === 'Wins' &&
    headings.some((h) => h.depth === 3) &&
    headings.every((h) => h.depth !== 2 || GROUP.test(h.text.trim())) &&
    headings.every((h) => h.depth <= 3)
  )
}

export function readWinsExport(tokens: Token[], lineAt: (offset: number) => number): BragCandidate[] {
  const out: BragCandidate[] = []
  let undatedGroup = false
  let win: BragCandidate | null = null
  let offset = 0
  for (const token of tokens) {
    const at = offset
    offset += token.raw.length
    if (token.type === 'heading') {
      const h = token as Tokens.Heading
      const text = inlineText(h.tokens).trim()
      if (h.depth === 2) undatedGroup = text === UNDATED_HEADING
      if (h.depth !== 3) continue
      const dated = undatedGroup ? null : DATE_IN_HEADING.exec(text)
      const when = dated ? readDate(dated[1]!) : { date: '', precision: 'undated' as const }
      win = {
        title: dated ? text.slice(0, dated.index) : text,
        date: when.date,
        datePrecision: when.precision,
        whatIDid: '',
        impact: '',
        metrics: [],
        tags: [],
        line: lineAt(at),
        notes: when.precision === 'undated' ? ['Undated in the export: pick a date, or keep it undated.'] : [],
        keep: true
      }
      out.push(win)
      continue
    }
    if (!win) continue
    if (token.type === 'paragraph') {
      const p = token as Tokens.Paragraph
      const only = p.tokens.length === 1 ? p.tokens[0]! : null
      const text = inlineText(p.tokens, '\n')
      if (p.tokens[0]?.type === 'strong' && /^Impact:$/.test(inlineText([p.tokens[0]]))) {
        win.impact = text.replace(/^Impact:\s*/, '')
      } else if (only?.type === 'em' && /^(?:Scope|With|Tags): /.test(text)) {
        for (const part of text.split(' · ')) {
          const [key, ...rest] = part.split(': ')
          const value = rest.join(': ')
          if (key === 'Scope' && (SCOPES as readonly string[]).includes(value)) win.scope = value as Win['scope']
          if (key === 'With') win.stakeholders = value.split(', ').filter(Boolean)
          if (key === 'Tags') win.tags = value.split(', ').filter(Boolean)
        }
      } else win.whatIDid = win.whatIDid ? `${win.whatIDid}\n\n${text}` : text
      continue
    }
    if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) {
        const inline = (item.tokens[0] as Tokens.Text | undefined)?.tokens ?? []
        const link = inline.length === 1 && inline[0]!.type === 'link' ? (inline[0] as Tokens.Link) : null
        if (link && /^https?:\/\//i.test(link.href)) {
          const label = inlineText(link.tokens)
          // The export percent-encodes the brackets a Markdown destination cannot hold; URL.href keeps them literal.
          const url = link.href.replace(/%(28|29|5B|5D)/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
          ;(win.evidence ??= []).push({ url, label: label === url ? '' : label })
          continue
        }
        const metric = readMetricLine(inlineText(inline))
        if (metric) win.metrics.push(metric)
        else win.whatIDid = `${win.whatIDid ? `${win.whatIDid}\n` : ''}- ${inlineText(inline)}`
      }
    }
  }
  return out
}
