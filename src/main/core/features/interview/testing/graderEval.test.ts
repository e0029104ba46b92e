import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUBRIC_CRITERIA } from '../../../../../shared/domain/interview'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../drafting/testing/fakeOpenAIServer'
import { DEVELOPMENT_PAIRS } from '../scoring/corpus/development'
import { HOLDOUT_PAIRS } from '../scoring/corpus/holdout'
import type { AnswerPair } from '../scoring/corpus/types'
import { scoreAnswer } from '../scoring/score'
import { answerInputs, graderAgreement } from './graderEval'
import { readReplyFiles, replyKey, type ReplyFile } from './replyFile'
import { simulateReplies } from './simulateReplies'

const measure = (p: AnswerPair, answer: string) =>
  scoreAnswer({ question: p.question, competency: p.competency, targetLevel: p.targetLevel, answer }).criteria.find(
    (c) => c.id === 'measurableResult'
  )!.score
// Pairs whose worse answer measures nothing (each answer once): a grader that credits a result anyway flips them.
const PAIRS = [...DEVELOPMENT_PAIRS, ...HOLDOUT_PAIRS]
  .filter((p) => p.criterion === 'measurableResult' && measure(p, p.worse) < 40)
  .filter((p, i, all) => all.findIndex((q) => q.worse === p.worse || q.better === p.better) === i)
  .slice(0, 6)

let server: FakeOpenAIServer
beforeAll(async () => {
  server = await startFakeOpenAIServer({ chunkDelayMs: 0 })
})
afterAll(() => server.close())

/** A grader that gives every answer 80 and credits the worse answer's "result" with 100, quoting it correctly. */
function gullible(): ReplyFile {
  const replies: ReplyFile['replies'] = {}
  for (const p of PAIRS)
    for (const [answer, result] of [
      [p.better, 80],
      [p.worse, 100]
    ] as const) {
      const input = { question: p.question, competency: p.competency, targetLevel: p.targetLevel, answer }
      const quote = answer.split('. ')[0]!
      const criteria = RUBRIC_CRITERIA.map((id) => ({ id, score: id === 'measurableResult' ? result : 80, reason: 'r', quote }))
      replies[replyKey(input)] = JSON.stringify({ criteria })
    }
  return { model: 'gullible', source: 'simulated', note: 'test', replies }
}

describe('LLM grader agreement, replayed through the openai client', () => {
  it('has enough distinct pairs to mean something', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(3)
  })

  it('the offline checks overrule a grader that credits unmeasured results, and the figures say so', async () => {
    const g = await graderAgreement(PAIRS, gullible(), server)
    expect(g.missing).toBe(0)
    expect(g.alone.criterion).toBe(0)
    expect(g.combined.criterion).toBe(1)
    expect(g.overruledAnswers).toBe(PAIRS.length)
  })

  it('a reply that is cut off or missing counts as unusable; a pair with no reply is left out and counted', async () => {
    const file = gullible()
    const [first, second] = PAIRS
    const k1 = replyKey({
      question: first!.question,
      competency: first!.competency,
      targetLevel: first!.targetLevel,
      answer: first!.better
    })
    file.replies[k1] = file.replies[k1]!.slice(0, 40)
    const k2 = replyKey({
      question: second!.question,
      competency: second!.competency,
      targetLevel: second!.targetLevel,
      answer: second!.worse
    })
    file.replies[k2] = null
    delete file.replies[
      replyKey({
        question: PAIRS[2]!.question,
        competency: PAIRS[2]!.competency,
        targetLevel: PAIRS[2]!.targetLevel,
        answer: PAIRS[2]!.worse
      })
    ]
    const g = await graderAgreement(PAIRS, file, server)
    expect(g.failedAnswers).toBe(2)
    expect(g.missing).toBe(1)
    expect(g.combined.pairs).toBe(PAIRS.length - 1)
  })

  it('simulated replies are the same on every run and differ from the offline scores', () => {
    const inputs = answerInputs(PAIRS)
    const a = simulateReplies(inputs)
    expect(simulateReplies(inputs)).toEqual(a)
    expect(Object.keys(a.replies)).toHaveLength(inputs.length)
    const first = inputs.find((i) => a.replies[replyKey(i)])!
    const reply = JSON.parse(a.replies[replyKey(first)]!) as { criteria: { id: string; score: number }[] }
    const offline = scoreAnswer(first)
    expect(reply.criteria.map((c) => c.score)).not.toEqual(offline.criteria.map((c) => c.score))
  })

  it('reads recorded reply files from a folder, and none from a folder that does not exist', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lw-replies-')), 'recorded')
    expect(readReplyFiles(dir)).toEqual([])
    mkdirSync(dir)
    writeFileSync(join(dir, 'm.json'), JSON.stringify(gullible()))
    expect(readReplyFiles(dir).map((f) => f.file.model)).toEqual(['gullible'])
  })
})
