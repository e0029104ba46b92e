import type { ContextEntry } from '../../../../../shared/domain/contextEntry'
import type { Win } from '../../../../../shared/domain/win'

// The exact value the user typed, with its hedge ("about 250", "under 1%"): a prompt that drops
// "about" hands the model a precision the user never claimed. "80%" and "3x" are one token.
const amount = (value: number, unit: string, qualifier?: string) =>
  `${qualifier ? `${qualifier} ` : ''}${value}${!unit ? '' : /^(?:%|x)$/i.test(unit) ? unit : ` ${unit}`}`
// "from 12% to 18%" reads as one change of one measure, for a person, a model and the trust guard alike.
const formatMetric = (m: Win['metrics'][number]) =>
  m.baseline !== undefined
    ? `${m.label}: from ${amount(m.baseline, m.unit, m.baselineQualifier)} to ${amount(m.value, m.unit, m.qualifier)}`
    : `${m.label}: ${amount(m.value, m.unit, m.qualifier)}`

/**
 * Wins as prompt-safe context entries. Wins hold nothing private today; if a private field is
 * ever added to a win it must be left out here — this is the only door to the models.
 */
export function winToEntry(win: Win): ContextEntry {
  const lines = [
    win.impact.trim() && `Impact: ${win.impact.trim()}`,
    win.whatIDid.trim() && `What I did: ${win.whatIDid.trim()}`,
    win.metrics.length > 0 && `Metrics: ${win.metrics.map(formatMetric).join('; ')}`,
    `Scope: ${win.scope}`,
    win.stakeholders.length > 0 && `For: ${win.stakeholders.join(', ')}`
  ].filter(Boolean)
  return {
    id: win.id,
    kind: 'win',
    date: win.date,
    ...(win.datePrecision === 'undated' ? { undated: true } : {}),
    title: win.title,
    text: lines.join('\n'),
    tags: win.tags,
    linkedIds: win.commitmentId ? [win.commitmentId] : [],
    ...(win.metrics.length > 0
      ? {
          metrics: win.metrics.map((m) => ({
            label: m.label,
            value: m.value,
            unit: m.unit,
            ...(m.baseline !== undefined ? { baseline: m.baseline } : {})
          }))
        }
      : {})
  }
}

export const winEntries = (wins: readonly Win[]): ContextEntry[] => wins.map(winToEntry)
