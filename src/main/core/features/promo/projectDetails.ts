import type { PacketDetail } from '../../../../shared/domain/promo'
import type { Win } from '../../../../shared/domain/win'
import { formatAmount, formatMetric, labelInSentence, listOf, phraseForms } from '../../base/english'
import { measureQuestion, METRIC_PLACEHOLDER } from '../impact/impactRewrite'
import { SITUATION } from '../impact/rubricCues'
import { splitSentences, stripEndPunct } from '../../base/text'

/** A sentence stating what was wrong before: a state, not an act of the author. */
const PROBLEM_STATE =
  /\b(?:because|problem|issue|blocked|broken|failing|flaky|too (?:many|much|slow)|no one|nobody|couldn['’]t|could not|was eating|wasted|kept (?:failing|breaking)|(?:was|were) (?:slow|manual|painful|losing|taking|stuck|missing))\b/i

// "Wrote rules for…", "Volunteered in Q3 when…", "I designed…": what I did, never the problem.
const isAct = (s: string) => /^(?:i|we)\b/i.test(s) || phraseForms(s).shape === 'verb'

const DECISION =
  /\b(?:decided|chose|proposed|recommended|pushed|prioriti[sz]ed|designed|split|cut|picked|traded|argued|set|defined|planned|sequenced|made the)\b/i

// formatMetric writes a share as "80% of doc used", which the numbers guard does not tie back to
// its label ("Share of doc used"); "share of doc used (80%)" reads as well and stays checkable.
export const metricPhrase = (m: Win['metrics'][number]) =>
  /^(?:share|percent|percentage|portion|proportion|fraction) of /i.test(m.label.trim()) && m.baseline === undefined
    ? `${labelInSentence(m.label)} (${formatAmount(m.value, m.unit)})`
    : formatMetric(m)

const detail = (label: string, text: string, w: Win, missing = false): PacketDetail => ({ label, text, sourceIds: [w.id], missing })

/**
 * Problem / My decisions / Complexity / Measured impact, each filled only from the field that
 * holds that kind of text, a visible [placeholder?] otherwise.
 */
export function projectDetails(w: Win): PacketDetail[] {
  const all = [...splitSentences(w.whatIDid), ...splitSentences(w.impact)].map((s) => s.text)
  const problem = all.find((s) => !isAct(s) && (PROBLEM_STATE.test(s) || SITUATION.test(s.toLowerCase())))
  const acts = splitSentences(w.whatIDid)
    .map((s) => s.text)
    .filter((s) => s !== problem)
  const decided = acts.filter((s) => DECISION.test(s))
  const metrics = w.metrics.map(metricPhrase)
  const impact = stripEndPunct(w.impact)
  const reach = { self: '', team: 'one team', org: 'several teams', company: 'the whole company' }[w.scope]
  const complexity = [reach ? `Reached ${reach}` : '', w.stakeholders.length ? `worked with ${listOf(w.stakeholders)}` : ''].filter(Boolean)
  return [
    problem ? detail('Problem', problem, w) : detail('Problem', '[problem? what was wrong or at stake before]', w, true),
    acts.length
      ? detail('My decisions', (decided.length ? decided : acts).join(' '), w)
      : detail('My decisions', '[which calls were yours, and why?]', w, true),
    complexity.length
      ? detail(
          'Complexity',
          `${complexity.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
          w
        )
      : detail('Complexity', '[what made it hard: how many teams, systems or unknowns?]', w, true),
    impact || metrics.length
      ? {
          ...detail('Measured impact', [impact, metrics.length ? `Measured: ${listOf(metrics)}` : ''].filter(Boolean).join('. ') + '.', w),
          // An applied rewrite may still hold an unanswered [placeholder?].
          missing: /\[[^\]]*\?\]/.test(w.impact)
        }
      : detail('Measured impact', `${METRIC_PLACEHOLDER} ${measureQuestion(w)}`, w, true)
  ]
}
