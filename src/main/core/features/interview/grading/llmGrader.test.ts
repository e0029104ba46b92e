import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUBRIC_CRITERIA } from '../../../../../shared/domain/interview'
import { createOpenAIEngine } from '../../drafting/engines/openaiEngine'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../drafting/testing/fakeOpenAIServer'
import { scoreAnswer } from '../scoring/score'
import { gradeWithEngine, readGrade, type Grade } from './llmGrader'

const input = {
  question: 'Tell me about a time you failed. How did you own it, communicate it and recover?',
  competency: 'learning-from-failure' as const,
  targetLevel: 'Senior',
  answer:
    'Last year I ran the orders migration and skipped the dry run to save a day. When orders started failing, I rolled it back and posted that it was my change. ' +
    'Orders failed for 40 minutes; the rerun a week later took 12 minutes with zero failed orders. Since then every migration I run starts with a rehearsal.'
}
const offline = scoreAnswer(input)
/** A reply as a grading model would send it; `patch` plants the mistakes the checks must catch. */
const recorded = (
  patch: Partial<Record<string, Partial<Grade['criteria'][number]>>> = {},
  quote = 'I rolled it back and posted that it was my change.'
): Grade => ({
  criteria: RUBRIC_CRITERIA.map((id) => ({ id, score: 77, reason: `Recorded reason for ${id}.`, quote, ...patch[id] }))
})

let server: FakeOpenAIServer
beforeAll(async () => {
  server = await startFakeOpenAIServer({ chunkDelayMs: 0 })
})
afterAll(() => server.close())
const engine = (model: string) => createOpenAIEngine({ engine: 'compatible', baseUrl: server.baseUrl, model, apiKey: null })

describe('LLM grader against a fake OpenAI-compatible server', () => {
  it('asks for JSON-schema output and takes the engine’s scores and reasons, keeping the rubric’s tips', async () => {
    server.options.json = recorded()
    const f = await gradeWithEngine(engine('fake-json'), input, offline)
    const body = server.requests.at(-1)!.body as { response_format?: { type: string; json_schema: { name: string } } }
    expect(body.response_format?.type).toBe('json_schema')
    expect(f.engine).toBe('llm')
    expect(f.grader).toEqual({ model: 'fake-json', overruled: [] })
    for (const c of f.criteria) {
      expect(c.score).toBe(77)
      expect(c.reason).toBe(`Recorded reason for ${c.id}.`)
      expect(c.tip).toBe(offline.criteria.find((o) => o.id === c.id)!.tip)
    }
    expect(f.overall).toBe(77)
  })

  it('falls back to the schema in the prompt when the server rejects response_format', async () => {
    server.options.json = recorded()
    const f = await gradeWithEngine(engine('fake-noschema'), input, offline)
    expect(f.engine).toBe('llm')
    const last = server.requests.at(-1)!.body as { response_format?: unknown; messages: { content: string }[] }
    expect(last.response_format).toBeUndefined()
    expect(last.messages.at(-1)!.content).toMatch(/JSON schema/)
  })

  it('overrules a quote that is not in the answer, and a measure the parser cannot find', async () => {
    const vague = {
      ...input,
      answer: 'Last year I ran the orders migration and it failed. I rolled it back and told my manager. It went better afterwards.'
    }
    const off = scoreAnswer(vague)
    server.options.json = recorded(
      { ownership: { quote: 'I single-handedly saved the company' }, measurableResult: { score: 95, quote: 'It went better afterwards.' } },
      'I rolled it back and told my manager.'
    )
    const f = await gradeWithEngine(engine('fake-json'), vague, off)
    const crit = (id: string) => f.criteria.find((c) => c.id === id)!
    expect(crit('ownership').score).toBe(off.criteria.find((c) => c.id === 'ownership')!.score)
    expect(crit('measurableResult').score).toBe(off.criteria.find((c) => c.id === 'measurableResult')!.score)
    expect(f.grader!.overruled.join('\n')).toMatch(/quoted “I single-handedly saved the company”, which is not in the answer/)
    expect(f.grader!.overruled.join('\n')).toMatch(/no measured result with a baseline/)
    for (const c of f.criteria) expect(vague.answer.includes(c.quote), c.id).toBe(true)
  })

  it('repairs a prompt-only reply that fails the grading schema once, through the shared structured path', async () => {
    const replies = ['{"criteria": [{"id": "structure", "score": 140}]}', JSON.stringify(recorded())]
    server.options.reply = () => replies.shift()
    try {
      const before = server.requests.length
      const f = await gradeWithEngine(engine('fake-noschema'), input, offline)
      expect(server.requests.length - before).toBe(3)
      const repair = (server.requests.at(-1)!.body as { messages: { role: string; content: string }[] }).messages.at(-1)!
      expect(repair.content).toMatch(/did not match the schema \(criteria\.0\.score/)
      expect(f.engine).toBe('llm')
      expect(f.overall).toBe(77)
    } finally {
      delete server.options.reply
    }
  })

  it('a reply that does not match the schema, or a failed call, falls back to the offline rubric and says why', async () => {
    const bad = await gradeWithEngine(engine('fake-badjson'), input, offline)
    expect(bad.engine).toBe('builtin')
    expect(bad.overall).toBe(offline.overall)
    expect(bad.grader?.failed).toMatch(/did not match the grading schema/)
    const down = await gradeWithEngine(engine('fake-500'), input, offline)
    expect(down.engine).toBe('builtin')
    expect(down.grader?.failed).toMatch(/could not be used/)
  })

  it('reads scores only within bounds', () => {
    expect(readGrade('{"criteria":[{"id":"fit","score":140,"reason":"x","quote":"y"}]}')).toBeNull()
    expect(readGrade('```json\n{"criteria":[{"id":"fit","score":40,"reason":"x","quote":"y"}]}\n```')?.criteria[0]!.score).toBe(40)
  })
})
