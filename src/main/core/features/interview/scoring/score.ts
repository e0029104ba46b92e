import {
  CRITERION_LABELS,
  RUBRIC_CRITERIA,
  type Competency,
  type RubricCriterion,
  type RubricFeedback
} from '../../../../../shared/domain/interview'
import type { Ladder } from '../../../../../shared/domain/ladder'
import { analyse } from './analyse'
import * as c from './criteria'
import { WEIGHTS } from './weights'

export interface RubricInput {
  question: string
  competency?: Competency
  answer: string
  /** e.g. "Senior", "Staff (L6)"; empty means senior-IC expectations. */
  targetLevel?: string
  /** The user's ladder (Promo), which sets the scope bar for the target level; the built-in one when absent. */
  ladder?: Ladder
}

/** Below this fit the answer is about something else; the overall score cannot rise far above fit. */
export const OFF_TOPIC_FIT = 40
const offTopicCap = (fit: number) => 20 + fit

export function combine(scores: Record<RubricCriterion, number>, weights: Record<RubricCriterion, number> = WEIGHTS): number {
  const total = RUBRIC_CRITERIA.reduce((n, id) => n + weights[id], 0)
  const weighted = RUBRIC_CRITERIA.reduce((n, id) => n + scores[id] * weights[id], 0) / total
  return Math.round(scores.fit < OFF_TOPIC_FIT ? Math.min(weighted, offTopicCap(scores.fit)) : weighted)
}

/**
 * Rubric v2: offline and deterministic. It reads what the answer says (who acts, what was
 * measured against what, what changed in the speaker's behaviour, what the question asked)
 * rather than counting cue words; every criterion quotes the answer word for word.
 */
export function scoreAnswer(input: RubricInput, weights: Record<RubricCriterion, number> = WEIGHTS): RubricFeedback {
  const a = analyse(input.answer)
  const fit = c.fit(a, input.question, input.competency)
  const d = c.delivery(a, fit.intent)
  const results: Record<RubricCriterion, c.Scored> = {
    structure: c.structure(a, fit.intent),
    ownership: c.ownership(a, fit.intent),
    specificity: c.specificity(a),
    measurableResult: c.measurableResult(a, fit.intent),
    scope: c.scope(a, input.targetLevel ?? '', fit.intent, input.ladder),
    reflection: c.reflection(a, fit.intent),
    fit: { score: fit.score, reason: fit.reason, quote: fit.quote, tip: fit.tip },
    delivery: { score: d.score, reason: d.reason, quote: d.quote, tip: d.tip }
  }
  const criteria = RUBRIC_CRITERIA.map((id) => {
    const r = results[id]
    return {
      id,
      label: CRITERION_LABELS[id],
      score: Math.round(r.score),
      reason: r.reason,
      quote: r.quote,
      tip: r.tip,
      ...(r.flag ? { flag: r.flag } : {})
    }
  })
  const scores = Object.fromEntries(criteria.map((x) => [x.id, x.score])) as Record<RubricCriterion, number>
  const overall = combine(scores, weights)
  // The one thing to work on: the criterion that costs this answer the most, a deep gap more than several shallow ones.
  const cost = (x: (typeof criteria)[number]) => (100 - x.score) ** 2 * weights[x.id]
  const weakest = [...criteria].sort((x, y) => cost(y) - cost(x))[0]!
  const offTopic = scores.fit < OFF_TOPIC_FIT
  const focus = offTopic ? criteria.find((x) => x.id === 'fit')! : weakest
  return {
    overall,
    criteria,
    stats: d.stats,
    engine: 'builtin',
    focus: { criterion: focus.id, tip: focus.tip, quote: focus.quote, ...(offTopic ? { capped: true } : {}) }
  }
}
