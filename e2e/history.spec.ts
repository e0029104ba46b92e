import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { startApp, type RunningApp } from './support/webServer'
import { api, LoopwiseApp } from './pages/LoopwiseApp'

/** Everything the app holds, as its own export sees it (the store file alone may lag its journal). */
const everything = async (app: RunningApp) =>
  JSON.parse((await api<{ text: string }>(app, 'data.export')).text).data as Record<string, unknown>

test('the whole chain: manager → check-in → commitment → delivered → linked win → dashboard and timeline', async ({ page, app }) => {
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  await expect(page.getByRole('heading', { name: 'Start your loop' })).toBeVisible()

  // Add a manager.
  await page.getByRole('button', { name: 'Add your manager' }).click()
  const add = lw.dialog('Add a person')
  await add.getByLabel('Name').fill('Dana Okafor')
  await add.getByLabel('Their title').fill('Chief Product Officer')
  await add.getByRole('button', { name: 'Add person' }).click()
  await expect(add).toBeHidden()
  const details = page.getByRole('region', { name: 'Dana Okafor details' })
  await expect(details).toContainText('First check-in: due now.')

  // Log a check-in from the person; the one thing becomes a commitment.
  await details.getByRole('button', { name: 'Log a check-in' }).click()
  const form = page.getByRole('form', { name: 'Check-in' })
  await form.getByLabel('What they said about my work').fill('Roadmap work is landing well.')
  await form.getByLabel('What are they trying to do?').fill('Refresh the product strategy')
  await form.getByLabel('What is blocking them?').fill('No time to write the strategy doc')
  await form.getByLabel('The one thing I offered / they asked for').fill('Draft v1 of the strategy doc')
  // The commitment's title is its own field: typed, never mirrored from the offer.
  await expect(form.getByLabel('Commitment', { exact: true })).toHaveValue('')
  await form.getByLabel('Commitment', { exact: true }).fill('Draft v1 of the strategy doc')
  await form.getByLabel('Due').fill('2099-02-15')
  await form.getByLabel('What I asked for').fill('What would you need to see for Group PM?')
  await form.getByRole('button', { name: 'Save check-in' }).click()

  // Commitments tab: accept, start, deliver.
  const card = lw.commitment('Draft v1 of the strategy doc')
  await expect(card).toContainText('Proposed')
  // Every step asks its day (today by default).
  await card.getByRole('button', { name: 'Accepted' }).click()
  await lw.dialog('Accepted — on which day?').getByRole('button', { name: 'Accepted' }).click()
  await card.getByRole('button', { name: 'Start' }).click()
  await lw.dialog('Started — on which day?').getByRole('button', { name: 'Start' }).click()
  await expect(card).toContainText('In progress')
  await card.getByRole('button', { name: 'Mark delivered' }).click()
  const deliver = lw.dialog('Mark delivered')
  const today = await deliver.getByLabel('Delivered on').inputValue()
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`
  await deliver.getByLabel('How did it land?').fill('The CPO used 80% of it.')
  await deliver.getByRole('button', { name: 'Mark delivered' }).click()

  // Delivering offers to log the win, prefilled and linked.
  const offer = lw.dialog('Delivered — log the win?')
  await offer.getByRole('button', { name: 'Log the win' }).click()
  const winDialog = lw.dialog('New win from a delivered commitment')
  await expect(winDialog.getByLabel('Title')).toHaveValue('Draft v1 of the strategy doc')
  await expect(winDialog.getByLabel('Date')).toHaveValue(today)
  await winDialog.getByLabel('Title').fill('Wrote v1 of the product strategy')
  await winDialog.getByLabel('Result / impact').fill('The CPO used 80% of it; I became the strategy PM.')
  await winDialog.getByRole('button', { name: 'Save win' }).click()
  await expect(winDialog).toBeHidden()
  await expect(page.getByRole('article', { name: 'Wrote v1 of the product strategy' })).toContainText('From a loop commitment')

  // The chain from both ends, in the data.
  const [commitment] = await api<{ id: string; status: string; winIds: string[]; serves?: unknown }[]>(app, 'commitments.list', {})
  const [win] = await api<{ id: string; commitmentId?: string }[]>(app, 'wins.list', {})
  expect(commitment!.status).toBe('delivered')
  expect(win!.commitmentId).toBe(commitment!.id)
  expect(commitment!.winIds).toEqual([win!.id])
  const [person] = await api<{ items: { kind: string; text: string; date: string }[] }[]>(app, 'people.list', {})
  expect(person!.items.map((i) => `${i.kind}:${i.text}@${i.date}`).sort()).toEqual([
    `blocker:No time to write the strategy doc@${today}`,
    `goal:Refresh the product strategy@${today}`
  ])

  // Dashboard: recent win, next check-in, and the timeline.
  await lw.section('Dashboard')
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Wrote v1 of the product strategy')
  await expect(page.getByRole('region', { name: 'Next check-ins' })).toContainText('Dana Okafor')
  await expect(page.getByRole('region', { name: 'Open commitments' })).toContainText('Nothing open')
  const timeline = page.getByRole('figure', { name: 'Loop timeline' })
  await expect(timeline.getByLabel(`Offered in ${quarter}`)).toContainText('Draft v1 of the strategy doc')
  await expect(timeline.getByLabel(`Delivered in ${quarter}`)).toContainText('Draft v1 of the strategy doc')
  await expect(timeline.getByLabel(`Led to in ${quarter}`)).toContainText('Wrote v1 of the product strategy')
  // One shared tooltip serves every pill: on hover and on keyboard focus it shows that pill's
  // whole text and describes it; Escape hides it.
  const pill = timeline.getByLabel(`Led to in ${quarter}`).getByRole('button').first()
  await pill.hover()
  await expect(page.getByRole('tooltip')).toContainText('Wrote v1 of the product strategy')
  await page.mouse.move(0, 0)
  await expect(page.getByRole('tooltip')).toBeHidden()
  await pill.focus()
  const tip = page.getByRole('tooltip')
  await expect(tip).toContainText('Wrote v1 of the product strategy')
  await expect(page.locator(`[id="${await pill.getAttribute('aria-describedby')}"]`)).toHaveText(
    /^Wrote v1 of the product strategy — The CPO used 80%/
  )
  await page.keyboard.press('Escape')
  await expect(tip).toBeHidden()
})

test('export → a new server on a new empty folder → import → identical data', async ({ page, app }) => {
  // Seed through the API: a year of loop is many clicks; the UI chain is covered above.
  const boss = await api<{ id: string }>(app, 'people.create', { name: 'Dana', role: 'manager' })
  await api(app, 'people.addItem', { personId: boss.id, kind: 'note', text: 'Sensitive', date: '2026-01-01', private: true })
  const { commitment } = await api<{ commitment: { id: string } }>(app, 'checkIns.create', {
    checkIn: {
      personId: boss.id,
      date: '2026-01-10',
      theirGoals: ['Refresh strategy'],
      offer: 'Draft v1',
      notes: 'Private',
      notesPrivate: true
    },
    commitment: { title: 'Draft v1 of the strategy', dueDate: '2026-02-01' }
  })
  await api(app, 'commitments.transition', { id: commitment.id, to: 'accepted', on: '2026-01-11' })
  await api(app, 'wins.create', {
    date: '2026-02-01',
    title: 'Strategy v1',
    commitmentId: commitment.id,
    metrics: [{ label: 'Kept', value: 80, unit: '%' }]
  })
  await api(app, 'goals.create', { title: 'Group PM', kind: 'promotion', why: 'Scope' })
  await api(app, 'profile.update', { profile: { name: 'Sam', role: 'Senior PM', strengths: ['Writing'] } })

  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^loopwise-export-\d{4}-\d{2}-\d{2}\.json$/)
  const exported = await download.path()

  const fresh = await startApp()
  try {
    await lw.open(fresh.url)
    await lw.section('Dashboard')
    await expect(page.getByRole('heading', { name: 'Start your loop' })).toBeVisible()
    await page
      .locator('input[type="file"][accept*="json"]')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(exported) })
    const dialog = lw.dialog(/^Import loopwise-export/)
    const summary = dialog.getByRole('table', { name: 'Import summary' })
    // What, now, in file, added, replaced, unchanged, removed.
    await expect(summary.getByRole('row', { name: 'Wins 0 1 1 0 0 0' })).toBeVisible()
    await expect(summary.getByRole('row', { name: 'Check-ins 0 1 1 0 0 0' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Back up and import' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Strategy v1')
    expect(await everything(fresh)).toEqual(await everything(app))
    expect(await everything(fresh)).toEqual(JSON.parse(readFileSync(exported, 'utf8')).data)
    expect(readdirSync(join(fresh.dataDir, 'backups')).some((f) => f.includes('pre-import'))).toBe(true)
  } finally {
    await fresh.stop()
  }
})

test('a malformed import file changes nothing and says why', async ({ page, app }) => {
  await api(app, 'wins.create', { date: '2026-02-01', title: 'Keep me' })
  const before = await everything(app)
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  const input = page.locator('input[type="file"][accept*="json"]')

  await input.setInputFiles({
    name: 'cut-short.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"loopwise-export","version":1,"data":{"wi')
  })
  const dialog = lw.dialog('Import cut-short.json')
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported: The file is not valid JSON')
  await expect(dialog.getByRole('button', { name: 'Back up and import' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  const wrongShape = JSON.stringify({
    format: 'loopwise-export',
    version: 1,
    data: { schemaVersion: 2, wins: [{ title: 'no id or date' }] }
  })
  await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrongShape) })
  await expect(lw.dialog('Import wrong.json').getByRole('alert')).toContainText('wins.0')
  // Even forcing the apply route changes nothing.
  await expect(api(app, 'data.importApply', { text: wrongShape, mode: 'replace' })).rejects.toThrow(/Nothing was imported/)

  expect(await everything(app)).toEqual(before)
  const backups = join(app.dataDir, 'backups')
  expect(existsSync(backups) ? readdirSync(backups).filter((f) => f.includes('pre-import')) : []).toEqual([])
})

test('sample data opens in its own folder and leaving it returns to your data', async ({ page, app }) => {
  await api(app, 'wins.create', { date: '2026-02-01', title: 'My own win' })
  const before = await everything(app)
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  await page.getByRole('button', { name: 'Try it with sample data' }).click()
  const banner = page.getByRole('status', { name: 'Sample mode' })
  await expect(banner).toContainText('sample data')
  // Whose story it is, read from the sample profile (it once said "Senior PM" after the sample became a Group PM).
  await expect(banner).toContainText('a Group Product Manager’s four quarters of loops with their Chief Product Officer')
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Overhauled the PM interview loop')
  await expect(page.getByRole('figure', { name: 'Loop timeline' })).toContainText('Run the planning-tool rollout')
  await banner.getByRole('button', { name: 'Leave sample data' }).click()
  await expect(banner).toBeHidden()
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('My own win')
  await expect(page.getByRole('region', { name: 'Recent wins' })).not.toContainText('interview loop')
  expect(await everything(app)).toEqual(before)
})

test('a Markdown brag document becomes wins only after review', async ({ page, app }) => {
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  await page.getByRole('button', { name: 'Import a brag document (Markdown)…' }).click()
  const dialog = lw.dialog('Import a brag document')
  await dialog
    .getByLabel('Markdown')
    .fill(
      '# Brag doc\n## Q1 2025 — Platform\n- **Cut** failed charges by 42%\n- Fixed the flaky build :tada:\n\n## March 2025\nRan the offsite for 30 people.\n'
    )
  await dialog.getByRole('button', { name: 'Read it' }).click()
  await expect(dialog.getByText('3 of 3 selected')).toBeVisible()
  await expect(dialog.getByLabel('Title 1', { exact: true })).toHaveValue('Cut failed charges by 42%')
  await expect(dialog.getByLabel('Date 1', { exact: true })).toHaveValue('2025-01-01')
  await expect(dialog.getByLabel('Date 3', { exact: true })).toHaveValue('2025-03-01')
  expect(await api<unknown[]>(app, 'wins.list', {})).toHaveLength(0)
  await dialog.getByRole('checkbox', { name: 'Keep Fixed the flaky build' }).uncheck()
  await dialog.getByLabel('Title 3', { exact: true }).fill('Ran the March offsite for 30 people')
  await dialog.getByRole('button', { name: 'Save 2 wins' }).click()
  await expect(dialog).toBeHidden()
  const wins = await api<{ title: string; date: string; metrics: { value: number; unit: string }[] }[]>(app, 'wins.list', {})
  expect(wins.map((w) => [w.title, w.date])).toEqual([
    ['Ran the March offsite for 30 people', '2025-03-01'],
    ['Cut failed charges by 42%', '2025-01-01']
  ])
  expect(wins[1]!.metrics).toEqual([expect.objectContaining({ value: 42, unit: '%' })])
})

test('a brag import splits title and impact, keeps baselines, and saves an undated line as undated (listed last)', async ({
  page,
  app
}) => {
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  await page.getByRole('button', { name: 'Import a brag document (Markdown)…' }).click()
  const dialog = lw.dialog('Import a brag document')
  await dialog
    .getByLabel('Markdown')
    .fill(
      "## stuff that isn't my job\n- wrote the oncall runbook\n\n## Q3 2025\n- **Cost:** cut our staging bill by $18k/month by moving CI runners to spot instances\n"
    )
  await dialog.getByRole('button', { name: 'Read it' }).click()
  await expect(dialog.getByRole('status')).toContainText('1 win has no date')
  await expect(dialog.getByLabel('Title 1', { exact: true })).toHaveValue('Moved CI runners to spot instances')
  await expect(dialog.getByLabel('Impact 1', { exact: true })).toHaveValue('Cut our staging bill by $18k/month.')
  await expect(dialog.getByText('written as Q3 2025')).toBeVisible()
  await expect(dialog.getByLabel('Title 2', { exact: true })).toHaveValue('Wrote the oncall runbook')
  await expect(dialog.getByLabel('Date 2', { exact: true })).toHaveValue('')
  await dialog.getByRole('button', { name: 'Save 2 wins' }).click()
  await expect(dialog).toBeHidden()
  const wins = await api<{ title: string; datePrecision?: string; tags: string[]; metrics: { value: number; unit: string }[] }[]>(
    app,
    'wins.list',
    {}
  )
  expect(wins.map((w) => [w.title, w.datePrecision, w.tags])).toEqual([
    ['Moved CI runners to spot instances', 'quarter', ['cost']],
    ['Wrote the oncall runbook', 'undated', []]
  ])
  expect(wins[0]!.metrics).toEqual([expect.objectContaining({ value: 18000, unit: 'USD/month' })])
  await lw.section('Wins')
  await expect(page.getByRole('article', { name: 'Wrote the oncall runbook' })).toContainText('Undated')
})
