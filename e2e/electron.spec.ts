import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, chromium, expect, test, type Browser, type Page } from '@playwright/test'
import { ROOT } from './support/webServer'

/**
 * Two ways to drive the desktop app:
 *  - development binary: Electron from node_modules running out/main/index.js (Playwright's
 *    _electron.launch, which needs the Node inspector);
 *  - packaged app: the executable release CI just built (LOOPWISE_PACKAGED_APP). Its fuses turn
 *    --inspect off, so Playwright attaches over Chromium's DevTools protocol instead — the shipped
 *    binary, fuses and all, is what gets tested.
 */

/**
 * Electron's postinstall downloads its binary and records it in path.txt. Read that record
 * instead of require('electron'), which would try to download it again right here.
 */
function electronBinary(): { path: string | null; reason: string } {
  const pkg = join(ROOT, 'node_modules/electron')
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile) && !override)
    return { path: null, reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)' }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const full = join(override ?? join(pkg, 'dist'), relative)
  return existsSync(full) ? { path: full, reason: '' } : { path: null, reason: `the Electron binary is not installed (${full} is missing)` }
}

function packagedApp(): { path: string | null; reason: string } {
  const path = process.env.LOOPWISE_PACKAGED_APP
  if (!path) return { path: null, reason: 'LOOPWISE_PACKAGED_APP is not set (release CI points it at the packaged executable)' }
  return existsSync(path) ? { path, reason: '' } : { path: null, reason: `LOOPWISE_PACKAGED_APP names ${path}, which does not exist` }
}

const binary = electronBinary()
const packaged = packagedApp()
if (!binary.path)
  console.log(`[electron.spec] development binary skipped: ${binary.reason}; browser-mode specs cover the same UI and core.`)
if (!packaged.path) console.log(`[electron.spec] packaged app skipped: ${packaged.reason}.`)

/** The same walk through the app in both modes: a secure page, a saved win. */
async function saveAWin(window: Page, title: string): Promise<void> {
  expect(window.url()).toMatch(/^app:\/\/loopwise\//)
  await window.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
  await expect(window.getByRole('heading', { name: 'Wins', level: 2 })).toBeVisible()
  // No Node in the page: only the two-function bridge from the preload.
  const page = await window.evaluate(() => ({
    process: typeof (globalThis as { process?: unknown }).process,
    require: typeof (globalThis as { require?: unknown }).require
  }))
  expect(page).toEqual({ process: 'undefined', require: 'undefined' })
  expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['invoke', 'on'])
  // The page cannot read outside its folder through its own scheme.
  expect(await window.evaluate(() => fetch('app://loopwise/..%2f..%2fpackage.json').then((r) => r.status))).toBeGreaterThanOrEqual(400)
  await window.getByRole('button', { name: 'New win', exact: true }).click()
  await window.getByRole('dialog').getByLabel('Title').fill(title)
  await window.getByRole('dialog').getByRole('button', { name: 'Save win' }).click()
  await expect(window.getByRole('article', { name: title })).toBeVisible()
}

async function seesWin(window: Page, title: string): Promise<void> {
  await window.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
  await expect(window.getByRole('article', { name: title })).toBeVisible()
}

test.describe('desktop app (development binary)', () => {
  test.skip(!binary.path, `skipped: ${binary.reason}`)

  test('opens a secure window over app://, saves a win, and keeps it across restarts', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'loopwise-electron-')), 'data')
    const launch = () =>
      electron.launch({ executablePath: binary.path!, args: [join(ROOT, 'out/main/index.js'), `--data-dir=${dataDir}`, '--no-sandbox'] })
    let app = await launch()
    await saveAWin(await app.firstWindow(), 'Shipped from the desktop app')
    await app.close()

    app = await launch()
    await seesWin(await app.firstWindow(), 'Shipped from the desktop app')
    await app.close()
  })
})

/** A packaged app started by hand, reached over the DevTools protocol, and what it printed. */
interface RunningPackagedApp {
  child: ChildProcess
  browser: Browser
  window: Page
  stderr: () => string
  stop: () => Promise<void>
}

async function launchPackaged(
  executable: string,
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  args: string[] = []
): Promise<RunningPackagedApp> {
  const child = spawn(
    executable,
    [`--data-dir=${dataDir}`, '--remote-debugging-port=0', ...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stderr = ''
  child.stdout!.on('data', (d) => (stderr += String(d)))
  child.stderr!.on('data', (d) => (stderr += String(d)))
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the packaged app opened no DevTools endpoint in 30 s:\n${stderr}`)), 30_000)
    child.on('exit', (code) => reject(new Error(`the packaged app exited (${code}) before its window opened:\n${stderr}`)))
    const poll = setInterval(() => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr)
      if (!m) return
      clearInterval(poll)
      clearTimeout(timer)
      resolve(m[1]!)
    }, 100)
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]!
  const window = context.pages().find((p) => p.url().startsWith('app://')) ?? (await context.waitForEvent('page', { timeout: 20_000 }))
  await window.waitForLoadState('domcontentloaded')
  const stop = async () => {
    const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))
    // Closing the last window quits on Windows and Linux; macOS keeps the app, so it is asked to quit.
    await window.evaluate(() => globalThis.close()).catch(() => undefined)
    await browser.close().catch(() => undefined)
    const late = setTimeout(() => child.kill('SIGTERM'), 10_000)
    await exited
    clearTimeout(late)
  }
  return { child, browser, window, stderr: () => stderr, stop }
}

test.describe('packaged app (release build)', () => {
  test.skip(!packaged.path, `skipped: ${packaged.reason}`)
  test.setTimeout(120_000)

  test('runs the shipped binary with its fuses burnt, its page over app:// and DevTools shut', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'loopwise-packaged-')), 'data')
    const marker = join(dataDir, '..', `node-options-ran-${process.pid}`)
    const inject = join(tmpdir(), `loopwise-inject-${process.pid}.js`)
    writeFileSync(inject, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'NODE_OPTIONS ran')`)
    // Each of these would take over a stock Electron binary; the fuses and packaged-mode switches must refuse them all.
    const attacks = {
      ELECTRON_RUN_AS_NODE: '1',
      NODE_OPTIONS: `--require ${JSON.stringify(inject)}`,
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/evil.html'
    }
    let app = await launchPackaged(packaged.path!, dataDir, attacks, ['--inspect=0'])
    try {
      expect(app.window.url()).toBe('app://loopwise/index.html')
      expect(existsSync(marker), 'NODE_OPTIONS --require ran inside the packaged app').toBe(false)
      expect(app.stderr()).not.toMatch(/Debugger listening/)
      await saveAWin(app.window, 'Shipped from the packaged app')

      // DevTools: the usual shortcuts open nothing, and no DevTools page ever appears.
      for (const keys of ['F12', 'Control+Shift+I', 'Meta+Alt+I']) await app.window.keyboard.press(keys)
      const session = await app.browser.newBrowserCDPSession()
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ url: string; type: string }> }
      expect(targetInfos.filter((t) => t.url.startsWith('devtools://'))).toEqual([])
    } finally {
      await app.stop()
    }

    app = await launchPackaged(packaged.path!, dataDir)
    try {
      await seesWin(app.window, 'Shipped from the packaged app')
    } finally {
      await app.stop()
    }
  })
})
