import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { loadNow } from './load'
import { startProfile, stopProfile } from './longTaskProfile'
import { startTaskTrace, stopTaskTrace } from './taskTrace'
import { ms, type Row } from './stats'

const ROOT = join(__dirname, '..', '..')

function startServer(dataDir: string, outDir: string) {
  const child = spawn(process.execPath, [join(outDir, 'main/web.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise<{ url: string; stop(): void }>((resolve, reject) => {
    let out = ''
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
    child.stdout!.on('data', (d) => {
      out += String(d)
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)
      if (m)
        resolve({
          url: m[1]!,
          stop: () => {
            child.removeAllListeners('exit')
            child.kill('SIGTERM')
          }
        })
    })
  })
}

// Chromium's Long Tasks API: every task of 50 ms or more on the page's main thread.
const OBSERVE = `window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration) }).observe({ type: 'longtask', buffered: false })`
const longest = (page: Page) => page.evaluate<number>('window.__longest')
const reset = (page: Page) => page.evaluate('window.__longest = 0')

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()

/** Scroll a feed in jumps, as a person dragging the scrollbar would. */
async function scrollFeed(page: Page, label: string) {
  const feed = page.getByRole('feed', { name: label })
  await feed.waitFor()
  for (let i = 1; i <= 10; i++) {
    await feed.evaluate((el, f) => el.scrollTo({ top: el.scrollHeight * f }), i / 10)
    await page.waitForTimeout(120)
  }
}

/**
 * Each paged list opened, scrolled and (where it has one) searched at one size; the longest
 * main-thread task while doing it. BENCH_SHOTS=dir also saves a screenshot of each;
 * BENCH_PROFILE=1 prints where each step's longest busy stretch went (longTaskProfile.ts).
 */
export async function pagesBench(wins: number, outDir = join(ROOT, 'out'), build = ''): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'loopwise-bench-pages-'))
  writeFileSync(join(dir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(wins), journalSeq: 0 }))
  const server = await startServer(dir, outDir)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const shots = process.env.BENCH_SHOTS
  const rows: Row[] = []
  const record = async (label: string, act: () => Promise<void>) => {
    await reset(page)
    const profile = process.env.BENCH_PROFILE ? await startProfile(page) : null
    if (!profile) await startTaskTrace(browser, page)
    const t = performance.now()
    await act()
    const worst = await longest(page)
    const load = loadNow()
    if (profile) console.log(await stopProfile(profile, label))
    const trace = profile ? null : await stopTaskTrace(browser)
    if (shots) await page.screenshot({ path: join(shots, `${label.replace(/\W+/g, '-')}.png`) })
    rows.push({
      area: `page ${wins.toLocaleString()} wins${build ? `, ${build}` : ''}`,
      measure: `${label}: longest task (whole step ${ms(performance.now() - t)} ms); trace: longest task wall / its CPU, most CPU in one task`,
      value: `${worst ? `${ms(worst)} ms` : 'none ≥ 50 ms'}; ${trace ? `${ms(trace.wall)} / ${ms(trace.cpu)}, ${ms(trace.maxCpu)} ms` : 'profiled'} (load ${load})`,
      target: '≤ 100 ms',
      ok: worst <= 100
    })
  }
  try {
    await page.goto(server.url)
    await page.evaluate(OBSERVE)
    await page.getByRole('navigation', { name: 'Sections' }).waitFor()
    // Its own step: the dashboard's 50k timeline arriving and rendering used to fall into the
    // next step's longest task when Loop was clicked before it had settled.
    await record('Dashboard, the timeline arriving', async () => {
      await page.getByRole('figure', { name: 'Loop timeline' }).waitFor()
      await page.waitForTimeout(1_000)
    })
    await record('Loop → Past check-ins, open and scroll', async () => {
      await section(page, 'Loop')
      await page.getByRole('tab', { name: 'Past check-ins' }).click()
      await scrollFeed(page, 'Past check-ins')
    })
    await record('Loop → Commitments → All, open and scroll', async () => {
      await page.getByRole('tab', { name: 'Commitments' }).click()
      await page.getByRole('radiogroup', { name: 'Which commitments' }).getByText('All', { exact: true }).click()
      await scrollFeed(page, 'All commitments')
    })
    await record('Interview, open and search the questions while typing', async () => {
      await section(page, 'Interview')
      const box = page.getByRole('combobox', { name: 'Question' })
      await box.click()
      await box.pressSequentially('hiring pipeline', { delay: 40 })
      await page.getByRole('option').first().waitFor()
    })
    await page.keyboard.press('Escape')
    await record('Drafts, open and scroll the saved drafts', async () => {
      await section(page, 'Drafts')
      await scrollFeed(page, 'Saved drafts')
    })
    await record('Ctrl+K, typing a search', async () => {
      await page.keyboard.press('Control+K')
      const box = page.getByRole('searchbox', { name: 'Search everything' }).or(page.getByLabel('Search everything').locator('input'))
      await box.first().pressSequentially('strategy narrative', { delay: 40 })
      await page.waitForTimeout(600)
    })
  } finally {
    await browser.close()
    server.stop()
  }
  return rows
}
