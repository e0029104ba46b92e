import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from './testing/fakeOpenAIServer'
import { serverName } from './engines/providerErrors'
import { countMessageTokens } from './tokens'
import type { ChatMessage } from '../../../../shared/domain/drafting'

let server: FakeOpenAIServer
let h: Harness

const WIN = {
  date: '2026-02-10',
  title: 'Faster checkout',
  impact: 'Cut p95 checkout latency from 820 ms to 310 ms for the payments team.',
  whatIDid: 'Profiled and rewrote the cart service.',
  tags: ['performance'],
  scope: 'team'
}

const run = async (model: string, patch: Record<string, unknown> = {}) => {
  await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: model, ...patch })
  const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
  return { runId, done: await h.done(runId) }
}

beforeAll(async () => {
  server = await startFakeOpenAIServer()
  h = await startCoreHarness()
  await h.call('wins.create', WIN)
  await h.call('wins.create', { date: '2026-03-01', title: 'Helped onboarding', impact: 'Helped the new hires.', scope: 'team' })
})
afterAll(async () => {
  await h.close()
  await server.close()
})

describe('built-in engine', () => {
  it('drafts instantly from the wins, impact first, with a question for vague impact and no invented number', async () => {
    await h.call('settings.update', { engine: 'builtin' })
    const params = { from: '2026-01-01', to: '2026-03-31' }
    // Wall clock from the route call to draft.done; median of 5 so a busy CI core does not decide it.
    const times: number[] = []
    let runId = ''
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      runId = (await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params })).runId
      await h.done(runId)
      times.push(performance.now() - t0)
    }
    expect(times.sort((a, b) => a - b)[2]!).toBeLessThan(50)
    const done = await h.done(runId)
    expect(done.status).toBe('complete')
    expect(done.text).toContain('**Faster checkout** — Cut p95 checkout latency from 820 ms to 310 ms')
    expect(done.text).toContain('What changed, for whom, by how much?')
    expect(done.flags).toEqual([])
    expect(done.sources.map((s) => s.title).sort()).toEqual(['Faster checkout', 'Helped onboarding'])
    expect(h.deltas(runId).join('')).toBe(done.text)
  })
})

describe('OpenAI-compatible engine against a real local server', () => {
  it('streams deltas in order and completes only on finish_reason stop', async () => {
    const { runId, done } = await run('fake-model')
    const deltas = h.events.filter((e) => e.event === 'draft.delta' && e.payload.runId === runId).map((e) => e.payload as { seq: number })
    expect(deltas.length).toBeGreaterThan(5)
    expect(deltas.map((d) => d.seq)).toEqual(deltas.map((_, i) => i + 1))
    expect(done.status).toBe('complete')
    expect(done.finishReason).toBe('stop')
    expect(h.deltas(runId).join('')).toBe(done.text)
    // 820 ms / 310 ms are in the win; 45% and 6 weeks are not.
    expect(done.flags.map((f) => f.text)).toEqual(['6 weeks', '45%'])
    expect(done.sources.length).toBe(2)
    expect(done.timings.firstTokenMs).not.toBeNull()
  })

  it('stops at once: cancelled, partial kept, no delta after stop', async () => {
    await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-slow' })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
    while (h.deltas(runId).length < 2) await new Promise((r) => setTimeout(r, 20))
    expect(await h.call('drafts.stop', { runId })).toEqual({ stopped: true })
    const done = await h.done(runId)
    const after = h.deltas(runId).length
    expect(done.status).toBe('cancelled')
    expect(done.text).toBe(h.deltas(runId).join(''))
    expect(done.text.length).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 600))
    expect(h.deltas(runId).length).toBe(after)
    expect(h.events.filter((e) => e.event === 'draft.done' && e.payload.runId === runId)).toHaveLength(1)
    expect(await h.call('drafts.stop', { runId })).toEqual({ stopped: false })
  })

  it('labels finish_reason length as truncated', async () => {
    const { done } = await run('fake-length')
    expect(done.status).toBe('truncated')
    expect(done.text.length).toBeGreaterThan(0)
  })

  it('labels a stream without [DONE] or finish_reason as incomplete', async () => {
    const { done } = await run('fake-nodone')
    expect(done.status).toBe('incomplete')
    expect(done.error?.kind).toBe('dropped')
    expect(done.text.length).toBeGreaterThan(0)
  })

  it('keeps the partial text when the socket drops', async () => {
    const { done } = await run('fake-drop')
    expect(done.status).toBe('incomplete')
    expect(done.error?.message).toMatch(/partial text is kept/)
    expect(done.text.length).toBeGreaterThan(0)
  })

  it.each([
    ['fake-401', 'auth', /rejected the key \(401\)/],
    ['fake-403', 'forbidden', /refused access \(403\)/],
    ['no-such-model', 'model_not_found', /“no-such-model” was not found/],
    ['fake-429', 'rate_limited', /Try again in 7 seconds/],
    ['fake-500', 'server', /internal error \(500\).*try again/]
  ])('%s fails with an actionable message', async (model, kind, message) => {
    const { done } = await run(model)
    expect(done.status).toBe('failed')
    expect(done.error?.kind).toBe(kind)
    expect(done.error?.message).toMatch(message)
    if (kind === 'rate_limited') expect(done.error?.retryAfterSec).toBe(7)
  })

  it('separates a first-token timeout from the total timeout', async () => {
    server.options.firstTokenDelayMs = 2500
    const slow = await run('fake-slow-first', { firstTokenTimeoutSec: 1, totalTimeoutSec: 60 })
    expect(slow.done.status).toBe('failed')
    expect(slow.done.error?.kind).toBe('first_token_timeout')
    expect(slow.done.error?.message).toMatch(/first-token timeout/)
    server.options.firstTokenDelayMs = 1200
    const ok = await run('fake-slow-first', { firstTokenTimeoutSec: 5 })
    expect(ok.done.status).toBe('complete')
    expect(ok.done.timings.firstTokenMs).toBeGreaterThanOrEqual(1100)
  })

  it('stops at the total timeout and keeps the partial text as incomplete', async () => {
    server.options.text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    try {
      const { done } = await run('fake-slow', { firstTokenTimeoutSec: 5, totalTimeoutSec: 5 })
      expect(done.status).toBe('incomplete')
      expect(done.error?.kind).toBe('total_timeout')
      expect(done.error?.message).toMatch(/longer than 5 s.*partial text is kept/)
      expect(done.text).toMatch(/^word0 word1/)
      expect(done.timings.totalMs).toBeGreaterThanOrEqual(4900)
    } finally {
      delete server.options.text
    }
  })

  it('says whether a local server is running when nothing listens', async () => {
    const closed = await startFakeOpenAIServer()
    await closed.close()
    await h.call('settings.update', { compatibleBaseUrl: closed.baseUrl, compatibleModel: 'fake-model' })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
    const done = await h.done(runId)
    expect(done.error?.kind).toBe('connection_refused')
    expect(done.error?.message).toContain(`Is the server running at ${closed.baseUrl}?`)
    expect(serverName('http://127.0.0.1:11434/v1')).toBe('Ollama')
    expect(serverName('http://127.0.0.1:1234/v1')).toBe('LM Studio')
  })

  it('tests the connection and lists models from /v1/models', async () => {
    await h.call('settings.update', { compatibleBaseUrl: server.baseUrl })
    const result = await h.call<{ ok: boolean; models: string[] }>('settings.testConnection', { engine: 'compatible' })
    expect(result.ok).toBe(true)
    expect(result.models).toContain('fake-model')
  })

  it('sends a key only to the host it was given for', async () => {
    const other = await startFakeOpenAIServer()
    try {
      await h.call('settings.update', { compatibleBaseUrl: server.baseUrl })
      await h.call('settings.setKey', { engine: 'compatible', key: 'sk-local-host-key-123' })
      await run('fake-model')
      expect(server.requests.at(-1)?.authorization).toBe('Bearer sk-local-host-key-123')
      await run('fake-model', { compatibleBaseUrl: other.baseUrl })
      expect(other.requests.at(-1)?.authorization).toBe('Bearer no-key')
    } finally {
      await h.call('settings.clearKey', { engine: 'compatible' })
      await other.close()
    }
  })

  it('shows the exact prompt before sending', async () => {
    await h.call('settings.update', { compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    const preview = await h.call<{ messages: { content: string }[]; host: string; sources: unknown[] }>('drafts.preview', {
      kind: 'summary',
      params: {}
    })
    const before = server.requests.length
    expect(preview.host).toBe(`127.0.0.1:${server.port}`)
    expect(preview.messages[0]!.content).toMatch(/Never invent numbers/)
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
    await h.done(runId)
    expect((server.requests[before]!.body as { messages: unknown }).messages).toEqual(preview.messages)
  })

  it('reports the prompt tokens of exactly the messages sent, counted after the request went out', async () => {
    const before = server.requests.length
    const { done } = await run('fake-model')
    const sent = server.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))!.body as { messages: ChatMessage[] }
    expect(done.status).toBe('complete')
    expect(done.promptTokens).toBeGreaterThan(20)
    expect(done.promptTokens).toBe(countMessageTokens(sent.messages))
  })
})

describe('structured output', () => {
  const schema = z.object({ points: z.array(z.string()).min(1) })
  beforeAll(() => {
    h.core.services.drafting['deps'].kinds.register({
      id: 'points',
      label: 'Points',
      description: 'test kind',
      criteria: () => ({}),
      messages: () => [{ role: 'user', content: 'points please' }],
      builtin: () => '- built-in point',
      structured: { name: 'points', schema, render: (d: z.infer<typeof schema>) => d.points.map((p) => `- ${p}`).join('\n') }
    })
  })
  const runKind = async (model: string) => {
    await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: model })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'points', params: {} })
    return h.done(runId)
  }

  it('asks for a JSON schema and validates the answer with zod', async () => {
    const done = await runKind('fake-json')
    expect(done.status).toBe('complete')
    expect(done.structured).toEqual({ points: ['Cut latency from 820 ms to 310 ms'] })
    expect(done.text).toBe('- Cut latency from 820 ms to 310 ms')
    expect((server.requests.at(-1)!.body as { response_format: { type: string } }).response_format.type).toBe('json_schema')
  })

  it('falls back to the raw answer as text, with a visible note, when the JSON does not validate', async () => {
    const before = server.requests.length
    const done = await runKind('fake-badjson')
    expect(done.status).toBe('complete')
    expect(done.error?.kind).toBe('malformed_json')
    expect(done.error?.message).toMatch(/shown as plain text/)
    expect(done.structured).toBeUndefined()
    expect(done.text).toContain('"points"')
    // A server that honours json_schema gets no repair turn.
    expect(server.requests.length - before).toBe(1)
  })

  it('falls back to a prompt-only schema when the server rejects response_format', async () => {
    const before = server.requests.length
    const done = await runKind('fake-noschema')
    expect(done.status).toBe('complete')
    expect(server.requests.length - before).toBe(2)
    expect((server.requests.at(-1)!.body as { response_format?: unknown }).response_format).toBeUndefined()
  })
})

describe('OpenAI engine without a key', () => {
  it('refuses to start and says what to do, sending nothing', async () => {
    await h.call('settings.update', { engine: 'openai' })
    const result = await h.core.dispatch('drafts.start', { kind: 'summary', params: {} })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/Add your OpenAI API key in Settings/)
    const preview = await h.call<{ host: string }>('drafts.preview', { kind: 'summary', params: {} })
    expect(preview.host).toBe('api.openai.com')
    await h.call('settings.update', { engine: 'builtin' })
  })
})

describe('a kind that throws', () => {
  it('ends the run as failed instead of crashing', async () => {
    h.core.services.drafting['deps'].kinds.register({
      id: 'broken',
      label: 'Broken',
      description: 'test kind',
      criteria: () => ({}),
      messages: () => [],
      builtin: () => {
        throw new Error('template bug')
      }
    })
    await h.call('settings.update', { engine: 'builtin' })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'broken', params: {} })
    const done = await h.done(runId)
    expect(done.status).toBe('failed')
    expect(done.error?.message).toMatch(/internal error while drafting/)
  })
})
