import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { transformSync } from 'esbuild'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import type { FakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { api, firstTokenInUi, firstTokenOverHttp } from './uiStream'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { kb, mb, median, ms, type Row } from './stats'

const ROOT = join(__dirname, '..', '..')
const RENDERER = join(ROOT, 'out', 'renderer')

interface Server {
  url: string
  origin: string
  token: string
  child: ChildProcess
}

function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
    child.stdout!.on('data', (d) => {
      out += String(d)
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(out)
      if (m) resolve({ url: `${m[1]}/#token=${m[2]}`, origin: m[1]!, token: m[2]!, child })
    })
  })
}

const stop = (s: Server) =>
  new Promise<void>((resolve) => {
    s.child.removeAllListeners('exit')
    s.child.once('exit', () => resolve())
    s.child.kill('SIGTERM')
  })

function seededDir(wins: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopwise-bench-ui-'))
  if (wins > 0) writeFileSync(join(dir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(wins), journalSeq: 0 }))
  return dir
}

/** From navigation start to a dashboard showing its data (or its empty state), in page time. */
async function dashboardReady(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const heading = page.getByRole('heading', { name: 'Dashboard', level: 2 })
  // Whichever section the app opens on, go to the dashboard as a person would.
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
  if (!(await heading.isVisible())) await page.getByRole('navigation', { name: 'Sections' }).getByText('Dashboard', { exact: true }).click()
  await heading.waitFor()
  await page
    .getByRole('region', { name: 'Recent wins' })
    .or(page.getByRole('heading', { name: 'Start your loop' }))
    .first()
    .waitFor()
  // Code for the page is passed as a string: scripts are typed for Node (no DOM types), and
  // tsx would wrap a function's named helpers in `__name` calls the page cannot run.
  return page.evaluate<number>('performance.now()')
}

type Wire = { encoded: number; decoded: number; files: number }

/**
 * Script and style bytes as the server sent them (after Content-Encoding) and as the page uses
 * them: up to the interactive dashboard into `into`, and what the page fetches after it (the
 * other sections' code, loaded while idle) into `after` once `ready()` is called.
 */
function countScriptBytes(page: Page, into: Wire, after: Wire) {
  const pending: Promise<void>[] = []
  let bucket = into
  page.on('response', (response) => {
    if (!/\.(js|css)$/.test(new URL(response.url()).pathname)) return
    const to = bucket
    pending.push(
      (async () => {
        const [sizes, body] = await Promise.all([response.request().sizes(), response.body()])
        to.encoded += sizes.responseBodySize
        to.decoded += body.length
        to.files += 1
      })()
    )
  })
  return {
    ready: () => {
      bucket = after
    },
    done: () => Promise.all(pending).then(() => undefined)
  }
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024

/**
 * Marks of the main-process libraries' own code — string literals and shapes a minifier keeps —
 * not words that also appear in UI copy ('api.openai.com' is in the Settings help text).
 */
const leakMarkers: { name: string; test(text: string): boolean; proof: string }[] = [
  // openai: the SDK's retry header and its browser guard option.
  { name: 'openai (X-Stainless-Retry-Count)', test: (t) => t.includes('X-Stainless-Retry-Count'), proof: 'node_modules/openai/client.js' },
  { name: 'openai (dangerouslyAllowBrowser)', test: (t) => t.includes('dangerouslyAllowBrowser'), proof: 'node_modules/openai/client.js' },
  // lowdb: its constructor's argument check.
  { name: 'lowdb (missing adapter)', test: (t) => t.includes('lowdb: missing adapter'), proof: 'node_modules/lowdb/lib/core/Low.js' },
  // steno: its temp-file name, `.${basename(file)}.tmp`, in source or minified form.
  {
    name: 'steno (temp file name)',
    test: (t) => /`\.\$\{\s*[\w$.]+\([\w$]+\)\s*\}\.tmp`/.test(t),
    proof: 'node_modules/steno/lib/index.js'
  }
]

/**
 * Each marker must be found in its library's own file, as published and minified (the renderer
 * is minified), or a "no" above would prove nothing. esbuild comes with tsx, which runs this.
 */
const unprovenMarkers = () =>
  leakMarkers
    .filter((m) => {
      const source = readFileSync(join(ROOT, m.proof), 'utf8')
      return !m.test(source) || !m.test(transformSync(source, { minify: true, loader: 'js' }).code)
    })
    .map((m) => m.name)

/** Initial JS: the entry script and what index.html preloads, gzipped; and what must never ship. */
function bundleRows(): Row[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const gz = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(RENDERER, f))).length, 0)
  const all = readdirSync(join(RENDERER, 'assets')).filter((f) => f.endsWith('.js'))
  const allText = all.map((f) => readFileSync(join(RENDERER, 'assets', f), 'utf8')).join('\n')
  const leaks = leakMarkers.filter((m) => m.test(allText)).map((m) => m.name)
  const unproven = unprovenMarkers()
  return [
    {
      area: 'UI bundle',
      measure: `initial renderer JS, gzipped (${initial.length} files)`,
      value: kb(gz),
      target: '≤ 300 KB',
      ok: gz <= 300 * 1024
    },
    {
      area: 'UI bundle',
      measure: 'renderer contains openai / lowdb / steno code',
      value: leaks.length ? `yes: ${leaks.join(', ')}` : 'no',
      target: 'no',
      ok: leaks.length === 0
    },
    {
      area: 'UI bundle',
      measure: 'leak markers found in the libraries themselves (the check can fail)',
      value: unproven.length ? `missed: ${unproven.join(', ')}` : `all ${leakMarkers.length}`,
      target: `all ${leakMarkers.length}`,
      ok: unproven.length === 0
    }
  ]
}

export async function uiBench(options: { wins: number; runs: number; stream?: FakeOpenAIServer; streamRuns?: number }): Promise<Row[]> {
  const rows: Row[] = bundleRows()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  const times: Record<'empty' | 'full', number> = { empty: 0, full: 0 }
  const wire = { encoded: 0, decoded: 0, files: 0 }
  const idleWire = { encoded: 0, decoded: 0, files: 0 }
  let memory = 0
  let longest = 0
  const none = { ui: [] as number[], raw: [] as number[] }
  const uiFirst = { small: none, full: none, http: none }
  const streamRuns = options.streamRuns ?? options.runs
  // A failed step must not leave a server or the browser behind.
  let running: Server | null = null
  try {
    for (const which of ['empty', 'full'] as const) {
      const server = await startServer(seededDir(which === 'empty' ? 0 : options.wins))
      running = server
      const samples: number[] = []
      for (let r = 0; r < options.runs + 1; r++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 820 } })
        const page = await context.newPage()
        const counted = which === 'empty' && r === 0 ? countScriptBytes(page, wire, idleWire) : null
        const t = await dashboardReady(page, server.url)
        if (counted) {
          counted.ready()
          // The other sections' code follows while the page is idle (one chunk per idle period).
          await page.waitForTimeout(4_000)
          await counted.done()
        }
        if (r > 0) samples.push(t)
        await context.close()
      }
      times[which] = median(samples)
      if (which === 'empty' && options.stream) {
        // The same store as the core's streaming row (one win), so the UI's own overhead shows.
        const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
        await page.goto(server.url)
        await api(page, server, 'wins.create', {
          date: '2026-05-01',
          title: 'Faster checkout',
          impact: 'Cut p95 checkout latency from 820 ms to 310 ms.'
        })
        uiFirst.small = await firstTokenInUi(page, server, options.stream, streamRuns)
        uiFirst.http = await firstTokenOverHttp(server, options.stream, streamRuns)
        await page.close()
      }

      if (which === 'full') {
        const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
        await dashboardReady(page, server.url)
        await page.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
        const feed = page.getByRole('feed', { name: 'Wins' })
        await feed.waitFor()
        await page.evaluate(`
          window.__longest = 0
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration)
          }).observe({ type: 'longtask' })
        `)
        for (let i = 0; i < 25; i++) {
          await feed.evaluate((el, y) => el.scrollTo({ top: y }), (i + 1) * 3000)
          await page.waitForTimeout(30)
        }
        // Type a search as a person would (debounced), then filter by a tag, then clear both.
        await page.getByLabel('Search wins').pressSequentially('hiring', { delay: 40 })
        await page.getByText(/wins? match/).waitFor()
        await page.getByLabel('Search wins').fill('')
        await page.getByRole('combobox', { name: 'Filter by tag' }).click()
        await page.getByRole('option', { name: /^reliability \(/ }).click()
        await page.getByText(/wins? match/).waitFor()
        await page.getByRole('combobox', { name: 'Filter by tag' }).click()
        await page.getByRole('option', { name: /^reliability \(/ }).click() // picking it again clears it
        await page.waitForTimeout(400)
        longest = await page.evaluate<number>('window.__longest')

        if (options.stream) uiFirst.full = await firstTokenInUi(page, server, options.stream, streamRuns)
        memory = rss(server.child.pid!)
        await page.close()
      }
      await stop(server)
    }
  } finally {
    if (running && running.child.exitCode === null) running.child.kill('SIGTERM')
    await browser.close()
  }
  const ratio = times.full / times.empty
  rows.push(
    {
      area: 'UI',
      measure: 'to an interactive dashboard, empty store',
      value: `${ms(times.empty)} ms`,
      target: '≤ 1.5 s',
      ok: times.empty <= 1500
    },
    {
      area: 'UI',
      measure: `to an interactive dashboard, ${options.wins.toLocaleString()} wins`,
      value: `${ms(times.full)} ms (${ratio.toFixed(2)}× empty)`,
      target: '≤ 1.5 s and ≤ 1.5× empty',
      ok: times.full <= 1500 && ratio <= 1.5
    },
    {
      area: 'UI',
      measure: `scroll + filter the wins list, ${options.wins.toLocaleString()} wins: longest task`,
      value: `${ms(longest)} ms`,
      target: 'no long task > 100 ms',
      ok: longest <= 100
    },
    {
      area: 'UI bundle',
      measure: `browser mode: JS + CSS over the wire to the dashboard (${wire.files} files), sent / unpacked`,
      value: `${kb(wire.encoded)} / ${kb(wire.decoded)}`,
      target: '≤ 300 KB sent',
      ok: wire.encoded > 0 && wire.encoded <= 300 * 1024
    },
    {
      area: 'UI bundle',
      measure: `browser mode: the other sections' code, fetched while idle after the dashboard (${idleWire.files} files), sent / unpacked`,
      value: `${kb(idleWire.encoded)} / ${kb(idleWire.decoded)}`,
      target: '',
      ok: null
    },
    { area: 'memory', measure: `browser-mode server RSS, ${options.wins.toLocaleString()} wins`, value: mb(memory), target: '', ok: null }
  )
  // Overhead as the median of paired differences (UI run minus the raw run just before it).
  const overhead = (m: { ui: number[]; raw: number[] }) => median(m.ui.map((t, i) => t - m.raw[i]!))
  if (uiFirst.small.ui.length) {
    const o = overhead(uiFirst.small)
    rows.push(
      {
        area: 'streaming',
        measure: 'first token shown in the UI, 1 win (click → first word in the draft output) / raw client, same rounds',
        value: `${ms(median(uiFirst.small.ui))} ms / ${ms(median(uiFirst.small.raw))} ms`,
        target: '',
        ok: null
      },
      {
        area: 'streaming',
        measure: 'UI overhead vs raw client, 1 win (median of paired rounds)',
        value: `${ms(o)} ms`,
        target: '≤ 10 ms',
        ok: o <= 10
      }
    )
  }
  if (uiFirst.http.ui.length) {
    rows.push({
      area: 'streaming',
      measure: 'of which HTTP + SSE transport (a Node client instead of the page), 1 win',
      value: `${ms(overhead(uiFirst.http))} ms`,
      target: '',
      ok: null
    })
  }
  if (uiFirst.full.ui.length) {
    rows.push({
      area: 'streaming',
      measure: `UI overhead vs raw client, ${options.wins.toLocaleString()} wins (includes context selection over all of them)`,
      value: `${ms(overhead(uiFirst.full))} ms`,
      target: '',
      ok: null
    })
  }
  return rows
}
