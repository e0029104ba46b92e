import type { Metric, Win } from '../../../../shared/domain/win'
import { mdLines, mdLink, mdText } from '../../base/markdown/safeMarkdown'
import { quarterNumber } from '../../base/clock'

const withQualifier = (n: number, q: Metric['qualifier']) => `${q ? `${q} ` : ''}${n}`

/** "CI time: about 22 → 7 minutes": read back exactly by winsMarkdownReader. */
export const formatMetricText = (m: Metric) =>
  `${m.label}: ${m.baseline !== undefined ? `${withQualifier(m.baseline, m.baselineQualifier)} → ` : ''}${withQualifier(m.value, m.qualifier)}${
    m.unit ? ` ${m.unit}` : ''
  }`

/** The date as precisely as it was written: "2025-03-14", "2025-03", "Q1 2025", "H2 2024", "2024". */
export function formatWinDate(w: Pick<Win, 'date' | 'datePrecision'>): string {
  const y = w.date.slice(0, 4)
  const month = Number(w.date.slice(5, 7))
  switch (w.datePrecision) {
    case 'month':
      return w.date.slice(0, 7)
    case 'quarter':
      return `Q${quarterNumber(w.date)} ${y}`
    case 'half':
      return `H${month <= 6 ? 1 : 2} ${y}`
    case 'year':
      return y
    case 'undated':
      return ''
    default:
      return w.date
  }
}

export const UNDATED_HEADING = 'Undated'

/**
 * Wins as a brag document someone can paste anywhere; newest first, grouped by quarter, undated
 * wins last under their own heading. Everything typed goes through the escaping helper, links
 * only from real http(s) addresses. Loopwise reads this layout back as the same wins.
 */
export function winsToMarkdown(wins: Win[]): string {
  const undated = (w: Win) => w.datePrecision === 'undated'
  const sorted = [...wins].sort((a, b) => Number(undated(a)) - Number(undated(b)) || b.date.localeCompare(a.date))
  const out: string[] = ['# Wins', '']
  let group = ''
  for (const w of sorted) {
    const g = undated(w) ? UNDATED_HEADING : `${w.date.slice(0, 4)} Q${quarterNumber(w.date)}`
    if (g !== group) {
      out.push(`## ${g}`, '')
      group = g
    }
    const when = formatWinDate(w)
    out.push(`### ${mdText(w.title)}${when ? ` (${when})` : ''}`, '')
    if (w.whatIDid.trim()) out.push(mdLines(w.whatIDid), '')
    if (w.impact.trim()) out.push(`**Impact:** ${mdLines(w.impact)}`, '')
    for (const m of w.metrics) out.push(`- ${mdText(formatMetricText(m))}`)
    if (w.metrics.length) out.push('')
    const meta = [
      w.scope !== 'self' ? `Scope: ${w.scope}` : '',
      w.stakeholders.length ? `With: ${w.stakeholders.join(', ')}` : '',
      w.tags.length ? `Tags: ${w.tags.join(', ')}` : ''
    ]
      .filter(Boolean)
      .join(' · ')
    if (meta) out.push(`_${mdText(meta)}_`, '')
    for (const e of w.evidence) out.push(`- ${mdLink(e.label, e.url)}`)
    if (w.evidence.length) out.push('')
  }
  return out.join('\n').trimEnd() + '\n'
}
