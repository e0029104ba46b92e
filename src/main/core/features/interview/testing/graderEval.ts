import { type RubricCriterion, type RubricFeedback } from '../../../../../shared/domain/interview'
import { createOpenAIEngine } from '../../drafting/engines/openaiEngine'
import type { FakeOpenAIServer } from '../../drafting/testing/fakeOpenAIServer'
import { agreement, type Agreement, type ScoredPair } from '../scoring/agreement'
import type { AnswerPair } from '../scoring/corpus/types'
import { combine, scoreAnswer, type RubricInput } from '../scoring/score'
import { gradeWithEngine, readGrade } from '../grading/llmGrader'
import { replyKey, type ReplyFile } from './replyFile'

export interface GraderAgreement {
  /** The grade as the app shows it: the engine's scores, overruled where the offline checks disprove them. */
  combined: Agreement
  /** The engine's scores taken as they are, with no checks (unreadable replies fall back to the rubric). */
  alone: Agreement
  /** Pairs with an answer that has no reply in the file (left out of both figures). */
  missing: number
  /** Answers where at least one criterion was overruled, and answers whose reply could not be used. */
  overruledAnswers: number
  failedAnswers: number
}

const inputsOf = (p: AnswerPair): [RubricInput, RubricInput] => {
  const base = { question: p.question, competency: p.competency, targetLevel: p.targetLevel }
  return [
    { ...base, answer: p.better },
    { ...base, answer: p.worse }
  ]
}

function alone(offline: RubricFeedback, text: string | null): RubricFeedback {
  const grade = text === null ? null : readGrade(text)
  if (!grade) return offline
  const criteria = offline.criteria.map((c) => ({ ...c, score: grade.criteria.find((g) => g.id === c.id)?.score ?? c.score }))
  const scores = Object.fromEntries(criteria.map((c) => [c.id, c.score])) as Record<RubricCriterion, number>
  return { ...offline, criteria, overall: combine(scores) }
}

/**
 * Replays a reply file through the real `openai` client against `server` (a local
 * OpenAI-compatible server): each reply's text is streamed back exactly as it was recorded, so
 * parsing, the schema check and the offline overruling all run as they do in the app.
 */
export async function graderAgreement(pairs: AnswerPair[], file: ReplyFile, server: FakeOpenAIServer): Promise<GraderAgreement> {
  const replaying = createOpenAIEngine({ engine: 'compatible', baseUrl: server.baseUrl, model: 'fake-model', apiKey: null })
  const failing = createOpenAIEngine({ engine: 'compatible', baseUrl: server.baseUrl, model: 'fake-500', apiKey: null })
  const combinedPairs: ScoredPair[] = []
  const alonePairs: ScoredPair[] = []
  let missing = 0
  let overruledAnswers = 0
  let failedAnswers = 0
  for (const pair of pairs) {
    const inputs = inputsOf(pair)
    const texts = inputs.map((i) => file.replies[replyKey(i)])
    if (texts.some((t) => t === undefined)) {
      missing++
      continue
    }
    const graded: RubricFeedback[] = []
    const raw: RubricFeedback[] = []
    for (const [k, input] of inputs.entries()) {
      const text = texts[k] as string | null
      const offline = scoreAnswer(input)
      server.options.text = text ?? ''
      server.options.chunkDelayMs = 0
      const f = await gradeWithEngine(text === null ? failing : replaying, input, offline, { totalTimeoutMs: 20_000 })
      if (f.grader?.failed) failedAnswers++
      else if (f.grader?.overruled.length) overruledAnswers++
      graded.push(f)
      raw.push(alone(offline, text))
    }
    combinedPairs.push({ pair, better: graded[0]!, worse: graded[1]! })
    alonePairs.push({ pair, better: raw[0]!, worse: raw[1]! })
  }
  return { combined: agreement(combinedPairs), alone: agreement(alonePairs), missing, overruledAnswers, failedAnswers }
}

/** Every answer in `pairs` as the grader's input, once each (for recording and simulating). */
export function answerInputs(pairs: AnswerPair[]): RubricInput[] {
  const seen = new Map<string, RubricInput>()
  for (const p of pairs) for (const i of inputsOf(p)) seen.set(replyKey(i), i)
  return [...seen.values()]
}
