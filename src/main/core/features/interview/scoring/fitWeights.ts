/**
 * Chooses the overall-score weights on the development corpus only (never the hold-out):
 * a deterministic random search over whole-number weights, keeping the set with the best
 * overall agreement and, among equals, the widest average margin between better and worse.
 * Run: npx tsx src/main/core/features/interview/scoring/fitWeights.ts
 */
import { RUBRIC_CRITERIA, type RubricCriterion } from '../../../../../shared/domain/interview'
import { scorePairs } from './agreement'
import { DEVELOPMENT_PAIRS } from './corpus/development'
import { combine } from './score'
import { WEIGHTS } from './weights'
import { seededRandom } from '../../../base/seededRandom'

type Weights = Record<RubricCriterion, number>

/** Criterion scores do not depend on the weights, so score once and recombine. */
const rows = scorePairs(DEVELOPMENT_PAIRS).map(({ better, worse }) => {
  const of = (f: typeof better) => Object.fromEntries(f.criteria.map((c) => [c.id, c.score])) as Record<RubricCriterion, number>
  return { better: of(better), worse: of(worse) }
})

export function evaluate(w: Weights) {
  let agree = 0
  let margin = 0
  for (const r of rows) {
    const d = combine(r.better, w) - combine(r.worse, w)
    if (d > 0) agree++
    margin += Math.min(d, 10)
  }
  return { agree: agree / rows.length, margin: margin / rows.length }
}

export function search(trials = 3000, seed = 14) {
  const rand = seededRandom(seed)
  let best = { w: WEIGHTS, ...evaluate(WEIGHTS) }
  for (let i = 0; i < trials; i++) {
    // Each criterion keeps between 7 and 20 of about 100: the corpus has more pairs on some
    // criteria than others, and an unbounded fit would switch the rarer ones off.
    const w = Object.fromEntries(RUBRIC_CRITERIA.map((c) => [c, 7 + Math.round(rand() * 13)])) as Weights
    const e = evaluate(w)
    if (e.agree > best.agree || (e.agree === best.agree && e.margin > best.margin)) best = { w, ...e }
  }
  return best
}

if (process.argv[1]?.endsWith('fitWeights.ts')) {
  const before = evaluate(WEIGHTS)
  const best = search()
  console.log(`current weights: overall agreement ${(before.agree * 100).toFixed(1)}%, mean margin ${before.margin.toFixed(2)}`)
  console.log(`best found:      overall agreement ${(best.agree * 100).toFixed(1)}%, mean margin ${best.margin.toFixed(2)}`)
  console.log(JSON.stringify(best.w, null, 2))
}
