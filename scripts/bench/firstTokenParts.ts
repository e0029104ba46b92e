// npx tsx scripts/bench/firstTokenParts.ts [build…]: where the UI's first-token overhead goes,
// builds side by side in alternating paired rounds (default: out). Needs npm run build.
// ROUNDS=21 by default; the load is printed beside each figure.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { startFakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { FIRST_TOKEN_DELAY_MS, rawFirstToken } from './streamBench'
import { median } from './stats'
import { api } from './uiStream'

/** Stamps, in the page: when drafts.start is sent and answered, when the first draft.delta frame arrives. */
const STAMPS = `(() => {
  const fetch0 = window.fetch
  window.fetch = (url, ...rest) => {
    if (!String(url).includes('drafts.start')) return fetch0(url, ...rest)
    window.__sent = performance.now()
    return fetch0(url, ...rest).then((r) => { window.__answered = performance.now(); return r })
  }
  const Source = window.EventSource
  window.EventSource = class extends Source {
    constructor(...args) {
      super(...args)
      // Added before the app sets onmessage, so it runs first.
      this.addEventListener('message', (e) => { if (!window.__frame && e.data.includes('draft.delta')) window.__frame = performance.now() })
    }
  }
})()`

/** Click Generate; resolve when the output was cleared and then shows text. All times from the click. */
const ROUND = `new Promise((resolve) => {
  window.__sent = window.__answered = window.__frame = 0
  const button = [...document.querySelectorAll('button')].find((b) => /Generate summary|Regenerate/.test(b.textContent || ''))
  let cleared = false
  const observer = new MutationObserver(() => {
    const text = (document.querySelector('[data-testid="draft-output"]')?.textContent || '').trim()
    if (!cleared) cleared = text === '…'
    else if (text && text !== '…') {
      observer.disconnect()
      const now = performance.now()
      resolve({ shown: now - start, sent: window.__sent - start, answered: window.__answered - start, frame: window.__frame - start, at: performance.timeOrigin + start })
    }
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  const start = performance.now()
  button.click()
})`

interface Round {
  shown: number
  sent: number
  answered: number
  frame: number
  at: number
}

async function startWeb(build: string): Promise<{ child: ChildProcess; url: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-first-token-'))
  const child = spawn(process.execPath, [join(build, 'main/web.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
    child.stdout!.on('data', (d) => {
      out += String(d)
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)
      if (m) resolve(m[1]!)
    })
  })
  return { child, url }
}

async function main() {
  const builds = process.argv.slice(2).length ? process.argv.slice(2) : ['out']
  const rounds = Number(process.env.ROUNDS ?? 21)
  const fake = await startFakeOpenAIServer({ firstTokenDelayMs: FIRST_TOKEN_DELAY_MS, chunkDelayMs: 5 })
  // When the model's request reached the fake server (same clock as the page's timeOrigin).
  const reached = { at: 0 }
  const record = fake.requests.push.bind(fake.requests)
  fake.requests.push = (...items) => {
    reached.at = performance.timeOrigin + performance.now()
    return record(...items)
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  const children: ChildProcess[] = []
  try {
    const pages: { build: string; page: Page }[] = []
    for (const build of builds) {
      const { child, url } = await startWeb(build)
      children.push(child)
      const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
      await page.addInitScript(STAMPS)
      await page.goto(url)
      const server = { origin: new URL(url).origin, token: /token=(\S+)/.exec(url)![1]! }
      await api(page, server, 'wins.create', {
        date: '2026-05-01',
        title: 'Faster checkout',
        impact: 'Cut p95 checkout latency from 820 ms to 310 ms.'
      })
      await api(page, server, 'settings.update', {
        engine: 'compatible',
        compatibleBaseUrl: fake.baseUrl,
        compatibleModel: 'fake-slow-first'
      })
      await page.getByRole('navigation', { name: 'Sections' }).getByText('Drafts', { exact: true }).click()
      await page.getByRole('button', { name: 'Generate summary' }).waitFor()
      pages.push({ build, page })
    }
    const parts = new Map<string, Record<'overhead' | 'answered' | 'request' | 'frame' | 'render', number[]>>()
    for (let r = 0; r <= rounds; r++) {
      // Alternating order, each UI round paired with a raw-client round just before it.
      for (const { build, page } of r % 2 ? [...pages].reverse() : pages) {
        const raw = await rawFirstToken(fake)
        reached.at = 0
        const t = await page.evaluate<Round>(ROUND)
        const stop = page.getByRole('button', { name: 'Stop' })
        if (await stop.isVisible()) await stop.click()
        await page.getByLabel(/Status: (Cancelled|Complete)/).waitFor()
        if (r === 0) continue // warm-up
        const p = parts.get(build) ?? { overhead: [], answered: [], request: [], frame: [], render: [] }
        p.overhead.push(t.shown - raw)
        p.answered.push(t.answered)
        p.request.push(reached.at - t.at)
        p.frame.push(t.frame - raw)
        p.render.push(t.shown - t.frame)
        parts.set(build, p)
      }
    }
    const load = loadavg()[0]!.toFixed(1)
    const f = (xs: number[]) => median(xs).toFixed(1)
    console.log(`first token in the UI, 1 win, ${rounds} paired rounds (load ${load}); times from the click, medians:`)
    for (const [build, p] of parts)
      console.log(
        `${build}: overhead vs raw ${f(p.overhead)} ms | drafts.start answered ${f(p.answered)} | model request reached ${f(p.request)} | first frame − raw ${f(p.frame)} | frame → text shown ${f(p.render)}`
      )
  } finally {
    await browser.close()
    for (const child of children) child.kill()
    await fake.close()
  }
}

void main()
