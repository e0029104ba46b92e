import { get as httpGet, type ClientRequest } from 'node:http'
import type { Page } from '@playwright/test'
import { DEFAULT_FAKE_TEXT, type FakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { rawFirstToken } from './streamBench'

/** What the streaming measurements need of a running browser-mode server. */
export interface BenchServer {
  origin: string
  token: string
}

/** The fake server streams DEFAULT_FAKE_TEXT word by word; its first word is the first token. */
const FIRST_WORD = DEFAULT_FAKE_TEXT.split(/\s+/)[0]!

/** A route call from inside the page, with the page's own token. */
export const api = (page: Page, server: BenchServer, route: string, input: unknown) =>
  page.evaluate(`fetch('/api/${route}', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + ${JSON.stringify(server.token)} },
    body: ${JSON.stringify(JSON.stringify(input))}
  }).then((r) => r.status)`)

/**
 * The same run without a browser: drafts.start over HTTP and the first draft.delta read from
 * the SSE stream by Node. Paired with the raw client per round, it splits the UI overhead into
 * transport (this) and the browser's share (the rest).
 */
export async function firstTokenOverHttp(
  server: BenchServer,
  stream: FakeOpenAIServer,
  runs: number
): Promise<{ ui: number[]; raw: number[] }> {
  const post = (route: string, input: unknown) =>
    fetch(`${server.origin}/api/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input)
    }).then((r) => r.json() as Promise<{ data: { runId: string } }>)
  let waiter: (() => void) | null = null
  const events = await new Promise<ClientRequest>((resolve) => {
    const req = httpGet(`${server.origin}/api/events?token=${encodeURIComponent(server.token)}`, (res) => {
      res.on('data', (d) => {
        if (String(d).includes('"draft.delta"') && waiter) {
          const w = waiter
          waiter = null
          w()
        }
      })
      resolve(req)
    })
  })
  const out = { ui: [] as number[], raw: [] as number[] }
  for (let r = 0; r < runs + 1; r++) {
    const rawT = await rawFirstToken(stream)
    const start = performance.now()
    const first = new Promise<number>((resolve) => (waiter = () => resolve(performance.now() - start)))
    const started = await post('drafts.start', { kind: 'summary', params: {} })
    const t = await first
    await post('drafts.stop', { runId: started.data.runId })
    await new Promise((resolve) => setTimeout(resolve, 100))
    if (r > 0) {
      out.ui.push(t)
      out.raw.push(rawT)
    }
  }
  events.destroy()
  return out
}

/**
 * From the click on Generate to the first streamed word in the DraftPanel output, against the
 * fake server's fixed first-token delay. The panel shows the previous draft, then '…' once the
 * run starts, so the clock stops only when the output was cleared and now holds the first chunk.
 */
export async function firstTokenInUi(
  page: Page,
  server: BenchServer,
  stream: FakeOpenAIServer,
  runs: number
): Promise<{ ui: number[]; raw: number[] }> {
  const baseUrl = stream.baseUrl
  await api(page, server, 'settings.update', { engine: 'compatible', compatibleBaseUrl: baseUrl, compatibleModel: 'fake-slow-first' })
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Drafts', { exact: true }).click()
  await page.getByRole('button', { name: 'Generate summary' }).waitFor()
  const ui: number[] = []
  const raw: number[] = []
  for (let r = 0; r < runs + 1; r++) {
    // The raw client right before each UI run: the machine is shared, so pairs compare fairly.
    const rawT = await rawFirstToken(stream)
    const t = await page.evaluate<number>(`new Promise((resolve) => {
      const first = ${JSON.stringify(FIRST_WORD)}
      const button = [...document.querySelectorAll('button')].find((b) => /Generate summary|Regenerate/.test(b.textContent || ''))
      let cleared = false
      const check = () => {
        const out = document.querySelector('[data-testid="draft-output"]')
        const text = out ? (out.textContent || '').trim() : ''
        if (!cleared) cleared = text === '…'
        else if (text.startsWith(first)) {
          observer.disconnect()
          resolve(performance.now() - start)
        }
      }
      const observer = new MutationObserver(check)
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      const start = performance.now()
      button.click()
    })`)
    const stopButton = page.getByRole('button', { name: 'Stop' })
    if (await stopButton.isVisible()) await stopButton.click()
    await page.getByLabel(/Status: (Cancelled|Complete)/).waitFor()
    if (process.env.BENCH_DEBUG) console.error('first token: ui', t, 'raw', rawT)
    if (r > 0) {
      // The first round warms up both paths.
      ui.push(t)
      raw.push(rawT)
    }
  }
  return { ui, raw }
}
