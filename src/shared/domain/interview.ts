import { z } from 'zod'
import { entityId, longText, timestamp } from './common'

export const COMPETENCIES = [
  'ownership',
  'bias-for-action',
  'deliver-results',
  'earn-trust',
  'dive-deep',
  'disagree-and-commit',
  'learning-from-failure',
  'beyond-assigned'
] as const
export type Competency = (typeof COMPETENCIES)[number]
export const COMPETENCY_LABELS: Record<Competency, string> = {
  ownership: 'Ownership',
  'bias-for-action': 'Bias for action',
  'deliver-results': 'Deliver results',
  'earn-trust': 'Earn trust',
  'dive-deep': 'Dive deep',
  'disagree-and-commit': 'Disagree and commit',
  'learning-from-failure': 'Learning from failure',
  'beyond-assigned': 'Going beyond assigned work'
}

/**
 * How an answer is timed, the same on the screen (the live timer) and in the rubric's delivery
 * score: spoken at about 130 words a minute, aiming for two minutes, full marks from 90 to 150
 * seconds; a sentence over 40 words is hard to follow out loud.
 */
export const SPEAKING = {
  wordsPerMinute: 130,
  targetSeconds: 120,
  shortestSeconds: 90,
  longestSeconds: 150,
  longSentenceWords: 40
} as const

/** The level answers are judged against until the profile names a target level. */
export const DEFAULT_TARGET_LEVEL = 'Senior'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%$.,-]*/gu

/** Words as a listener hears them: "3.5%", "don't" and "$1.2M" are one word each. */
export const countWords = (text: string) => (text.match(WORD) ?? []).length

/** Seconds it takes to say this many words. */
export const speakingSeconds = (words: number) => Math.round((words / SPEAKING.wordsPerMinute) * 60)

/** 125 → "2:05". */
export const formatMinutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds) % 60).padStart(2, '0')}`

export const RUBRIC_CRITERIA = [
  'structure',
  'ownership',
  'specificity',
  'measurableResult',
  'scope',
  'reflection',
  'fit',
  'delivery'
] as const
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number]
export const CRITERION_LABELS: Record<RubricCriterion, string> = {
  structure: 'Structure (STAR)',
  ownership: 'Ownership (what you did)',
  specificity: 'Specificity (one real event)',
  measurableResult: 'Measurable result',
  scope: 'Scope for the target level',
  reflection: 'Reflection',
  fit: 'Fit to the question',
  delivery: 'Delivery (length, fillers, rambling)'
}

export const questionSchema = z.object({
  id: z.string(),
  text: z.string(),
  competency: z.enum(COMPETENCIES),
  source: z.enum(['bank', 'win']),
  /** The win a "Tell me about the time you…" question was made from. */
  winId: z.string().optional()
})
export type Question = z.infer<typeof questionSchema>

export const criterionFeedbackSchema = z.object({
  id: z.enum(RUBRIC_CRITERIA),
  label: z.string(),
  /** 0–100. */
  score: z.number().int().min(0).max(100),
  /** Why, in a sentence a person can act on. */
  reason: z.string(),
  /** Exact words from the answer the reason points at ('' only when the answer is empty). */
  quote: z.string(),
  /** The one thing to do next time. */
  tip: z.string(),
  /** A warning that must not be papered over (e.g. no measurable result). */
  flag: z.string().optional()
})

export const deliveryStatsSchema = z.object({
  words: z.number().int(),
  /** Estimated speaking time at about 130 words a minute. */
  speakingSeconds: z.number().int(),
  targetSeconds: z.number().int(),
  fillers: z.array(z.object({ word: z.string(), count: z.number().int() })),
  longSentences: z.number().int()
})

export const rubricFeedbackSchema = z.object({
  overall: z.number().int().min(0).max(100),
  criteria: z.array(criterionFeedbackSchema),
  stats: deliveryStatsSchema,
  /** Who scored it: the built-in rubric, or the configured LLM checked by the rubric. */
  engine: z.enum(['builtin', 'llm']),
  /** Set when an LLM engine was asked to grade. */
  grader: z
    .object({
      model: z.string(),
      /** Criteria where the engine's score was overruled by the offline checks, and why. */
      overruled: z.array(z.string()),
      /** Why the engine's grade could not be used (the built-in scores are shown). */
      failed: z.string().optional()
    })
    .optional(),
  /**
   * The one thing to work on: the criterion that costs this answer the most for this question,
   * its tip and the words it points at. Absent on attempts saved before rubric v2.
   */
  focus: z
    .object({
      criterion: z.enum(RUBRIC_CRITERIA),
      tip: z.string(),
      quote: z.string(),
      /** The answer is about something else, so the overall score was capped. */
      capped: z.boolean().optional()
    })
    .optional()
})
export type RubricFeedback = z.infer<typeof rubricFeedbackSchema>

export const attemptSchema = z.object({
  id: entityId,
  questionId: z.string(),
  questionText: z.string(),
  competency: z.enum(COMPETENCIES),
  answer: z.string(),
  /** How long the person took to type it (seconds, from the visible timer). */
  typedSeconds: z.number().int().min(0),
  targetLevel: z.string().default(''),
  feedback: rubricFeedbackSchema,
  at: timestamp
})
export type Attempt = z.infer<typeof attemptSchema>

export const attemptInputSchema = z.strictObject({
  questionId: z.string().min(1, 'Pick a question first.').max(200),
  questionText: z.string().trim().min(1, 'Pick a question first.').max(1000, 'A question is at most 1,000 characters.'),
  competency: z.enum(COMPETENCIES, { error: 'Choose a competency from the list.' }),
  answer: longText('An answer', 12_000).refine((a) => a.trim().length > 0, 'Type an answer before asking for feedback.'),
  typedSeconds: z.number().int('Seconds are whole numbers.').min(0).max(86_400).default(0),
  targetLevel: z.string().trim().max(80, 'A level is at most 80 characters.').default('')
})

export const sourceRefSchema = z.object({ id: z.string(), kind: z.string(), title: z.string(), date: z.string() })

export const improvedAnswerSchema = z.object({
  text: z.string(),
  /** The entries every sentence came from. */
  sources: z.array(sourceRefSchema),
  /** What the history does not say and the person should fill in (never invented). */
  gaps: z.array(z.string()),
  /**
   * When the user's answer was sent: both scores on the same rubric (placeholders earn nothing).
   * A draft that scores lower is not shown (`text` is empty and `gaps` say what is missing).
   */
  check: z.object({ answerScore: z.number().int(), draftScore: z.number().int(), shown: z.boolean() }).optional()
})
export type ImprovedAnswer = z.infer<typeof improvedAnswerSchema>
