import type { Competency, RubricCriterion } from '../../../../../../shared/domain/interview'

/** One labelled pair: the better answer, a worse one, and the criterion they were written to differ on. */
export interface AnswerPair {
  id: string
  /** The trick the worse answer plays (or the weakness it has). */
  trick: string
  question: string
  competency: Competency
  targetLevel: string
  criterion: RubricCriterion
  better: string
  worse: string
}

/**
 * One story told in swappable parts. The base answer is situation, task, actions, result, scope
 * and lesson; each trick swaps one part for its weaker twin, so a pair differs where its label says.
 */
export interface Story {
  id: string
  question: string
  competency: Competency
  targetLevel?: string
  situation: string
  /** The same scene told as how things usually go, with no moment or names. */
  vagueSituation: string
  task: string
  /** What the speaker did: agent-of-action verbs. */
  actions: string
  /** Someone who was there: observation verbs ("I was in", "I saw"). */
  observer: string
  /** Doing as told, no decision of one's own. */
  passive: string
  /** The actions as buzzwords: no artefact, no moment. */
  genericActions: string
  /** The actions with fillers a fixed list misses (erm, right?, I guess) and repetition. */
  fillered: string
  /** The result with a before and after, in digits. */
  result: string
  /** The same result in words ("from nine days to three", "half of what it had been"). */
  resultWords: string
  resultVague: string
  /** A number that measures nothing ("velocity from 0 to 1", "20 to 95 on engagement"). */
  resultFake: string
  /** Who was affected and how many. */
  scope: string
  /** Titles and big words without anyone affected ("the CEO", "company-wide"). */
  scopeTitles: string
  /** A stated change in behaviour, in any wording. */
  lesson: string
  /** Cue words with no change ("I learned a lot", "I care too much"). */
  lessonFluff: string
  /** Sentences that carry no situation, action or result. */
  padding: string
}
