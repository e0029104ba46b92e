import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { newDataDir, startApp } from './support/webServer'

// What a new user does first: `npm run web` with no folder yet and a HOME with no ~/.config.

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8)

test('no --data-dir and a fresh HOME: the default folder is made (0700, with ~/.config) and the app works', async ({ page }) => {
  const app = await startApp(null)
  try {
    expect(app.dataDir).toBe(join(app.home, '.config', 'Loopwise'))
    expect(mode(app.dataDir)).toBe('700')
    expect(existsSync(join(app.dataDir, 'loopwise.json'))).toBe(true)
    await page.goto(app.url)
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    const saved = await page.request.post(`${app.origin}/api/wins.create`, {
      headers: { authorization: `Bearer ${app.token}` },
      data: { date: '2026-03-14', title: 'First win on a new machine' }
    })
    expect((await saved.json()).ok).toBe(true)
  } finally {
    await app.stop()
  }
})

test('--data-dir naming a folder that does not exist (nor its parent): made, 0700, and the app works', async ({ page }) => {
  const dataDir = newDataDir()
  expect(existsSync(join(dataDir, '..'))).toBe(false)
  const app = await startApp(dataDir)
  try {
    expect(mode(dataDir)).toBe('700')
    await page.goto(app.url)
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    const status = await page.request.post(`${app.origin}/api/app.status`, { headers: { authorization: `Bearer ${app.token}` }, data: {} })
    expect((await status.json()).data).toMatchObject({ readOnly: false, saved: true })
  } finally {
    await app.stop()
  }
})
