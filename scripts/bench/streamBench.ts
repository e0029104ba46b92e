import OpenAI from 'openai'
import { startCoreHarness } from '../../src/main/core/app/testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { median, ms, type Row } from './stats'

export const FIRST_TOKEN_DELAY_MS = 150

/** Time to the first streamed token with the raw `openai` client: the floor for the app. */
export async function rawFirstToken(server: FakeOpenAIServer): Promise<number> {
  const client = new OpenAI({ baseURL: server.baseUrl, apiKey: 'sk-bench', maxRetries: 0 })
  const controller = new AbortController()
  const start = performance.now()
  const stream = await client.chat.completions.create(
    { model: 'fake-slow-first', stream: true, messages: [{ role: 'user', content: 'Summarize my quarter.' }] },
    { signal: controller.signal }
  )
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta?.content) {
      const t = performance.now() - start
      controller.abort()
      return t
    }
  }
  throw new Error('no token')
}

/** Through the app's core: drafts.start → the first draft.delta event (what the UI subscribes to). */
export async function streamBench(runs: number): Promise<{ rows: Row[]; server: FakeOpenAIServer; raw: number[] }> {
  const server = await startFakeOpenAIServer({ firstTokenDelayMs: FIRST_TOKEN_DELAY_MS, chunkDelayMs: 5 })
  const h = await startCoreHarness()
  await h.call('wins.create', { date: '2026-05-01', title: 'Faster checkout', impact: 'Cut p95 checkout latency from 820 ms to 310 ms.' })
  await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-slow-first' })
  const raw: number[] = []
  const app: number[] = []
  for (let r = 0; r < runs + 1; r++) {
    const rawT = await rawFirstToken(server)
    const start = performance.now()
    const firstDelta = new Promise<number>((resolve) => {
      const off = h.core.events.subscribe((e) => {
        if (e.event === 'draft.delta') {
          off()
          resolve(performance.now() - start)
        }
      })
    })
    const started = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
    const appT = await firstDelta
    await h.call('drafts.stop', { runId: started.runId })
    await h.done(started.runId)
    if (r > 0) {
      // The first round warms up both paths.
      raw.push(rawT)
      app.push(appT)
    }
  }
  await h.close()
  const overhead = median(app) - median(raw)
  return {
    server,
    raw,
    rows: [
      {
        area: 'streaming',
        measure: `first token, raw openai client (server delay ${FIRST_TOKEN_DELAY_MS} ms)`,
        value: `${ms(median(raw))} ms`,
        target: '',
        ok: null
      },
      {
        area: 'streaming',
        measure: 'first token through the core (drafts.start → draft.delta)',
        value: `${ms(median(app))} ms`,
        target: '',
        ok: null
      },
      { area: 'streaming', measure: 'core overhead vs raw client', value: `${ms(overhead)} ms`, target: '≤ 10 ms', ok: overhead <= 10 }
    ]
  }
}
