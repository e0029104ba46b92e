import type { RubricCriterion } from '../../../../../shared/domain/interview'

/**
 * Overall-score weights, chosen by ./fitWeights.ts on the development corpus only (see
 * docs/interview.md). Rerun `npx tsx src/main/core/features/interview/scoring/fitWeights.ts`
 * after changing a criterion and paste its output here. Fit weighs little on its own because an
 * off-topic answer is capped instead (score.ts): no weight lets a good story win the wrong question.
 */
export const WEIGHTS: Record<RubricCriterion, number> = {
  structure: 11,
  ownership: 8,
  specificity: 19,
  measurableResult: 20,
  scope: 12,
  reflection: 14,
  fit: 8,
  delivery: 15
}
