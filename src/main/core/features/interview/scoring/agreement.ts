import { RUBRIC_CRITERIA, type RubricCriterion, type RubricFeedback } from '../../../../../shared/domain/interview'
import type { AnswerPair } from './corpus/types'
import { scoreAnswer } from './score'
import { WEIGHTS } from './weights'

export interface ScoredPair {
  pair: AnswerPair
  better: RubricFeedback
  worse: RubricFeedback
}

export const scorePairs = (pairs: AnswerPair[], weights: Record<RubricCriterion, number> = WEIGHTS): ScoredPair[] =>
  pairs.map((pair) => {
    const score = (answer: string) =>
      scoreAnswer({ question: pair.question, competency: pair.competency, answer, targetLevel: pair.targetLevel }, weights)
    return { pair, better: score(pair.better), worse: score(pair.worse) }
  })

const crit = (f: RubricFeedback, c: RubricCriterion) => f.criteria.find((x) => x.id === c)!.score

export interface Agreement {
  pairs: number
  /** Share of pairs where the better answer scores strictly higher overall. */
  overall: number
  /** Share of pairs where it scores strictly higher on the labelled criterion. */
  criterion: number
  byCriterion: Partial<Record<RubricCriterion, { pairs: number; agree: number }>>
  misses: { id: string; on: 'overall' | 'criterion'; better: number; worse: number }[]
}

/** How often the scorer agrees with the labels: ties count as disagreement. */
export function agreement(scored: ScoredPair[]): Agreement {
  const byCriterion: Agreement['byCriterion'] = {}
  const misses: Agreement['misses'] = []
  let overall = 0
  let criterion = 0
  for (const { pair, better, worse } of scored) {
    const c = pair.criterion
    const row = (byCriterion[c] ??= { pairs: 0, agree: 0 })
    row.pairs++
    if (better.overall > worse.overall) overall++
    else misses.push({ id: pair.id, on: 'overall', better: better.overall, worse: worse.overall })
    if (crit(better, c) > crit(worse, c)) {
      criterion++
      row.agree++
    } else misses.push({ id: pair.id, on: 'criterion', better: crit(better, c), worse: crit(worse, c) })
  }
  const n = Math.max(1, scored.length)
  return { pairs: scored.length, overall: overall / n, criterion: criterion / n, byCriterion, misses }
}

export const describeAgreement = (name: string, a: Agreement) =>
  [
    `${name}: ${a.pairs} pairs — overall ${(a.overall * 100).toFixed(1)}%, on the labelled criterion ${(a.criterion * 100).toFixed(1)}%`,
    `  by criterion: ${RUBRIC_CRITERIA.filter((c) => a.byCriterion[c])
      .map((c) => `${c} ${a.byCriterion[c]!.agree}/${a.byCriterion[c]!.pairs}`)
      .join(', ')}`
  ].join('\n')
