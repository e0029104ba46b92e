import type { APIRequestContext } from '@playwright/test'
import { test, expect } from './support/fixtures'
import type { RunningApp } from './support/webServer'
import { WinsPage } from './pages/WinsPage'

/** 250 wins over the four quarters of 2025, saved in one call as a brag import would. */
async function seedWins(request: APIRequestContext, app: RunningApp) {
  const wins = Array.from({ length: 250 }, (_, i) => ({
    date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Seeded win ${String(i).padStart(3, '0')}`,
    impact: `Impact of win ${i}.`,
    tags: [i % 2 ? 'odd' : 'even']
  }))
  const res = await request.post(`${app.origin}/api/data.bragSave`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { wins }
  })
  expect(res.status()).toBe(200)
}

test('the dashboard shows a few items per lane and opens a whole quarter on request', async ({ page, request, app }) => {
  await seedWins(request, app)
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Dashboard', { exact: true }).click()
  const recent = page.getByRole('region', { name: 'Recent wins' })
  await expect(recent.getByRole('button')).toHaveCount(5)
  // 2025-Q1 holds 63 wins (January to March); the lane shows three and offers the rest.
  const lane = page.getByLabel('Led to in 2025-Q1')
  await expect(lane.getByRole('button', { name: '+60 more' })).toBeVisible()
  await lane.getByRole('button', { name: '+60 more' }).click()
  const dialog = page.getByRole('dialog', { name: 'Everything in 2025 Q1' })
  await expect(dialog.getByRole('heading', { name: 'Led to (63)' })).toBeVisible()
  await expect(dialog.getByText('Seeded win 000', { exact: true })).toBeVisible()
})

test('the wins list pages through hundreds of wins as it scrolls, and filters on the server', async ({ page, request, app }) => {
  await seedWins(request, app)
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await expect(page.getByText('250 wins, newest first')).toBeVisible()
  // The oldest win is on the third page (100 per page): scroll to the end to load it.
  const feed = page.getByRole('feed', { name: 'Wins' })
  await expect(async () => {
    await feed.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect(wins.card('Seeded win 000')).toBeVisible({ timeout: 1000 })
  }).toPass()
  await page.getByLabel('Search wins').fill('seeded 130')
  await expect(page.getByText('1 win match, newest first')).toBeVisible()
  await expect(wins.card('Seeded win 130')).toBeVisible()
  await expect(wins.card('Seeded win 000')).toBeHidden()
})

test('a win found by global search opens for editing, though the list holds only the pages on screen', async ({ page, request, app }) => {
  await seedWins(request, app)
  const wins = new WinsPage(page)
  await wins.open(app.url)
  await page.getByRole('button', { name: 'Search everything' }).click()
  await page.getByPlaceholder(/Search wins, people/).fill('seeded 000')
  // The oldest win is on the last page, not loaded at the top of the list: the Wins section
  // asks the core for it.
  await page.getByRole('button', { name: /Seeded win 000/ }).click()
  await expect(wins.dialog.getByLabel('Title')).toHaveValue('Seeded win 000')
})
