import type { RubricCriterion } from '../../../../../shared/domain/interview'

/**
 * Overall-score weights, chosen by ./fitWeights.ts on the development corpus only (see
 * docs/interview.md). Rerun `npx tsx src/main/core/features/interview/scoring/fitWeights.ts`
 * after changing a criterion and paste its output here.
 */
export const WEIGHTS: Record<RubricCriterion, number> = {
  structure: 12,
  ownership: 15,
  specificity: 12,
  measurableResult: 15,
  scope: 10,
  reflection: 10,
  fit: 16,
  delivery: 10
}
