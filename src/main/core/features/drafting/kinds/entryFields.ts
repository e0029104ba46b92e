import { isMeasured, VAGUE_MEASURE_WORDS } from '../../../base/quantities'

/**
 * Entries carry prompt text as "Label: value" lines (see context/winEntries.ts). Built-in
 * templates read them back by label so they stay agnostic of which store entity made them.
 */
export function entryFields(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const m = /^([A-Z][A-Za-z ]{0,30}):\s*(.*)$/.exec(line.trim())
    if (m) out[m[1]!.toLowerCase()] = m[2]!.trim()
  }
  return out
}

const VAGUE = /\b(improv\w*|help\w*|better|support\w*|work\w* on|contribut\w*|assist\w*|various|several|some|many|faster|smoother|great)\b/i

/**
 * Impact is vague when nothing measures it: no metrics and no change, multiple or amount in the
 * text ("improved measurably in 90 days" holds a when, not a how much), or when it is empty.
 */
export const isVagueImpact = (impact: string, metrics: string) =>
  !metrics && (!impact || (!isMeasured(impact) && (impact.length < 60 || VAGUE.test(impact) || VAGUE_MEASURE_WORDS.test(impact))))

export const IMPACT_QUESTION = 'What changed, for whom, by how much?'
