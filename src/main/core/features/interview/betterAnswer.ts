import type { Competency, ImprovedAnswer, Question } from '../../../../shared/domain/interview'
import type { Win } from '../../../../shared/domain/win'
import type { LinkedCommitment } from '../impact/impactRewrite'
import { improvedAnswer } from './improvedAnswer'
import { scoreAnswer } from './scoring/score'
import type { Ladder } from '../../../../shared/domain/ladder'

/** Placeholders are questions for the user, not content: they earn the draft nothing. */
export const withoutPlaceholders = (text: string) =>
  text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()

export interface BetterAnswerInput {
  question: Pick<Question, 'text' | 'competency' | 'winId'>
  wins: Win[]
  commitments?: readonly (LinkedCommitment & { outcome?: string })[]
  /** The user's own answer: the draft is shown only if it scores at least as high. */
  answer?: string
  targetLevel?: string
  /** The user's ladder: the scope bar both answers are scored against. */
  ladder?: Ladder
}

/**
 * A better answer that is better: drafted from the user's history, then scored on the same
 * rubric as their answer (placeholders removed). If it does not score at least as high, it is
 * not shown; the user is told what their history is missing instead.
 */
export function betterAnswer({ question, wins, commitments = [], answer, targetLevel = '', ladder }: BetterAnswerInput): ImprovedAnswer {
  const draft = improvedAnswer(question, wins, commitments)
  if (!draft.text || !answer?.trim()) return draft
  const score = (text: string) =>
    scoreAnswer({ question: question.text, competency: question.competency as Competency, answer: text, targetLevel, ladder })
  const mine = score(answer)
  const theirs = score(withoutPlaceholders(draft.text))
  const check = { answerScore: mine.overall, draftScore: theirs.overall, shown: theirs.overall >= mine.overall }
  if (check.shown) return { ...draft, check }
  // Where the user's answer beats the history: the things to log on the win before a draft can help.
  const missing = mine.criteria
    .map((c) => ({ c, d: theirs.criteria.find((x) => x.id === c.id)! }))
    .filter(({ c, d }) => c.score - d.score >= 10)
    .sort((x, y) => y.c.score - y.d.score - (x.c.score - x.d.score))
    .slice(0, 3)
    .map(({ c, d }) => `${c.label}: your answer has it (“${c.quote}”); your history does not (${d.reason.replace(/\.$/, '')}).`)
  return {
    text: '',
    sources: draft.sources,
    gaps: [
      `Your answer scores ${mine.overall}; a draft from your history would score ${theirs.overall}, so it is not shown.`,
      ...missing,
      ...draft.gaps
    ],
    check
  }
}
