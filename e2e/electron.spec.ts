import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { ROOT } from './support/webServer'

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

const binary = electronBinary()
if (!binary.path) console.log(`[electron.spec] skipped: ${binary.reason}; browser-mode specs cover the same UI and core.`)

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.path, `skipped: ${binary.reason}`)

  test('opens a secure window, saves a win, and keeps it across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-electron-'))
    const launch = () =>
      electron.launch({ executablePath: binary.path!, args: [join(ROOT, 'out/main/index.js'), `--data-dir=${dataDir}`, '--no-sandbox'] })
    let app = await launch()
    const window = await app.firstWindow()
    await window.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
    await expect(window.getByRole('heading', { name: 'Wins', level: 2 })).toBeVisible()
    // No Node in the page: only the two-function bridge from the preload.
    const page = await window.evaluate(() => ({
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require
    }))
    expect(page).toEqual({ process: 'undefined', require: 'undefined' })
    expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['invoke', 'on'])
    await window.getByRole('button', { name: 'New win', exact: true }).click()
    await window.getByRole('dialog').getByLabel('Title').fill('Shipped from the desktop app')
    await window.getByRole('dialog').getByRole('button', { name: 'Save win' }).click()
    await expect(window.getByRole('article', { name: 'Shipped from the desktop app' })).toBeVisible()
    await app.close()

    app = await launch()
    const again = await app.firstWindow()
    await again.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
    await expect(again.getByRole('article', { name: 'Shipped from the desktop app' })).toBeVisible()
    await app.close()
  })
})
