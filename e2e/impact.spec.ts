import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { test, expect } from './support/fixtures'
import { daysAgo, InterviewScreen, PromoScreen, RewritePanel, Sections, seed } from './pages/ImpactPages'

test('rewrite a win’s impact: placeholders instead of invented numbers, apply with one click, restore the previous text', async ({
  page,
  app
}) => {
  await seed(app, 'wins.create', {
    date: daysAgo(30),
    title: 'Migrated the team to a new planning tool',
    whatIDid: 'Planned the migration in three waves.',
    impact: 'Moved us over'
  })
  await page.goto(app.url)
  await new Sections(page).go('Wins', 'Wins')
  const card = page.getByRole('article', { name: 'Migrated the team to a new planning tool' })
  await expect(card.getByLabel('Impact strength: Task only')).toBeVisible()

  const panel = new RewritePanel(page)
  await panel.openFor('Migrated the team to a new planning tool')
  await expect(
    panel.drawer.getByText('How many people or teams moved over, and what changed in their cycle time or planning time?').first()
  ).toBeVisible()
  await expect(panel.text).toHaveValue('[what changed, for whom?], as measured by [metric?], by planning the migration in three waves.')
  await expect(panel.drawer.locator('mark', { hasText: '[metric?]' })).toBeVisible()

  // The person answers the questions in the text, then applies it with one click.
  await panel.text.fill('Every product team plans in one tool, as measured by 6 teams migrated, by planning the migration in three waves.')
  await panel.drawer.getByRole('button', { name: 'Apply to win' }).click()
  await expect(card).toContainText('Every product team plans in one tool, as measured by 6 teams migrated')
  await expect(panel.drawer.getByRole('list', { name: 'Impact history' })).toContainText('before: “Moved us over”')
  await expect(panel.drawer.getByText('Measured outcome', { exact: true }).first()).toBeVisible()

  await panel.drawer.getByRole('button', { name: /Restore the text from before/ }).click()
  await expect(card).toContainText('Moved us over')
  await page.reload()
  await expect(page.getByRole('article', { name: 'Migrated the team to a new planning tool' })).toContainText('Moved us over')
})

test('build a packet with sources and export it as DOCX and Markdown; print hides the app around it', async ({ page, app }) => {
  await seed(app, 'wins.create', {
    date: daysAgo(60),
    title: 'Overhauled the PM interview loop',
    whatIDid: 'Hiring was slow because every interviewer asked the same questions. Designed one rubric per stage.',
    impact: 'Time to offer went from 12 days to 4',
    metrics: [{ label: 'Days to offer', value: 4, unit: 'days', baseline: 12 }],
    scope: 'org'
  })
  await seed(app, 'wins.create', {
    date: daysAgo(90),
    title: 'Ran the planning-tool rollout',
    impact: 'All teams plan in one tool',
    metrics: [{ label: 'Teams', value: 6, unit: 'teams' }],
    scope: 'org'
  })
  await seed(app, 'wins.create', { date: daysAgo(800), title: 'An old win from long ago', impact: 'Outside any period we pick' })
  await page.goto(app.url)
  // Loop first: its agenda print sheet, once loaded, must not blank the packet's print.
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Loop', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Loop' })).toBeVisible()
  await new Sections(page).go('Promo', 'Promo packet')
  const promo = new PromoScreen(page)
  await page.getByRole('combobox', { name: 'Target level' }).fill('Staff')
  await page.getByLabel('Criteria for the target level').fill('Sets direction across several teams\nGrows other engineers')
  await page.getByRole('button', { name: 'Build packet' }).click()

  for (const section of [
    'Target level and criteria',
    'Goals and expectations for the period',
    'Key projects',
    'Delivery with business impact',
    'Technical and product leadership',
    'Org improvements and glue work',
    'Mentoring and growing others',
    'Influence beyond the team',
    'Recognition',
    'Supporters',
    'Gaps and plans'
  ])
    await expect(promo.packet.getByRole('heading', { level: 3, name: section })).toBeVisible()
  await expect(promo.packet).toContainText('Overhauled the PM interview loop')
  await expect(promo.packet).not.toContainText('An old win from long ago')
  await expect(promo.packet.getByLabel(/^Source S\d+: Win Overhauled the PM interview loop$/).first()).toBeVisible()
  await expect(promo.packet).toContainText('Little evidence yet for “Grows other engineers”')
  await expect(promo.packet.getByRole('checkbox').first()).toBeVisible()

  const docxDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export DOCX' }).click()
  const docx = await docxDownload
  expect(docx.suggestedFilename()).toBe('promo-packet-staff-v1.docx')
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await docx.path())!)))['word/document.xml']!)
  expect(xml).toContain('Key projects')
  expect(xml).toContain('Overhauled the PM interview loop')

  const mdDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const md = readFileSync((await (await mdDownload).path())!, 'utf8')
  expect(md).toContain('## Gaps and plans')
  expect(md).toMatch(/\*\*Overhauled the PM interview loop\*\* \[S\d+\]/)

  // A second build keeps the first as a version.
  await page.getByRole('button', { name: 'Build a new version' }).click()
  await expect(page.getByRole('textbox', { name: 'Version' }).or(page.getByRole('combobox', { name: 'Version' }))).toHaveValue(/^Version 2/)

  // The same packet through the drafting panel (built-in engine): streamed, complete, sources listed, numbers checked.
  await page.getByRole('button', { name: /Write it up with your drafting engine/ }).click()
  await page.getByRole('button', { name: 'Draft the packet' }).click()
  const draft = page.getByLabel('Draft', { exact: true })
  await expect(draft.getByText('Complete', { exact: true })).toBeVisible()
  await expect(draft).toContainText('Strongest projects')
  await expect(draft).toContainText('Overhauled the PM interview loop')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden()
  await expect(promo.packet).toBeVisible()

  // A claim's source opens the entry it came from.
  await page.emulateMedia({ media: 'screen' })
  await promo.packet
    .getByLabel(/^Source S\d+: Win Overhauled the PM interview loop$/)
    .first()
    .click()
  await expect(page.getByRole('dialog', { name: 'Edit win' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Edit win' }).getByLabel('Title')).toHaveValue('Overhauled the PM interview loop')
})

test('one rehearsal round: visible timer and word count, rubric feedback with quotes, score on the chart', async ({ page, app }) => {
  await page.goto(app.url)
  await new Sections(page).go('Interview', 'Interview rehearsal')
  const screen = new InterviewScreen(page)
  await screen.pick('How do you decide what work to take on beyond what your manager assigns?')
  await expect(screen.timer).toContainText('0:00 typing')
  const answer =
    'Last March my manager told me in our quarterly one-on-one that hiring was her biggest blocker. I offered to overhaul the interview loop. ' +
    'I wrote a rubric per stage and ran two calibration sessions. As a result, time to offer went from 12 days to 4. I learned to ask what blocks my manager; since then I do it every quarter.'
  await screen.answer.pressSequentially(answer.slice(0, 40), { delay: 30 })
  await screen.answer.fill(answer)
  await expect(screen.timer).toContainText(`${answer.split(/\s+/).length} words`)
  await expect(screen.timer).not.toContainText('0:00 typing')
  await expect(screen.timer).toContainText('spoken of 2:00 target')

  await page.getByRole('button', { name: 'Get feedback' }).click()
  const feedback = page.getByLabel('Rubric feedback')
  await expect(feedback.getByRole('article')).toHaveCount(8)
  await expect(feedback.getByRole('article', { name: 'Measurable result' })).toContainText(
    '“As a result, time to offer went from 12 days to 4.”'
  )
  await expect(feedback.getByRole('article', { name: 'Reflection' })).toContainText('since then I do it every quarter')
  await expect(page.getByTestId('attempts-summary')).toContainText('1 attempt: overall')
  // Rubric v2: one tip to work on first, quoting this answer.
  await expect(page.getByTestId('focus-tip')).toContainText('Work on this first')
  await expect(page.getByTestId('focus-tip')).toContainText('“')
})
