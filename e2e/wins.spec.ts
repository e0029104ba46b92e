import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { newDataDir, startApp } from './support/webServer'
import { WinsPage } from './pages/WinsPage'

test('a new win is listed, survives a reload and a server restart', async ({ page, app }) => {
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await expect(page.getByRole('heading', { name: 'Log your first win' })).toBeVisible()
  await wins.startNew()
  await wins.fill({
    date: '2026-03-14',
    title: 'Ran the planning-tool rollout',
    whatIDid: 'Planned the migration in three waves.',
    impact: 'All product teams plan in one tool.',
    tags: ['ops']
  })
  await wins.addMetric('Teams migrated', '6', 'teams')
  await wins.save()
  await expect(wins.dialog).toBeHidden()
  await expect(wins.card('Ran the planning-tool rollout')).toContainText('Teams migrated: 6 teams')
  await wins.expectSavedIndicator()

  await page.reload()
  await expect(wins.card('Ran the planning-tool rollout')).toBeVisible()

  // SIGTERM finishes pending saves and exits cleanly.
  expect(await app.stop()).toBe(0)
  const again = await startApp(app.dataDir)
  try {
    await wins.open(again.url)
    await expect(wins.card('Ran the planning-tool rollout')).toContainText('All product teams plan in one tool.')
  } finally {
    await again.stop()
  }
})

test('an invalid win shows what to fix and saves nothing', async ({ page, app }) => {
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await wins.startNew()
  await wins.fill({ title: '   ' })
  await wins.addMetric('Cycle time', '')
  await wins.save()
  // Under each field, and again in the list of problems beside Save.
  await expect(wins.dialog.getByText('A title is required.', { exact: true })).toBeVisible()
  await expect(wins.dialog.getByText('A metric value must be a number.', { exact: true })).toBeVisible()
  await expect(wins.dialog.getByRole('alert')).toContainText('Title: A title is required.')
  await expect(wins.dialog).toBeVisible()
  // What was typed is still there.
  await expect(wins.dialog.getByLabel('Metric 1 label')).toHaveValue('Cycle time')
  const listed = await page.evaluate(async (token) => {
    const r = await fetch('/api/wins.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}'
    })
    return ((await r.json()) as { data: unknown[] }).data.length
  }, app.token)
  expect(listed).toBe(0)
})

test('deleting a win can be undone', async ({ page, app }) => {
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await wins.startNew()
  await wins.fill({ title: 'Overhauled the PM interview loop' })
  await wins.save()
  await wins
    .card('Overhauled the PM interview loop')
    .getByRole('button', { name: /Actions for/ })
    .click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(wins.card('Overhauled the PM interview loop')).toBeHidden()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(wins.card('Overhauled the PM interview loop')).toBeVisible()
})

test('a save reported done survives SIGKILL of the server', async ({ page, app }) => {
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await wins.startNew()
  await wins.fill({ title: 'Drafted v1 of the strategy doc' })
  await wins.save()
  await expect(page.getByRole('alert').or(page.locator('.mantine-Notification-root')).filter({ hasText: 'Saved' }).first()).toBeVisible()
  await app.stop('SIGKILL')
  const again = await startApp(app.dataDir)
  try {
    await wins.open(again.url)
    await expect(wins.card('Drafted v1 of the strategy doc')).toBeVisible()
  } finally {
    await again.stop()
  }
})

test('a corrupt data file is moved aside and the user is told', async ({ page }) => {
  const dataDir = newDataDir()
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(dataDir, 'loopwise.json'), '{"schemaVersion": 2, "wins": [ {"title": "cut sh')
  const app = await startApp(dataDir)
  try {
    const wins = new WinsPage(page)
    await wins.open(app.url)
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('loopwise.corrupt-')
    await notice.getByRole('button', { name: 'Got it' }).click()
    await expect(notice).toBeHidden()
  } finally {
    await app.stop()
  }
})

test('a second server on the same data folder exits and names the first', async ({ app }) => {
  const error = await startApp(app.dataDir).then(
    async (second) => {
      await second.stop()
      return null
    },
    (e: Error) => e
  )
  expect(error?.message).toMatch(/exited 1: Another Loopwise \(browser mode, process \d+/)
})
