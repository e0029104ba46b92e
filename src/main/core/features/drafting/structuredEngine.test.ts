import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { impactOutputSchema, type ImpactOutput } from '../../../../shared/domain/draftOutputs'
import { createOpenAIEngine } from './engines/openaiEngine'
import { startFakeOpenAIServer, type FakeOpenAIServer } from './testing/fakeOpenAIServer'
import type { DraftKind, EngineOutcome } from './types'
import { impactStatementKind } from '../impact/impactKind'
import { safeViewOf } from './testing/safeView'
import { renderImpact } from '../impact/impactOutput'

/**
 * The structured path through the real `openai` client against a real local server: json_schema
 * where the server takes it, the schema in the prompt with one repair turn where it does not.
 */

const GOOD: ImpactOutput = {
  statements: [
    {
      title: 'Checkout latency',
      xyz: 'Cut p95 checkout latency from 820 ms to 310 ms, as measured by the dashboard, by caching sessions.',
      star: ['Situation: checkout was slow.', 'Result: 310 ms.'],
      questions: [],
      sources: ['S1']
    }
  ]
}
const BAD = '{"statements": [{"title": "Checkout latency", "xyz": 42}]}'

let server: FakeOpenAIServer
let queue: string[] = []
beforeAll(async () => {
  server = await startFakeOpenAIServer({ chunkDelayMs: 1, reply: () => queue.shift() })
})
afterAll(() => server.close())

async function run(model: string, replies: string[]) {
  queue = [...replies]
  const before = server.requests.length
  const engine = createOpenAIEngine({ engine: 'compatible', baseUrl: server.baseUrl, model, apiKey: null })
  const deltas: string[] = []
  const outcome: EngineOutcome = await engine.run({
    kind: impactStatementKind as DraftKind,
    input: { params: {}, entries: [], rendered: '', view: safeViewOf(), now: new Date('2026-12-03T10:00:00Z') },
    messages: [{ role: 'user', content: 'Rewrite my wins. [S1] win · Checkout latency' }],
    temperature: 0,
    signal: new AbortController().signal,
    firstTokenTimeoutMs: 10_000,
    totalTimeoutMs: 20_000,
    onDelta: (t) => deltas.push(t)
  })
  const bodies = server.requests
    .slice(before)
    .map(
      (r) => r.body as { response_format?: { type: string; json_schema: { name: string } }; messages: { role: string; content: string }[] }
    )
  return { outcome, deltas, bodies }
}

describe('structured replies through the openai client', () => {
  it('asks for json_schema, streams readable progress (not JSON) and returns the validated output', async () => {
    const { outcome, deltas, bodies } = await run('fake-model', [JSON.stringify(GOOD)])
    expect(bodies).toHaveLength(1)
    expect(bodies[0]!.response_format?.type).toBe('json_schema')
    expect(bodies[0]!.response_format?.json_schema.name).toBe('impact_statements')
    expect(outcome.status).toBe('complete')
    expect(outcome.structuredMode).toBe('json_schema')
    expect(outcome.structured).toEqual(GOOD)
    expect(outcome.text).toBe(renderImpact(GOOD))
    const shown = deltas.join('')
    expect(shown).toContain('Drafting…')
    expect(shown).toContain('Checkout latency')
    expect(shown).not.toContain('{')
  })

  it('detects a server that rejects json_schema by its error and retries with the schema in the prompt', async () => {
    const { outcome, bodies } = await run('fake-noschema', [JSON.stringify(GOOD)])
    expect(bodies).toHaveLength(2)
    expect(bodies[0]!.response_format?.type).toBe('json_schema')
    expect(bodies[1]!.response_format).toBeUndefined()
    expect(bodies[1]!.messages.at(-1)!.content).toMatch(/^Reply with JSON only/)
    expect(bodies[1]!.messages.at(-1)!.content).toContain('"statements"')
    expect(outcome.structuredMode).toBe('prompt')
    expect(outcome.structured).toEqual(GOOD)
  })

  it('repairs a prompt-only reply that fails validation, once, by telling the model what was wrong', async () => {
    const { outcome, bodies, deltas } = await run('fake-noschema', [BAD, JSON.stringify(GOOD)])
    expect(bodies).toHaveLength(3)
    const repair = bodies[2]!.messages
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: BAD })
    expect(repair.at(-1)!.content).toMatch(/did not match the schema \(statements\.0\.xyz: .*\)/)
    expect(outcome.status).toBe('complete')
    expect(outcome.structured).toEqual(GOOD)
    expect(deltas.join('')).toContain('asking the model once more')
  })

  it('gives up after one repair: the raw reply comes back with the reason', async () => {
    const { outcome, bodies } = await run('fake-noschema', [BAD, 'Sorry, here are my thoughts in prose.'])
    expect(bodies).toHaveLength(3)
    expect(outcome.status).toBe('complete')
    expect(outcome.structured).toBeUndefined()
    expect(outcome.structuredProblem).toBe('not valid JSON')
    expect(outcome.text).toBe('Sorry, here are my thoughts in prose.')
  })

  it('does not fall back on an unrelated server error', async () => {
    const { outcome, bodies } = await run('fake-500', [])
    expect(bodies).toHaveLength(1)
    expect(outcome.status).toBe('failed')
  })

  it('the schema the server gets is the zod schema', () => {
    expect(impactOutputSchema.safeParse(GOOD).success).toBe(true)
  })
})

describe('rendering escapes what the user or the model wrote', () => {
  it('keeps markup in text as text', () => {
    const md = renderImpact({
      statements: [
        {
          title: '# Not a heading <b>x</b> [link](http://evil.example)',
          xyz: '*loud* _x_',
          star: ['1. one'],
          questions: [],
          sources: ['S2']
        }
      ]
    })
    expect(md).toContain('## # Not a heading \\<b>x\\</b> \\[link]\\(http://evil.example) [S2]')
    expect(md).toContain('\\*loud\\*')
    expect(md).not.toMatch(/(?<!\\)<b>/)
    expect(md).toContain('- 1\\. one')
    // A label that is not S + digits never reaches the text raw.
    expect(
      renderImpact({ statements: [{ title: 'T', xyz: 'x', star: ['y'], questions: [], sources: ['S1](http://x)' as 'S1'] }] })
    ).not.toContain('](')
  })
})
