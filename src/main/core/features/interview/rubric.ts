/**
 * The built-in interview rubric. Version 2 lives in core/features/interview/scoring (it reads
 * who acts, what was measured against what and what the question asked, rather than cue
 * words); this module keeps the old import path for the interview service and the tests.
 */
export { scoreAnswer, type RubricInput } from './scoring/score'
