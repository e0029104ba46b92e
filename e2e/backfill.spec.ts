import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { api, LoopwiseApp } from './pages/LoopwiseApp'
import { startApp } from './support/webServer'
import { formatDay } from '../src/shared/formatDay'
import { proseDay } from '../src/main/core/features/loop/proseDay'

// Screens of the flow, to look at (listed in the closing note): SCREENS_DIR=/some/dir to keep them.
const SCREENS = process.env.SCREENS_DIR
const shot = async (page: Page, name: string) => {
  if (!SCREENS) return
  mkdirSync(SCREENS, { recursive: true })
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true })
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`

/** Seed 000's worked example: a Senior PM, four quarters with the CPO; days after each conversation it was delivered. */
const YEAR = [
  {
    goals: 'Refresh the product strategy',
    blockers: 'No time to write it',
    offer: 'Draft v1 of the product strategy doc',
    deliveredAfter: 14, // "Spends 2 weeks"
    landed: 'The CPO used 80% of it; I became the strategy PM to the rest of the org.',
    win: 'Wrote v1 of the product strategy',
    ask: 'I want to grow into Group PM. What would you need to see?',
    answer: 'Keep taking on org-level problems like this one.'
  },
  {
    goals: 'Move the team to a new planning tool',
    blockers: 'Nobody owns the rollout',
    offer: 'Run the planning-tool rollout',
    deliveredAfter: 42, // "Done in 6 weeks"
    landed: 'Smooth migration in 6 weeks.',
    win: 'Ran the planning-tool rollout',
    ask: 'Does the strategy doc count towards Group PM?',
    answer: 'Yes; a second cross-team win would make the case.'
  },
  {
    goals: 'Fix the hiring pipeline',
    blockers: 'The PM interview loop lets weak candidates through',
    offer: 'Overhaul the PM interview loop',
    deliveredAfter: 60,
    landed: 'Candidate quality improved measurably within 90 days.',
    win: 'Overhauled the PM interview loop',
    ask: 'Can we put the Group PM case forward this cycle?',
    answer: 'I will sponsor it.'
  },
  {
    goals: 'Scale the PM org',
    blockers: '',
    offer: '',
    deliveredAfter: 0,
    landed: '',
    win: '',
    ask: 'What does the first quarter as Group PM look like?',
    answer: 'Promoted to Group PM, with two direct reports.'
  }
]

test('back-fills the worked example quarter by quarter, with real dates in the timeline and the agendas', async ({ page, app }) => {
  test.setTimeout(120_000)
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Loop')
  await page.getByRole('button', { name: 'Enter your last year' }).click()

  const who = page.getByRole('form', { name: 'Your last year: who' })
  await who.getByLabel('Their name').fill('Dana Okafor')
  await who.getByLabel('Their title').fill('CPO')
  await who.getByLabel('Your goal over this year (optional)').fill('Promotion to Group PM')
  await shot(page, 'backfill-1-who')
  await who.getByLabel('Their title').press('Control+Enter')

  const dates: { talk: string; delivered: string }[] = []
  for (const [i, q] of YEAR.entries()) {
    const screen = page.getByRole('form', { name: /^Conversation in Q\d \d{4}$/ })
    await expect(screen.getByRole('heading', { level: 3 })).toContainText('with Dana Okafor')
    // The quarter's day is prefilled; it is the conversation's real day in this story.
    const talk = await screen.getByLabel('Conversation on').inputValue()
    await expect(screen.getByLabel('Conversation on')).toBeFocused()
    await screen.getByLabel('What were they trying to do?').fill(q.goals)
    if (q.blockers) await screen.getByLabel('What was blocking them?').fill(q.blockers)
    const delivered = addDays(talk, q.deliveredAfter)
    if (q.offer) {
      await screen.getByLabel('What you offered').fill(q.offer)
      await screen.getByLabel('Delivered on').fill(delivered)
      await screen.getByLabel('How did it land?').fill(q.landed)
      await screen.getByLabel('The win it led to').fill(q.win)
    }
    await screen.getByLabel('What you asked for (step 4)').fill(q.ask)
    await screen.getByLabel('Their answer').fill(q.answer)
    if (i === 1) await shot(page, 'backfill-2-quarter')
    dates.push({ talk, delivered })
    await screen.getByLabel('Their answer').press('Control+Enter')
    await expect(page.getByRole('form', { name: /^Conversation in/ }).or(page.getByText('Your last year is in'))).toBeVisible()
    if (i < YEAR.length - 1) await expect(screen.getByLabel('Conversation on')).not.toHaveValue(talk)
  }
  await expect(page.getByText('Your last year is in')).toBeVisible()
  await shot(page, 'backfill-3-done')
  await page.getByRole('button', { name: 'See the dashboard' }).click()

  // The timeline: offered, delivered and led to in Q1, Q2 and Q3 — not all in the last quarter.
  const timeline = page.getByRole('figure', { name: 'Loop timeline' })
  for (const [i, q] of YEAR.slice(0, 3).entries()) {
    const offeredQ = quarterOf(dates[i]!.talk)
    const deliveredQ = quarterOf(dates[i]!.delivered)
    expect(deliveredQ).toBe(offeredQ)
    await expect(timeline.getByRole('group', { name: `Offered in ${offeredQ}` })).toContainText(q.offer)
    await expect(timeline.getByRole('group', { name: `Delivered in ${deliveredQ}` })).toContainText(q.offer)
    await expect(timeline.getByRole('group', { name: `Led to in ${deliveredQ}` })).toContainText(q.win)
  }
  expect(new Set(dates.slice(0, 3).map((d) => quarterOf(d.delivered))).size).toBe(3)
  await shot(page, 'backfill-4-dashboard')

  // The agenda prepared for the day after the Q2 conversation: the Q1 delivery with its real date,
  // and a step-4 ask tied to the promotion goal.
  const people = await api<{ id: string; name: string }[]>(app, 'people.list')
  const dana = people.find((p) => p.name === 'Dana Okafor')!
  const meetingDate = addDays(dates[1]!.talk, 1)
  const plan = await api<{ markdown: string }>(app, 'loop.prepare', { personId: dana.id, options: { meetingDate } })
  // The agenda goes to a manager: its days are written as words ("on 29 January"), never as today.
  const today = new Date().toISOString().slice(0, 10)
  expect(plan.markdown).toContain(`on ${proseDay(dates[0]!.delivered, meetingDate)}`)
  expect(plan.markdown).not.toContain(today)
  expect(plan.markdown).not.toContain(proseDay(today, meetingDate))
  expect(plan.markdown).toContain('Promotion to Group PM')
  expect(plan.markdown).not.toContain('You have not written down your own goals yet')

  // A promo packet for Q1–Q3 says each "delivered" with its real day, never today.
  const packet = JSON.stringify(
    await api(app, 'promo.build', {
      settings: { from: dates[0]!.talk.slice(0, 8) + '01', to: addDays(dates[2]!.delivered, 1), targetLevel: 'Group PM', criteria: [] }
    })
  )
  for (const d of dates.slice(0, 3)) expect(packet).toContain(`delivered ${d.delivered}`)
  expect(packet).not.toContain(`delivered ${new Date().toLocaleDateString('en-CA')}`)

  // The same history typed through the API, into a fresh folder, gives the identical agendas.
  const other = await startApp()
  try {
    const p = await api<{ id: string }>(other, 'people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })
    const goals = await api<{ id: string; since: string }[]>(app, 'goals.list')
    const goal = await api<{ id: string }>(other, 'goals.create', {
      title: 'Promotion to Group PM',
      kind: 'promotion',
      since: goals[0]!.since
    })
    for (const [i, q] of YEAR.entries()) {
      const out = await api<{ commitment?: { id: string } }>(other, 'checkIns.create', {
        checkIn: {
          personId: p.id,
          date: dates[i]!.talk,
          theirGoals: [q.goals],
          theirBlockers: q.blockers ? [q.blockers] : [],
          offer: q.offer,
          myAsk: q.ask,
          theirAnswer: q.answer,
          goalIds: [goal.id]
        },
        ...(q.offer ? { commitment: { title: q.offer, serves: { kind: 'personGoal', ref: q.goals } } } : {})
      })
      if (!out.commitment) continue
      await api(other, 'commitments.transition', { id: out.commitment.id, to: 'accepted', on: dates[i]!.talk })
      await api(other, 'commitments.transition', { id: out.commitment.id, to: 'delivered', on: dates[i]!.delivered, outcome: q.landed })
      await api(other, 'wins.create', {
        title: q.win,
        date: dates[i]!.delivered,
        whatIDid: q.offer,
        impact: q.landed,
        commitmentId: out.commitment.id
      })
    }
    for (const day of [addDays(dates[1]!.talk, 1), addDays(dates[2]!.talk, 1), addDays(dates[3]!.talk, 1)]) {
      const viaUi = await api<{ markdown: string }>(app, 'loop.prepare', { personId: dana.id, options: { meetingDate: day } })
      const viaApi = await api<{ markdown: string }>(other, 'loop.prepare', { personId: p.id, options: { meetingDate: day } })
      expect(viaApi.markdown).toBe(viaUi.markdown)
    }
  } finally {
    await other.stop()
  }

  // Through the UI too: Prepare next check-in for that day.
  await lw.section('Loop')
  await page.getByRole('tab', { name: 'Prepare next check-in' }).click()
  await page.getByLabel('Meeting on').fill(meetingDate)
  await expect(page.getByText(`on ${proseDay(dates[0]!.delivered, meetingDate)}`).first()).toBeVisible()
})

test('a check-in and a commitment are corrected in place; a former manager is archived and restored', async ({ page, app }) => {
  const dana = await api<{ id: string }>(app, 'people.create', { name: 'Dana Okafor', role: 'manager' })
  await api(app, 'checkIns.create', {
    checkIn: { personId: dana.id, date: '2026-01-15', offer: 'Draft the strategy doc', theirGoals: ['Refresh the product strategy'] },
    commitment: { title: 'Draft v1 of the strategy docI volunteered' }
  })
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Loop')

  // The commitment: its title fixed, each step dated, delivered before today.
  await page.getByRole('tab', { name: 'Commitments' }).click()
  const card = lw.commitment('Draft v1 of the strategy docI volunteered')
  await card.getByRole('button', { name: 'Accepted' }).click()
  const accept = lw.dialog('Accepted — on which day?')
  await accept.getByLabel('Accepted on').fill('2026-01-16')
  await accept.getByRole('button', { name: 'Accepted' }).click()
  await card.getByRole('button', { name: 'Edit' }).click()
  const edit = lw.dialog('Edit commitment')
  await edit.getByLabel('What you will do').fill('Draft v1 of the strategy doc')
  await edit.getByLabel('Accepted on').fill('2026-01-10')
  await edit.getByRole('button', { name: 'Save commitment' }).click()
  await expect(edit.getByRole('alert')).toContainText(
    `Accepted (${formatDay('2026-01-10')}) cannot be before proposed (${formatDay('2026-01-15')})`
  )
  await edit.getByLabel('Accepted on').fill('2026-01-15')
  await edit.getByLabel('It serves', { exact: true }).click()
  await page.getByRole('option', { name: 'Refresh the product strategy' }).click()
  await shot(page, 'edit-commitment')
  await edit.getByRole('button', { name: 'Save commitment' }).click()
  await expect(edit).toBeHidden()
  await expect(lw.commitment('Draft v1 of the strategy doc')).toBeVisible()
  const [fixed] = await api<{ title: string; serves?: { kind: string }; history: { on: string }[] }[]>(app, 'commitments.list')
  expect(fixed).toMatchObject({ title: 'Draft v1 of the strategy doc', serves: { kind: 'personGoal' } })
  expect(fixed!.history.map((h) => h.on)).toEqual(['2026-01-15', '2026-01-15'])

  // The check-in: every field, step answers included.
  await page.getByRole('tab', { name: 'Past check-ins' }).click()
  await page.getByRole('article', { name: 'Check-in 2026-01-15' }).getByRole('button', { name: 'Edit' }).click()
  const editCheckIn = lw.dialog('Edit check-in')
  await editCheckIn.getByLabel('Date').fill('2026-01-14')
  await editCheckIn.getByLabel('Their answer').fill('Yes — sponsor the Group PM case.')
  await shot(page, 'edit-check-in')
  await editCheckIn.getByRole('button', { name: 'Save changes' }).click()
  await expect(editCheckIn).toBeHidden()
  const saved = await api<{ date: string; theirAnswer: string }[]>(app, 'checkIns.list')
  expect(saved[0]).toMatchObject({ date: '2026-01-14', theirAnswer: 'Yes — sponsor the Group PM case.' })

  // Archive: off the dashboard and the pickers, history kept, restorable.
  await lw.section('People')
  const details = page.getByRole('region', { name: 'Dana Okafor details' })
  // A goal heard from them: its "as heard on" day is corrected in place.
  await details.getByLabel('as heard on: Refresh the product strategy').fill('2026-01-10')
  await details.getByLabel('as heard on: Refresh the product strategy').blur()
  await expect
    .poll(async () => (await api<{ items: { text: string; date: string }[] }[]>(app, 'people.list'))[0]!.items[0]!.date)
    .toBe('2026-01-10')
  await details.getByRole('button', { name: 'Archive' }).click()
  await expect(details.getByText('Archived', { exact: true })).toBeVisible()
  await shot(page, 'archived-person')
  await lw.section('Dashboard')
  await expect(page.getByText('Next check-in with Dana Okafor')).toHaveCount(0)
  expect(await api<unknown[]>(app, 'people.cadence')).toEqual([])
  expect(await api<unknown[]>(app, 'checkIns.list')).toHaveLength(1)
  await lw.section('People')
  await page.getByRole('navigation', { name: 'People' }).getByText('Dana Okafor').click()
  await details.getByRole('button', { name: 'Restore' }).click()
  await expect(details.getByRole('button', { name: 'Archive' })).toBeVisible()
  expect(await api<unknown[]>(app, 'people.cadence')).toHaveLength(1)
})

test('the cadence clamps visibly, and the next check-in downloads as an .ics a parser reads back', async ({ page, app }) => {
  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('People')
  await page.getByRole('button', { name: 'Add person' }).first().click()
  const add = lw.dialog('Add a person')
  await add.getByLabel('Name').fill('Dana Okafor')
  await add.getByLabel('Check-in cadence (days)').fill('2000')
  await expect(add.getByLabel('Check-in cadence (days)')).toHaveValue('730')
  await expect(add.getByRole('status')).toContainText('730 days is the most, so it is set to 730')
  await add.getByLabel('Check-in cadence (days)').fill('90')
  await add.getByRole('button', { name: 'Add person' }).click()
  await expect(add).toBeHidden()

  const [dana] = await api<{ id: string }[]>(app, 'people.list')
  const today = new Date().toLocaleDateString('en-CA')
  const due = addDays(addDays(today, -10), 90)
  await api(app, 'checkIns.create', {
    checkIn: { personId: dana!.id, date: addDays(today, -10) },
    commitment: { title: 'Write the onboarding plan' }
  })
  await lw.section('Loop')
  await page.getByRole('tab', { name: 'Prepare next check-in' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Next check-in to calendar (.ics)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`loopwise-check-in-dana-okafor-${due}.ics`)
  const { readFileSync } = await import('node:fs')
  const text = readFileSync((await download.path())!, 'utf8')
  const fields = new Map(
    text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).split(';')[0]!, line.slice(line.indexOf(':') + 1)] as const)
  )
  expect(fields.get('DTSTART')).toBe(`${due.replaceAll('-', '')}T090000`)
  expect(fields.get('DURATION')).toBe('PT30M')
  expect(fields.get('DESCRIPTION')).toContain('Write the onboarding plan')
})

test('Reminders: the dashboard banner names what is due, and the Settings switch turns it off and keeps it off', async ({ page, app }) => {
  const lw = new LoopwiseApp(page)
  const today = new Date().toLocaleDateString('en-CA')
  const dana = await api<{ id: string }>(app, 'people.create', { name: 'Dana Okafor', role: 'manager', cadenceDays: 14 })
  // Last check-in 10 days ago with a 14-day cadence: the next is due in 4 days.
  await api(app, 'checkIns.create', { checkIn: { personId: dana.id, date: addDays(today, -10) } })
  await lw.open(app.url)
  const banner = page.getByRole('alert', { name: 'Reminders' })
  await expect(banner).toContainText('Check-in with Dana Okafor is due')
  await shot(page, 'reminders-banner')

  await lw.section('Settings')
  const remind = page.getByRole('region', { name: 'Reminders' }).getByRole('switch', { name: 'Remind me' })
  await expect(remind).toBeChecked()
  await remind.click({ force: true })
  await expect.poll(async () => (await api<{ settings: { reminders: boolean } }>(app, 'settings.get')).settings.reminders).toBe(false)
  await shot(page, 'settings-reminders-off')
  await lw.section('Dashboard')
  await expect(page.getByRole('region', { name: 'Next check-ins' })).toBeVisible()
  await expect(banner).toBeHidden()
  // A reload reads the stored choice, not this window's memory.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Next check-ins' })).toBeVisible()
  await expect(banner).toBeHidden()
})
