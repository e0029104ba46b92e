import { chmodSync, mkdirSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { freshUserEnv, newDataDir, ROOT } from './support/webServer'
import { spawn } from 'node:child_process'

const LOCKED = 'This page needs the link printed where Loopwise started'

test('opened without its token: a locked page that says how to get in, and no API call succeeds', async ({ page, app }) => {
  const apiAnswers: number[] = []
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiAnswers.push(r.status())
  })
  await page.goto(`${app.origin}/`)
  const locked = page.getByRole('region', { name: 'Locked' })
  await expect(locked.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible()
  await expect(locked).toContainText('a bookmark or an old tab shows this page after a restart')
  await expect(locked).toContainText(`Loopwise browser mode: ${app.origin}/#token=…`)
  await expect(locked).toContainText('npm run web -- --open')
  await expect(page.getByText('Start your loop')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0)
  // The page itself makes no call; calls made without the token are refused.
  for (const route of ['wins.list', 'app.info', 'data.export'])
    expect((await page.request.post(`${app.origin}/api/${route}`, { data: {} })).status()).toBe(401)
  expect((await page.request.get(`${app.origin}/api/events`)).status()).toBe(401)
  expect(apiAnswers.filter((s) => s < 400)).toEqual([])
})

test('a tab holding the token of an earlier run locks itself at the first refused call', async ({ page, app }) => {
  await page.goto(`${app.origin}/#token=from-an-earlier-run`)
  const locked = page.getByRole('region', { name: 'Locked' })
  await expect(locked).toContainText('opened with the link of an earlier run of Loopwise')
  // The old token is forgotten: a reload stays locked rather than retrying it.
  await page.reload()
  await expect(locked.getByRole('heading', { name: LOCKED })).toBeVisible()
  // The printed link still opens the app.
  await page.goto(app.url)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
})

/** Starts browser mode with the given flags; resolves with the printed URL. */
function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), ...args], {
    env: freshUserEnv(env),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  child.stderr!.on('data', (d) => (err += String(d)))
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start: ${err}`)), 15_000)
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)))
    child.stdout!.on('data', (d) => {
      out += String(d)
      const m = /^Loopwise browser mode: (\S+)$/m.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
  })
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done()
      child.removeAllListeners('exit')
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return { url, stop, stderr: () => err }
}

test('--open hands the tokenised link to the default browser; without a browser it still starts', async () => {
  const bin = mkdtempSync(join(tmpdir(), 'loopwise-e2e-open-'))
  const opened = join(bin, 'opened.txt')
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${opened}"\n`)
  chmodSync(join(bin, 'xdg-open'), 0o755)
  const withOpener = run(['--port', '0', '--data-dir', newDataDir(), '--open'], { PATH: `${bin}:${process.env.PATH}` })
  const url = await withOpener.url
  await expect.poll(() => existsSync(opened) && readFileSync(opened, 'utf8')).toBe(url)
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/)
  await withOpener.stop()

  const noOpener = run(['--port', '0', '--data-dir', newDataDir(), '--open'], { PATH: mkdtempSync(join(tmpdir(), 'loopwise-e2e-empty-')) })
  expect(await noOpener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/)
  await expect.poll(noOpener.stderr).toContain('Could not open a browser: "xdg-open" was not found. Open the link above yourself.')
  await noOpener.stop()
})

test('without --port the address stays the same from run to run (the port remembered in the data folder)', async ({ page }) => {
  const dataDir = newDataDir()
  // A port free right now, remembered as if an earlier run had fallen back to it.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port
      s.close(() => resolve(p))
    })
  })
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(dataDir, 'browser-mode.json'), JSON.stringify({ port }))
  const first = run(['--data-dir', dataDir])
  const firstUrl = await first.url
  expect(firstUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#token=`))
  await first.stop()
  const second = run(['--data-dir', dataDir])
  const secondUrl = await second.url
  expect(new URL(secondUrl).port).toBe(String(port))
  // Same address, new token: the first run's link now opens the locked page.
  expect(secondUrl).not.toBe(firstUrl)
  await page.goto(firstUrl)
  await expect(page.getByRole('heading', { name: LOCKED })).toBeVisible()
  await second.stop()
})
