import type { Metric, Win } from '../../../shared/domain/win'
import { mdLines, mdLink, mdText } from '../markdown/safeMarkdown'

export const formatMetricText = (m: Metric) =>
  `${m.label}: ${m.baseline !== undefined ? `${m.baseline} → ` : ''}${m.value}${m.unit ? ` ${m.unit}` : ''}`

/**
 * Wins as a brag document someone can paste anywhere; newest first, grouped by quarter.
 * Everything typed goes through the escaping helper, links only from real http(s) addresses.
 */
export function winsToMarkdown(wins: Win[]): string {
  const sorted = [...wins].sort((a, b) => b.date.localeCompare(a.date))
  const out: string[] = ['# Wins', '']
  let quarter = ''
  for (const w of sorted) {
    const q = `${w.date.slice(0, 4)} Q${Math.floor((Number(w.date.slice(5, 7)) - 1) / 3) + 1}`
    if (q !== quarter) {
      out.push(`## ${q}`, '')
      quarter = q
    }
    out.push(`### ${mdText(w.title)} (${w.date})`, '')
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
