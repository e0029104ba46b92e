import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { expect, test } from './support/fixtures'
import type { RunningApp } from './support/webServer'
import { daysAgo } from './pages/ImpactPages'
import { proseDay } from '../src/main/core/features/loop/proseDay'
import { api } from './pages/LoopwiseApp'

/** Q1 of the worked example: the CPO wants the strategy refreshed; the PM drafted v1 and delivered it. */
async function seedFirstQuarter(app: RunningApp) {
  const dana = await api<{ id: string }>(app, 'people.create', { name: 'Dana Okafor', role: 'manager', title: 'Chief Product Officer' })
  await api(app, 'profile.update', {
    profile: { role: 'Senior Product Manager', strengths: ['Strategy writing', 'Running cross-team rollouts'] }
  })
  await api(app, 'goals.create', { title: 'Promotion to Group PM', kind: 'promotion' })
  const { commitment } = await api<{ commitment: { id: string } }>(app, 'checkIns.create', {
    checkIn: {
      personId: dana.id,
      date: daysAgo(85),
      howAmIDoing: 'Roadmap work is landing well.',
      theirGoals: ['Refresh the product strategy'],
      theirBlockers: ['No time to write the strategy doc'],
      offer: 'I will draft v1 of the strategy doc.'
    },
    commitment: { title: 'Draft v1 of the product strategy doc', serves: { kind: 'blocker', ref: 'No time to write the strategy doc' } }
  })
  await api(app, 'commitments.transition', { id: commitment.id, to: 'accepted', on: daysAgo(84) })
  await api(app, 'commitments.transition', { id: commitment.id, to: 'delivered', on: daysAgo(70), outcome: 'The CPO used 80% of it.' })
  return dana.id
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()

test('prepare a check-in with the built-in engine, pin an offer, export Markdown, then log the check-in from it', async ({ page, app }) => {
  const danaId = await seedFirstQuarter(app)
  await page.goto(app.url)
  await section(page, 'Loop')
  await expect(page.getByRole('tab', { name: 'Prepare next check-in' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('combobox', { name: 'Check-in with' })).toHaveValue('Dana Okafor (manager)')

  // Built-in: written at once, no button press, grounded in the history.
  const output = page.getByTestId('draft-output')
  await expect(page.getByLabel('Status: Complete')).toBeVisible()
  await expect(output).toContainText('Report back: Draft v1 of the product strategy doc')
  await expect(output).toContainText('Outcome: The CPO used 80% of it.')
  await expect(output).toContainText('you were trying to refresh the product strategy')
  await expect(output).toContainText('My goal: Promotion to Group PM')
  await expect(output.locator('mark')).toHaveCount(0)
  await expect(page.getByLabel('Cadence')).toContainText('About three months since your last loop with Dana')

  // Pin the second offer: the agenda now proposes it.
  const offers = page.getByLabel('Offers').getByRole('article')
  await expect(offers).toHaveCount(3)
  const second = (await offers.nth(1).getAttribute('aria-label'))!
  await page.getByRole('button', { name: `Pin to agenda: ${second}` }).click()
  await expect(output).toContainText(`My offer: ${second}`)
  await expect(page.getByLabel('Status: Complete')).toBeVisible()

  // The five-minute version is shorter and still carries the pinned offer.
  await page.getByText('5-minute slot').click()
  await expect(output).toContainText('five-minute version')
  await expect(output).toContainText(`My offer: ${second}`)
  await page.getByText('Full 1:1 (30 min)').click()
  await expect(output).toContainText('Opening · about two minutes')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()])
  expect(download.suggestedFilename()).toMatch(/^agenda-dana-okafor-\d{4}-\d{2}-\d{2}\.md$/)
  const markdown = readFileSync((await download.path())!, 'utf8')
  expect(markdown).toContain('# Loop check-in with Dana Okafor')
  expect(markdown).toContain(`My offer: **${second}**`)

  // Print / PDF: the agenda's print copy is the only thing on the page.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.agenda-print')).toBeVisible()
  await expect(page.locator('.agenda-print')).toContainText('Loop check-in with Dana Okafor')
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('.agenda-print')).toBeHidden()

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText(/Saved as version 1 of/)).toBeVisible()

  // After the meeting: the check-in form, prefilled with the agenda's questions.
  await page.getByRole('button', { name: 'Log this check-in' }).click()
  await expect(page.getByRole('tab', { name: 'Log a check-in' })).toHaveAttribute('aria-selected', 'true')
  const form = page.getByRole('form', { name: 'Check-in' })
  await expect(form.getByLabel('The one thing I offered / they asked for')).toHaveValue(second)
  const notes = form.getByRole('textbox', { name: 'Notes' })
  await expect(notes).toHaveValue(/Q: What is one thing I could take on that would help you most\?\nA: /)
  await expect(form.getByLabel('What I asked for')).toHaveValue(
    'I am working towards getting promoted to Group PM. What would you need to see from me to back it?'
  )
  await form.getByLabel('Their answer').fill('Co-present the strategy at the all-hands.')
  await form.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Check-in saved')).toBeVisible()

  const checkIns = await api<{ personId: string; offer: string; notes: string; theirAnswer: string }[]>(app, 'checkIns.list', {})
  const logged = checkIns.find((c) => c.offer === second)!
  expect(logged.personId).toBe(danaId)
  expect(logged.notes).toContain('Q: What is one thing I could take on')
  expect(logged.theirAnswer).toBe('Co-present the strategy at the all-hands.')
})

test.describe('with an OpenAI-compatible server', () => {
  let server: FakeOpenAIServer
  test.beforeEach(async () => {
    server = await startFakeOpenAIServer({ chunkDelayMs: 20, text: 'Agenda for Dana: report on the strategy doc, then ask what is next.' })
  })
  test.afterEach(async () => {
    await server.close()
  })

  test('streams an agenda, stops it, and regenerates it complete, grounded in the plan', async ({ page, app }) => {
    await seedFirstQuarter(app)
    await api(app, 'settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-slow' })
    await page.goto(app.url)
    await section(page, 'Loop')
    const agenda = page.getByRole('region', { name: 'Agenda' })
    const output = agenda.getByTestId('draft-output')
    // An LLM engine waits for the user: nothing is sent until Generate.
    await expect(agenda.getByRole('button', { name: 'Generate agenda' })).toBeVisible()
    expect(server.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0)
    await agenda.getByRole('button', { name: 'Generate agenda' }).click()
    await expect(agenda.getByLabel('Status: Writing…')).toBeVisible()
    await expect(output).toContainText('Agenda for')
    await agenda.getByRole('button', { name: 'Stop' }).click()
    await expect(agenda.getByLabel('Status: Cancelled')).toBeVisible()
    const partial = await output.innerText()
    await page.waitForTimeout(600)
    expect(await output.innerText()).toBe(partial)

    await api(app, 'settings.update', { compatibleModel: 'fake-model' })
    await agenda.getByRole('button', { name: 'Regenerate' }).click()
    await expect(agenda.getByLabel('Status: Complete')).toBeVisible()
    await expect(output).toContainText('Agenda for Dana: report on the strategy doc, then ask what is next.')
    const sent = server.requests.at(-1)!.body as { messages: { content: string }[] }
    expect(sent.messages.at(-1)!.content).toContain('Report back: Draft v1 of the product strategy doc')
    await expect(agenda.getByRole('list', { name: 'Sources' })).toContainText('Draft v1 of the product strategy doc')

    // Offers on the same engine: grounded in the built-in candidates.
    const richer = page.getByRole('region', { name: 'Richer offers' })
    await richer.getByRole('button', { name: 'Draft offers' }).click()
    await expect(richer.getByLabel('Status: Complete')).toBeVisible()
    const offersSent = server.requests.at(-1)!.body as { messages: { content: string }[] }
    expect(offersSent.messages.at(-1)!.content).toMatch(/Serves: their goal “Refresh the product strategy” \[S\d+\]/)
  })
})

test('with a check-in already logged today, the agenda is for the next meeting and builds on today’s', async ({ page, app }) => {
  const danaId = await seedFirstQuarter(app)
  await api(app, 'checkIns.create', {
    checkIn: { personId: danaId, date: daysAgo(0), howAmIDoing: 'Landing well.', theirGoals: ['Hire two senior PMs'], theirBlockers: [] }
  })
  await page.goto(app.url)
  await section(page, 'Loop')
  const meetingOn = page.getByLabel('Meeting on')
  // Manager cadence is quarterly: the next one is due 90 days after today's.
  await expect(meetingOn).toHaveValue(daysAgo(-90))
  await expect(page.getByText(`You already have a check-in logged on ${daysAgo(0)}: this agenda is for the next one.`)).toBeVisible()
  const output = page.getByTestId('draft-output')
  // The agenda names its day as the manager reads it ("3 March"); the field keeps the ISO day.
  await expect(output).toContainText(proseDay(daysAgo(-90), daysAgo(-90)))
  await expect(output).toContainText('you were trying to hire two senior PMs')

  // The day stays the user's to set; going back to today drops today's check-in from "last time".
  await meetingOn.fill(daysAgo(0))
  await expect(page.getByText('“Last time” is the check-in before this day.')).toBeVisible()
  await expect(output).not.toContainText('hire two senior PMs')
})
