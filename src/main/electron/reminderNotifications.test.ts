import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/app/createCore'
import { addDays } from '../core/base/clock'
import { DailyReminder, REMINDER_STATE_FILE } from '../core/app/dailyReminder'
import { tempDataDir } from '../core/store/testing'
import { formatDay } from '../../shared/formatDay'
import { fakeNotification } from './testing/fakeElectron'
import { startReminderNotifications } from './reminderNotifications'

const DAY = '2026-12-03'
const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
})

/** A real store in a new folder: a 14-day cadence whose last check-in was 10 days ago, and an overdue commitment. */
async function dueSoon() {
  const dataDir = join(tempDataDir(), 'not-yet')
  const core = await createCore({ dataDir, mode: 'desktop', version: 'test', lockFolder: false })
  cores.push(core)
  const person = await core.dispatch('people.create', { name: 'Dana Okafor', role: 'manager', cadenceDays: 14 })
  if (!person.ok) throw new Error(person.error.message)
  const made = await core.dispatch('checkIns.create', {
    checkIn: { personId: person.data.id, date: addDays(DAY, -10) },
    commitment: { title: 'Write the onboarding plan', dueDate: addDays(DAY, -1) }
  })
  if (!made.ok) throw new Error(made.error.message)
  return { core, dataDir }
}

function run(core: Core, dataDir: string, today: () => string, supported = true) {
  const fake = fakeNotification(supported)
  const clicks: number[] = []
  const started = startReminderNotifications({
    Notification: fake.Notification,
    reminder: new DailyReminder(core.services, dataDir, today),
    onClick: () => clicks.push(1),
    everyMs: 3_600_000
  })
  return { ...started, shown: fake.shown, clicks }
}

describe('desktop reminder notifications', () => {
  it('show once a day, across checks and a restart, with what is due; a click opens the window', async () => {
    const { core, dataDir } = await dueSoon()
    let today = DAY
    const first = run(core, dataDir, () => today)
    await first.first
    await first.check()
    first.stop()
    expect(first.shown).toHaveLength(1)
    expect(first.shown[0]!.title).toBe('Loopwise reminders')
    expect(first.shown[0]!.body).toBe(
      `Check-in with Dana Okafor is due ${formatDay(addDays(DAY, 4))}.\nCommitment “Write the onboarding plan” was due ${formatDay(addDays(DAY, -1))}.`
    )
    // Days as the user reads them everywhere else, never ISO (that is for files).
    expect(first.shown[0]!.body).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    first.shown[0]!.click()
    expect(first.clicks).toHaveLength(1)
    expect(existsSync(join(dataDir, REMINDER_STATE_FILE))).toBe(true)

    // The app restarted the same day: the day is remembered in the data folder.
    const again = run(core, dataDir, () => today)
    await again.first
    expect(again.shown).toHaveLength(0)
    // The next day it reminds once more.
    today = addDays(DAY, 1)
    await again.check()
    await again.check()
    again.stop()
    expect(again.shown).toHaveLength(1)
  })

  it('show nothing with the Reminders setting off, nor where notifications are not supported', async () => {
    const { core, dataDir } = await dueSoon()
    const unsupported = run(core, dataDir, () => DAY, false)
    await unsupported.first
    unsupported.stop()
    expect(unsupported.shown).toHaveLength(0)

    const off = await core.dispatch('settings.update', { reminders: false })
    expect(off.ok).toBe(true)
    const quiet = run(core, dataDir, () => DAY)
    await quiet.first
    quiet.stop()
    expect(quiet.shown).toHaveLength(0)
    // Nothing was recorded as shown: turning it back on reminds the same day.
    expect(existsSync(join(dataDir, REMINDER_STATE_FILE))).toBe(false)
    await core.dispatch('settings.update', { reminders: true })
    const on = run(core, dataDir, () => DAY)
    await on.first
    on.stop()
    expect(on.shown).toHaveLength(1)
  })

  it('show nothing when nothing is due', async () => {
    const core = await createCore({ dataDir: tempDataDir(), mode: 'desktop', version: 'test', lockFolder: false })
    cores.push(core)
    const quiet = run(core, tempDataDir(), () => DAY)
    await quiet.first
    quiet.stop()
    expect(quiet.shown).toHaveLength(0)
  })
})
