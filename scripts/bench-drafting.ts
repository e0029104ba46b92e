// Drafting figures for the report: `npx tsx scripts/bench-drafting.ts`.
// 1. Time to first streamed token: raw `openai` client vs the whole app path (HTTP route +
//    core + engine + event bus + SSE), against the same local OpenAI-protocol server.
// 2. Prompt tokens for a summary at 10 vs 10,000 wins.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import OpenAI from 'openai'
import { startWebServer } from '../src/main/web/httpServer'
import { startCoreHarness } from '../src/main/core/app/testing/coreHarness'
import { startFakeOpenAIServer } from '../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { winSchema } from '../src/shared/domain/win'

const RUNS = 20
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function rawTtft(baseURL: string): Promise<number> {
  const client = new OpenAI({ baseURL, apiKey: 'no-key', maxRetries: 0 })
  const t0 = performance.now()
  const stream = await client.chat.completions.create({ model: 'fake-model', messages: [{ role: 'user', content: 'hi' }], stream: true })
  let first = NaN
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta?.content && Number.isNaN(first)) first = performance.now() - t0
  }
  return first
}

async function main() {
  const server = await startFakeOpenAIServer({ chunkDelayMs: 5 })
  const h = await startCoreHarness()
  const web = await startWebServer({ core: h.core, rendererDir: join(__dirname, '..', 'out', 'renderer'), port: 0 })
  const origin = `http://127.0.0.1:${web.port}`
  await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })

  // One SSE reader for the whole benchmark, as the page has.
  const firstDelta = new Map<string, (t: number) => void>()
  const sse = await fetch(`${origin}/api/events?token=${web.token}`, { headers: { Host: `127.0.0.1:${web.port}` } })
  void (async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    for await (const part of sse.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(part, { stream: true })
      let idx
      while ((idx = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, idx)
        buffer = buffer.slice(idx + 2)
        if (!frame.startsWith('data: ')) continue
        const { event, payload } = JSON.parse(frame.slice(6)) as { event: string; payload: { runId: string } }
        if (event === 'draft.delta') firstDelta.get(payload.runId)?.(performance.now())
      }
    }
  })()

  const appTtft = async () => {
    const runId = randomUUID()
    const got = new Promise<number>((resolve) => firstDelta.set(runId, resolve))
    const t0 = performance.now()
    await fetch(`${origin}/api/drafts.start`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
      body: JSON.stringify({ kind: 'summary', params: {}, runId })
    })
    const t = (await got) - t0
    firstDelta.delete(runId)
    await h.done(runId)
    return t
  }

  const raw: number[] = []
  const app: number[] = []
  await rawTtft(server.baseUrl) // warm-up
  await appTtft()
  for (let i = 0; i < RUNS; i++) {
    raw.push(await rawTtft(server.baseUrl))
    app.push(await appTtft())
  }
  console.log(
    `TTFT over ${RUNS} runs (median): raw openai client ${median(raw).toFixed(1)} ms, through the app ${median(app).toFixed(1)} ms`
  )

  // Prompt tokens at 10 vs 10,000 wins.
  for (const n of [10, 10_000]) {
    const at = new Date().toISOString()
    await h.core.store.update((data) => {
      data.wins = Array.from({ length: n }, (_, i) =>
        winSchema.parse({
          id: `bench-${i}`,
          createdAt: at,
          updatedAt: at,
          date: new Date(Date.now() - ((i * 3650) / n) * 86_400_000).toISOString().slice(0, 10),
          title: `Improved area ${i % 40} flow`,
          impact: `Made the flow simpler for customers in area ${i % 40}; support tickets went down.`,
          whatIDid: 'Reworked the screens with design and QA.',
          tags: [`area-${i % 40}`],
          scope: 'team'
        })
      )
    })
    const t0 = performance.now()
    const preview = await h.call<{ promptTokens: number; usedEntries: number; consideredEntries: number }>('drafts.preview', {
      kind: 'summary',
      params: {}
    })
    console.log(
      `${n.toLocaleString('en-US')} wins: ${preview.promptTokens} prompt tokens (${preview.usedEntries} of ${preview.consideredEntries} entries), selection ${(performance.now() - t0).toFixed(0)} ms`
    )
  }
  await sse.body?.cancel().catch(() => undefined)
  await web.close()
  await h.close()
  await server.close()
}

void main()
