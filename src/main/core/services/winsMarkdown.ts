import type { Metric, Win } from '../../../shared/domain/win'

export const formatMetricText = (m: Metric) =>
  `${m.label}: ${m.baseline !== undefined ? `${m.baseline} → ` : ''}${m.value}${m.unit ? ` ${m.unit}` : ''}`

/** Wins as a brag document someone can paste anywhere; newest first, grouped by quarter. */
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
    out.push(`### ${w.title} (${w.date})`, '')
    if (w.whatIDid) out.push(w.whatIDid, '')
    if (w.impact) out.push(`**Impact:** ${w.impact}`, '')
    for (const m of w.metrics) out.push(`- ${formatMetricText(m)}`)
    if (w.metrics.length) out.push('')
    const meta = [
      w.scope !== 'self' ? `Scope: ${w.scope}` : '',
      w.stakeholders.length ? `With: ${w.stakeholders.join(', ')}` : '',
      w.tags.length ? `Tags: ${w.tags.join(', ')}` : ''
    ]
      .filter(Boolean)
      .join(' · ')
    if (meta) out.push(`_${meta}_`, '')
    for (const e of w.evidence) out.push(`- [${e.label || e.url}](${e.url})`)
    if (w.evidence.length) out.push('')
  }
  return out.join('\n').trimEnd() + '\n'
}
