import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { startApp } from './support/webServer'
import { api } from './pages/LoopwiseApp'
import { goSection } from './pages/Tour'

// A shared two-core machine runs these slowly; the default 30 s is tight for a whole flow.
test.describe.configure({ timeout: 120_000 })

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

type Box = { x: number; y: number; width: number; height: number }
const intersect = (x: Box, y: Box) => x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height

/** Where the toast with this text sits, read the moment it is shown (it closes itself a few seconds later). */
async function toastBox(page: Page, text: string): Promise<Box> {
  const handle = await page.waitForFunction((t) => {
    const toast = [...document.querySelectorAll('.mantine-Notification-root')].find((n) => n.textContent?.includes(t))
    if (!toast) return null
    const r = toast.getBoundingClientRect()
    return r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null
  }, text)
  return (await handle.jsonValue()) as Box
}

const boxOf = async (l: Locator) => {
  const box = await l.boundingBox()
  if (!box) throw new Error('not on screen')
  return box
}

/** Text cut off with an ellipsis (or clipped) shows less than it holds. */
const truncated = (l: Locator) => l.evaluate((el) => el.scrollWidth > el.clientWidth + 1)

for (const size of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 }
]) {
  test(`${size.width}×${size.height}: toasts leave Save buttons uncovered`, async ({ page, app }) => {
    await page.setViewportSize(size)
    await api(app, 'wins.create', { date: daysAgo(3), title: 'Shipped the billing migration' })
    await page.goto(app.url)
    await goSection(page, 'People')
    await page.getByRole('tab', { name: 'You: profile & goals' }).click()
    const profile = page.getByRole('form', { name: 'Profile' })
    await profile.getByLabel('Your name').fill('Sam Rivera')
    const saveProfile = profile.getByRole('button', { name: 'Save profile' })
    const button = await boxOf(saveProfile)
    await saveProfile.click()
    expect(intersect(await toastBox(page, 'Profile saved.'), button)).toBe(false)

    // Saving a win, then opening the next one at once: the toast is still up.
    await goSection(page, 'Wins')
    await page.getByRole('button', { name: 'Shipped the billing migration', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit win' })
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    // Where the toast sits (it stays put while shown); the next dialog opens at the same place.
    const saved = await toastBox(page, 'Shipped the billing migration')
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: 'Shipped the billing migration', exact: true }).click()
    const again = dialog.getByRole('button', { name: 'Save changes' })
    await expect(again).toBeVisible()
    const [save, cancel] = [await boxOf(again), await boxOf(dialog.getByRole('button', { name: 'Cancel' }))]
    expect(intersect(saved, save)).toBe(false)
    expect(intersect(saved, cancel)).toBe(false)
  })

  test(`${size.width}×${size.height}: the dashboard's next check-ins show whole names, roles and actions`, async ({ page, app }) => {
    await page.setViewportSize(size)
    await api(app, 'sample.enter')
    await page.goto(app.url)
    const card = page.getByRole('region', { name: 'Next check-ins' })
    await expect(card.getByText('Skip-level', { exact: true })).toBeVisible()
    for (const badge of await card.locator('.mantine-Badge-root').all())
      expect(await truncated(badge.locator('.mantine-Badge-label'))).toBe(false)
    for (const name of ['Dana Okafor', 'Morgan Lee']) {
      expect(await truncated(card.getByRole('button', { name, exact: true }))).toBe(false)
      const prepare = card.getByRole('button', { name: `Prepare the next check-in with ${name}` })
      await expect(prepare).toHaveText('Prepare')
      expect(await truncated(prepare.locator('.mantine-Button-label'))).toBe(false)
      await expect(card.getByRole('button', { name: `Log a check-in with ${name}` })).toHaveText('Log a check-in')
    }
  })
}

test('the sources list says what each entry is in words, with its whole badge, and opens it', async ({ page, app }) => {
  await api(app, 'sample.enter')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(app.url)
  await goSection(page, 'Drafts')
  await page.getByRole('button', { name: 'Generate summary' }).click()
  const sources = page.getByRole('list', { name: 'Sources' })
  await expect(sources).toBeVisible()
  await expect(sources).not.toContainText(/personGoal|checkIn|\bwin\b ·/)
  await expect(sources.getByText(/^Win · /).first()).toBeVisible()
  const first = sources.getByLabel('Source 1')
  await expect(first).toHaveText('S1')
  expect(await truncated(first.locator('.mantine-Badge-label'))).toBe(false)
  // A wrapped title starts at the left edge, like the text under it.
  const title = sources.getByRole('listitem').first().getByRole('button')
  expect(await title.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/^(start|left)$/)
  await title.click()
  await expect(page.getByRole('dialog', { name: 'Edit win' })).toBeVisible()
})

test('Ctrl+K: Enter opens the top hit, not a section highlighted before the hits arrived', async ({ page, app }) => {
  await api(app, 'wins.create', { date: daysAgo(5), title: 'Loop tooling for the PM team', impact: 'Every PM preps in one place.' })
  await api(app, 'people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })
  await page.goto(app.url)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await page.keyboard.press('Control+K')
  const search = page.getByRole('textbox', { name: 'Search everything' })
  await expect(search).toBeFocused()
  // "loop" is also the name of a section: the win still comes first, and Enter opens it.
  await search.pressSequentially('loop', { delay: 30 })
  await search.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Edit win' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Edit win' }).getByLabel('Title')).toHaveValue('Loop tooling for the PM team')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Edit win' })).toBeHidden()

  await page.getByRole('button', { name: 'Search everything' }).click()
  await search.fill('dana')
  await expect(page.locator('[data-action][data-selected]')).toContainText('Dana Okafor')
  await expect(page.locator('[data-action][data-selected]')).toContainText('Person · Manager · CPO')
  await search.press('Enter')
  await expect(page.getByRole('region', { name: 'Dana Okafor details' })).toBeVisible()
})

test('theme: Settings switches light, dark or system; dark is painted before the app loads, and kept with the data', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await goSection(page, 'Settings')
  const theme = page.getByRole('radiogroup', { name: 'Theme' })
  await theme.getByText('Dark', { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect.poll(async () => (await api<{ settings: { colorScheme: string } }>(app, 'settings.get')).settings.colorScheme).toBe('dark')

  // Before the app's code runs (held back here), the page is already dark: no white flash.
  const darkBeforeApp = async (p: Page) => {
    let release: () => void = () => undefined
    const held = new Promise<void>((r) => (release = r))
    let first = true
    await p.route(/\/assets\/index-.*\.js$/, async (route) => {
      if (first) {
        first = false
        await held
      }
      await route.continue()
    })
    // Module scripts run before DOMContentLoaded, so wait only for the parse (classic scripts run then).
    await p.reload({ waitUntil: 'commit' })
    // Stylesheets block the first paint, so what is painted first is what they say once loaded
    // (on a busy machine the parse can finish before the stylesheet arrives).
    await p.waitForFunction(
      () =>
        document.readyState !== 'loading' &&
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null)
    )
    const early = await p.evaluate(() => ({
      scheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
      appStarted: (document.getElementById('root')?.childElementCount ?? 0) > 0,
      background: getComputedStyle(document.documentElement).backgroundColor
    }))
    release()
    return early
  }
  expect(await darkBeforeApp(page)).toEqual({ scheme: 'dark', appStarted: false, background: 'rgb(36, 36, 36)' })
  await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked()

  // Browser mode starts on a new address each run, with nothing in its storage: the data decides.
  await app.stop()
  const again = await startApp(app.dataDir)
  try {
    const fresh = await page.context().browser()!.newPage()
    await fresh.goto(again.url)
    await expect(fresh.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
    await goSection(fresh, 'Settings')
    await fresh.getByRole('radiogroup', { name: 'Theme' }).getByText('System', { exact: true }).click()
    await expect(fresh.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light')
    await fresh.close()
  } finally {
    await again.stop()
  }
})

test('a change saved elsewhere (another tab, the API) shows up without a reload', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'Start your loop' })).toBeVisible()
  await api(app, 'people.create', { name: 'Dana Okafor', role: 'manager' })
  await api(app, 'wins.create', { date: daysAgo(1), title: 'Ran the planning offsite' })
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Ran the planning offsite')
  await expect(page.getByRole('region', { name: 'Next check-ins' })).toContainText('Dana Okafor')
})
