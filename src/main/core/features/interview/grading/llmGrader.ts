import { z } from 'zod'
import { CRITERION_LABELS, RUBRIC_CRITERIA, type RubricCriterion, type RubricFeedback } from '../../../../../shared/domain/interview'
import type { ChatMessage } from '../../../../../shared/domain/drafting'
import type { DraftEngine, DraftKind } from '../../drafting/types'
import { intentFor } from '../questionBank'
import { combine, OFF_TOPIC_FIT, type RubricInput } from '../scoring/score'
import { snippet } from '../scoring/criteria'
import { parseStructuredReply } from '../../drafting/structuredReply'

/** What the engine must return: one score, reason and verbatim quote per criterion. */
export const gradeSchema = z.object({
  criteria: z
    .array(
      z.object({
        id: z.enum(RUBRIC_CRITERIA),
        score: z.number().int().min(0).max(100),
        reason: z.string().min(1).max(600),
        quote: z.string().max(600)
      })
    )
    .min(1)
})
export type Grade = z.infer<typeof gradeSchema>

const RUBRIC_TEXT = `Score each criterion 0-100 and quote the answer's own words, exactly:
- structure: situation, task, actions, result, in that order; most time on actions.
- ownership: what the speaker decided or did (agent verbs), not what they saw or were told.
- specificity: one bounded moment, named people and artefacts; no buzzwords or "usually".
- measurableResult: a result with a before/after or comparison in units a listener can check; made-up scales score low.
- scope: who was affected and how many, for the target level; naming executives is not scope.
- reflection: a stated change in the speaker's behaviour since; "I learned a lot" or humble-brags score low.
- fit: does it answer the question asked (its intent and elements)?
- delivery: concise, no padding sentences, few fillers.`

export function graderMessages(input: RubricInput): ChatMessage[] {
  const intent = intentFor(input.question, input.competency)
  return [
    { role: 'system', content: `You grade behavioural interview answers. ${RUBRIC_TEXT}\nReply with JSON only.` },
    {
      role: 'user',
      content: `Question: ${input.question}\nIt asks for: ${intent.asks}.\nTarget level: ${input.targetLevel || 'Senior'}\n\nAnswer:\n"""\n${input.answer}\n"""`
    }
  ]
}

const GRADE_KIND: DraftKind<Grade> = {
  id: 'interview-grade',
  label: 'Interview grade',
  description: 'Per-criterion scores for one interview answer.',
  criteria: () => ({}) as never,
  messages: () => [],
  builtin: () => '',
  structured: { name: 'interview_grade', schema: gradeSchema, render: (g) => JSON.stringify(g) }
}

/** The engine's JSON, read strictly by the one structured-reply reader (fences removed, then the zod schema). */
export function readGrade(text: string): Grade | null {
  const parsed = parseStructuredReply(text, gradeSchema)
  return parsed.ok ? parsed.data : null
}

const normal = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The engine's grade, checked by the offline rubric: a quote that is not in the answer, a
 * measure the quantity parser cannot find, or an on-topic score for an answer the offline fit
 * finds off-topic is overruled (the offline criterion is kept) and the overruling is shown.
 */
export function combineGrade(input: RubricInput, offline: RubricFeedback, grade: Grade, model: string): RubricFeedback {
  const overruled: string[] = []
  const answer = normal(input.answer)
  const criteria = offline.criteria.map((off) => {
    const g = grade.criteria.find((x) => x.id === off.id)
    const label = CRITERION_LABELS[off.id]
    if (!g) {
      overruled.push(`${label}: the engine gave no score; the built-in rubric's is shown.`)
      return off
    }
    if (!g.quote.trim() || !answer.includes(normal(g.quote))) {
      overruled.push(
        `${label}: the engine quoted “${snippet(g.quote || '(nothing)', 10)}”, which is not in the answer; the built-in score is shown.`
      )
      return off
    }
    if (off.id === 'measurableResult' && g.score >= 50 && off.score < 40) {
      overruled.push(
        `${label}: the engine scored ${g.score}, but no measured result with a baseline can be found in the answer; the built-in score is shown.`
      )
      return off
    }
    if (off.id === 'fit' && off.score < OFF_TOPIC_FIT && g.score >= OFF_TOPIC_FIT) {
      overruled.push(
        `${label}: the engine scored ${g.score}, but the answer lacks what the question asks for; the built-in score is shown.`
      )
      return off
    }
    // The engine scores and explains; the tip stays the rubric's, which quotes this answer.
    const quote = input.answer.includes(g.quote) ? g.quote : off.quote
    return { ...off, score: g.score, reason: g.reason, quote }
  })
  const scores = Object.fromEntries(criteria.map((c) => [c.id, c.score])) as Record<RubricCriterion, number>
  return { ...offline, criteria, overall: combine(scores), engine: 'llm', grader: { model, overruled } }
}

export interface GradeOptions {
  signal?: AbortSignal
  firstTokenTimeoutMs?: number
  totalTimeoutMs?: number
}

/** The engine's raw reply to the grading prompt, or why there is none. */
export type GradeReply = { text: string; grade?: Grade; error?: undefined } | { text: null; error: string }

/** Asks the engine for a grade (structured output where the server supports it) and returns its reply text. */
export async function requestGrade(engine: DraftEngine, input: RubricInput, o: GradeOptions = {}): Promise<GradeReply> {
  const outcome = await engine.run({
    kind: GRADE_KIND as DraftKind,
    input: { params: {}, entries: [], rendered: '', now: new Date() } as never,
    messages: graderMessages(input),
    temperature: 0,
    signal: o.signal ?? new AbortController().signal,
    firstTokenTimeoutMs: o.firstTokenTimeoutMs ?? 60_000,
    totalTimeoutMs: o.totalTimeoutMs ?? 120_000,
    onDelta: () => {}
  })
  // The engine validated it (with one repair turn on prompt-only servers); the text is read only as a fallback.
  if (outcome.status === 'complete') return { text: outcome.text, grade: outcome.structured as Grade | undefined }
  return { text: null, error: outcome.error?.message ?? `it stopped (${outcome.status})` }
}

/** The offline feedback combined with an engine's reply; a reply that is missing or unreadable keeps the offline rubric and says why. */
export function gradeFromReply(input: RubricInput, offline: RubricFeedback, reply: GradeReply, model: string): RubricFeedback {
  const grade = reply.text === null ? null : (reply.grade ?? readGrade(reply.text))
  if (!grade) {
    const why = reply.text === null ? reply.error : 'its reply did not match the grading schema'
    return {
      ...offline,
      grader: {
        model,
        overruled: [],
        failed: `The ${model} grade could not be used: ${why.replace(/\.+$/, '')}. Scored by the built-in rubric.`
      }
    }
  }
  return combineGrade(input, offline, grade, model)
}

/**
 * Grades with the configured engine (structured output where the server supports it, the
 * schema in the prompt where it does not). Any failure falls back to the offline rubric and says why.
 */
export async function gradeWithEngine(
  engine: DraftEngine,
  input: RubricInput,
  offline: RubricFeedback,
  o: GradeOptions = {}
): Promise<RubricFeedback> {
  if (engine.id === 'builtin') return offline
  return gradeFromReply(input, offline, await requestGrade(engine, input, o), engine.model)
}
