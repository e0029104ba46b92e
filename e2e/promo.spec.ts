import { test, expect } from './support/fixtures'
import { daysAgo, PromoScreen, Sections, seed } from './pages/ImpactPages'

test('promo: level change brings its criteria, an item moves and stays moved, the form survives navigation', async ({ page, app }) => {
  await seed(app, 'wins.create', {
    date: daysAgo(40),
    title: 'Saved $1.2M in annual cloud spend',
    whatIDid: 'Moved batch jobs to spot capacity.',
    impact: 'Cloud bill down',
    metrics: [{ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD/year' }],
    scope: 'company'
  })
  await seed(app, 'wins.create', { date: daysAgo(20), title: 'Promoted to Group PM' })
  await seed(app, 'wins.create', {
    date: daysAgo(30),
    title: 'Mentored two junior engineers',
    whatIDid: 'Weekly 1:1s and paired on their first on-call shifts.'
  })
  await page.goto(app.url)
  const sections = new Sections(page)
  await sections.go('Promo', 'Promo packet')
  const promo = new PromoScreen(page)
  const criteria = page.getByLabel('Criteria for the target level')
  const level = page.getByRole('combobox', { name: 'Target level' })

  await level.fill('L8')
  await expect(criteria).toHaveValue(/Shapes company-level strategy/)
  await level.fill('L7')
  await expect(criteria).toHaveValue(/Defines the technical strategy for an org/)
  await expect(criteria).not.toHaveValue(/Shapes company-level strategy/)

  // Typed settings survive leaving the screen.
  await page.getByLabel('From', { exact: true }).fill(daysAgo(100))
  await sections.go('Wins', 'Wins')
  await sections.go('Promo', 'Promo packet')
  await expect(level).toHaveValue('L7')
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(daysAgo(100))
  await expect(criteria).toHaveValue(/Defines the technical strategy for an org/)

  await page.getByRole('button', { name: 'Build packet' }).click()
  const recognition = promo.packet.getByRole('region', { name: 'Recognition' })
  const mentoring = promo.packet.getByRole('region', { name: 'Mentoring and growing others' })
  const influence = promo.packet.getByRole('region', { name: 'Influence beyond the team' })
  await expect(recognition).toContainText('Promoted to Group PM')
  await expect(promo.packet.getByRole('region', { name: 'Key projects' })).toContainText('Saved $1.2M in annual cloud spend')
  await expect(mentoring).toContainText('Mentored two junior engineers')

  await mentoring.getByRole('button', { name: /Move “Mentored two junior engineers/ }).click()
  await page.getByRole('menuitem', { name: 'Influence beyond the team' }).click()
  await expect(influence).toContainText('Mentored two junior engineers')
  await expect(mentoring).not.toContainText('Mentored two junior engineers')

  // Remembered: the next version keeps the user's placement.
  await page.getByRole('button', { name: 'Build a new version' }).click()
  await expect(page.getByRole('textbox', { name: 'Version' }).or(page.getByRole('combobox', { name: 'Version' }))).toHaveValue(/^Version 2/)
  await expect(influence).toContainText('Mentored two junior engineers')
  if (process.env.PROMO_SCREENSHOT) await page.screenshot({ path: process.env.PROMO_SCREENSHOT, fullPage: true })
})

test('promo: the form starts afresh when the data set changes (sample in and out), not on navigation', async ({ page, app }) => {
  await seed(app, 'wins.create', { date: daysAgo(40), title: 'My own win' })
  await page.goto(app.url)
  const sections = new Sections(page)
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await sections.go('Promo', 'Promo packet')
  const from = page.getByLabel('From', { exact: true })
  await expect(from).not.toHaveValue('')
  await from.fill('2020-01-01')

  await nav.getByText('Dashboard', { exact: true }).click()
  await page.getByRole('button', { name: 'Try it with sample data' }).first().click()
  const banner = page.getByRole('status', { name: 'Sample mode' })
  await expect(banner).toBeVisible()
  await sections.go('Promo', 'Promo packet')
  // The sample's own defaults, not the period typed over your data.
  await expect(from).not.toHaveValue('')
  await expect(from).not.toHaveValue('2020-01-01')

  await from.fill('2019-05-05')
  await banner.getByRole('button', { name: 'Leave sample data' }).click()
  await expect(banner).toBeHidden()
  await expect(from).not.toHaveValue('')
  await expect(from).not.toHaveValue('2019-05-05')
})
