import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import type { FakeOpenAIServer } from '../../src/main/core/drafting/testing/fakeOpenAIServer'
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
  return page.evaluate(() => performance.now())
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024

/** Initial JS: the entry script and what index.html preloads, gzipped; and what must never ship. */
function bundleRows(): Row[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const gz = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(RENDERER, f))).length, 0)
  const all = readdirSync(join(RENDERER, 'assets')).filter((f) => f.endsWith('.js'))
  const allText = all.map((f) => readFileSync(join(RENDERER, 'assets', f), 'utf8')).join('\n')
  // Marks of the two main-process libraries' code: the OpenAI client's default host and user
  // agent, lowdb's class and its writer steno's temp-file naming.
  const leaks = ['api.openai.com', 'OpenAI/JS', 'class Low', 'steno', 'lowdb'].filter((m) => allText.includes(m))
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
      measure: 'renderer contains openai / lowdb code',
      value: leaks.length ? `yes: ${leaks.join(', ')}` : 'no',
      target: 'no',
      ok: leaks.length === 0
    }
  ]
}

export async function uiBench(options: {
  wins: number
  runs: number
  stream?: FakeOpenAIServer
  rawFirstToken?: number[]
}): Promise<Row[]> {
  const rows: Row[] = bundleRows()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  const times: Record<'empty' | 'full', number> = { empty: 0, full: 0 }
  let memory = 0
  let longest = 0
  const uiFirst: number[] = []
  for (const which of ['empty', 'full'] as const) {
    const server = await startServer(seededDir(which === 'empty' ? 0 : options.wins))
    const samples: number[] = []
    for (let r = 0; r < options.runs + 1; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 820 } })
      const page = await context.newPage()
      const t = await dashboardReady(page, server.url)
      if (r > 0) samples.push(t)
      await context.close()
    }
    times[which] = median(samples)

    if (which === 'full') {
      const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
      await dashboardReady(page, server.url)
      await page.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
      const feed = page.getByRole('feed', { name: 'Wins' })
      await feed.waitFor()
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number }
        w.__longest = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
        }).observe({ type: 'longtask' })
      })
      for (let i = 0; i < 25; i++) {
        await feed.evaluate((el, y) => el.scrollTo({ top: y }), (i + 1) * 3000)
        await page.waitForTimeout(30)
      }
      await page.getByLabel('Search wins').fill('hiring')
      await page.getByText(/wins? match/).waitFor()
      await page.getByLabel('Search wins').fill('')
      await page.waitForTimeout(300)
      longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)

      if (options.stream) {
        await page.evaluate(
          async ({ token, baseUrl }) => {
            await fetch('/api/settings.update', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ engine: 'compatible', compatibleBaseUrl: baseUrl, compatibleModel: 'fake-slow-first' })
            })
          },
          { token: server.token, baseUrl: options.stream.baseUrl }
        )
        await page.getByRole('navigation', { name: 'Sections' }).getByText('Drafts', { exact: true }).click()
        const generate = page.getByRole('button', { name: 'Generate summary' })
        await generate.waitFor()
        for (let r = 0; r < options.runs + 1; r++) {
          // A string, not a function: tsx would wrap named helpers in code the page cannot run.
          const t = await page.evaluate<number>(`new Promise((resolve) => {
            const button = [...document.querySelectorAll('button')].find((b) => /Generate summary|Regenerate/.test(b.textContent || ''))
            const start = performance.now()
            const observer = new MutationObserver(() => {
              const out = document.querySelector('[data-testid="draft-output"]')
              const text = out ? (out.textContent || '').trim() : ''
              if (text.length > 0 && !text.includes('Waiting for the first words')) {
                observer.disconnect()
                resolve(performance.now() - start)
              }
            })
            observer.observe(document.body, { subtree: true, childList: true, characterData: true })
            button.click()
          })`)
          const stopButton = page.getByRole('button', { name: 'Stop' })
          if (await stopButton.isVisible()) await stopButton.click()
          await page.getByLabel(/Status: (Cancelled|Complete)/).waitFor()
          if (r > 0) uiFirst.push(t)
        }
      }
      memory = rss(server.child.pid!)
      await page.close()
    }
    await stop(server)
  }
  await browser.close()
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
    { area: 'memory', measure: `browser-mode server RSS, ${options.wins.toLocaleString()} wins`, value: mb(memory), target: '', ok: null }
  )
  if (uiFirst.length && options.rawFirstToken?.length) {
    const overhead = median(uiFirst) - median(options.rawFirstToken)
    rows.push(
      {
        area: 'streaming',
        measure: 'first token shown in the UI (click → text on screen)',
        value: `${ms(median(uiFirst))} ms`,
        target: '',
        ok: null
      },
      { area: 'streaming', measure: 'UI overhead vs raw client', value: `${ms(overhead)} ms`, target: '≤ 10 ms', ok: overhead <= 10 }
    )
  }
  return rows
}
