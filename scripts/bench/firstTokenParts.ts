// npx tsx scripts/bench/firstTokenParts.ts [build…]: where the UI's first-token overhead goes,
// builds side by side in alternating paired rounds (default: out). Needs npm run build.
// ROUNDS=21 by default; the load is printed beside each figure. STAMP_FILE=<file> adds the
// server's own stamps (see SERVER_HOOK).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
  // The first task after the click's own (its handler and the render React flushes after it).
  setTimeout(() => (window.__clickDone = performance.now() - start), 0)
})`

interface Round {
  shown: number
  sent: number
  answered: number
  frame: number
  at: number
}

/**
 * STAMPS=1: the server stamps (epoch ms, into STAMP_FILE) when drafts.start arrives and is
 * answered, when its model request is created and sent (undici's diagnostics channels) and when
 * the first draft.delta frame is written, through this hook --require'd into the server only.
 */
const SERVER_HOOK = `// Scratch: stamps in the browser-mode server process (epoch ms), appended to STAMP_FILE.
if ((process.argv[1] || '').endsWith('web.js') && process.env.STAMP_FILE) {
  const fs = require('fs'), http = require('http'), dc = require('diagnostics_channel')
  const now = () => performance.timeOrigin + performance.now()
  const log = (name) => fs.appendFileSync(process.env.STAMP_FILE, JSON.stringify({ name, at: now() }) + '\\n')
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (ev, req) {
    if (ev === 'request' && String(req.url).includes('drafts.start')) { log('srvReq'); req.__start = true }
    return emit.apply(this, arguments)
  }
  const write = http.ServerResponse.prototype.write
  let deltaSeen = 0
  http.ServerResponse.prototype.write = function (chunk) {
    if (typeof chunk === 'string' && chunk.includes('"draft.delta"') && chunk.includes('"seq":1,')) log('srvSse')
    return write.apply(this, arguments)
  }
  const end = http.ServerResponse.prototype.end
  http.ServerResponse.prototype.end = function () {
    if (this.req && this.req.__start) log('srvRes')
    return end.apply(this, arguments)
  }
  dc.subscribe('undici:request:create', () => log('modelCreate'))
  dc.subscribe('undici:client:sendHeaders', () => log('modelSent'))
  dc.subscribe('undici:request:headers', () => log('modelHeaders'))
}
`

async function startWeb(build: string): Promise<{ child: ChildProcess; url: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-first-token-'))
  let env = process.env
  if (process.env.STAMP_FILE) {
    const hook = join(dataDir, 'stamp.cjs')
    writeFileSync(hook, SERVER_HOOK)
    env = { ...env, NODE_OPTIONS: `--require ${hook}` }
  }
  const child = spawn(process.execPath, [join(build, 'main/web.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env
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
    const serverParts = new Map<string, Map<string, number[]>>()
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
        // STAMP_FILE: the server's own stamps, appended there by a --require'd hook (see below).
        const stamps = process.env.STAMP_FILE ? readStamps(process.env.STAMP_FILE, t.at) : null
        if (r === 0) continue // warm-up
        if (stamps) {
          stamps.sent = t.sent
          stamps.clickDone = await page.evaluate<number>('window.__clickDone')
          stamps.answered = t.answered
          stamps.reached = reached.at - t.at
          stamps.frame = t.frame
          stamps.shown = t.shown
          const all = serverParts.get(build) ?? new Map<string, number[]>()
          for (const [k, v] of Object.entries(stamps)) all.set(k, [...(all.get(k) ?? []), v])
          serverParts.set(build, all)
        }
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
    for (const [build, all] of serverParts)
      console.log(
        `${build}, every stamp from the click (medians): ` +
          [...all]
            .map(([k, v]) => [k, median(v)] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(' → ')
      )
  } finally {
    await browser.close()
    for (const child of children) child.kill()
    await fake.close()
  }
}

void main()

/** The server's stamps since the last round (epoch ms), from the click; the file is emptied. */
function readStamps(file: string, clickAt: number): Record<string, number> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return {}
  }
  writeFileSync(file, '')
  const out: Record<string, number> = {}
  for (const line of text.split('\n').filter(Boolean)) {
    const { name, at } = JSON.parse(line) as { name: string; at: number }
    out[name] ??= at - clickAt
  }
  return out
}
