import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dueReminders } from '../../../shared/domain/reminders'
import { formatDay } from '../../../shared/formatDay'
import type { Services } from './services'
import { todayIso } from '../base/clock'

/** Where the last day a reminder was shown is kept, so a restart the same day does not repeat it. */
export const REMINDER_STATE_FILE = 'reminder-shown.json'

export interface ReminderMessage {
  title: string
  body: string
}

/** The banner's rule, said as one short notification; null when nothing is due. */
export function reminderMessage(services: Pick<Services, 'people' | 'commitments'>, today: string): ReminderMessage | null {
  const { checkIns, overdue } = dueReminders(services.people.withCadence(today), services.commitments.list({ open: true }), today)
  if (checkIns.length === 0 && overdue.length === 0) return null
  const lines = [
    ...checkIns.map(({ person, cadence }) =>
      cadence.daysUntilDue! < 0
        ? `Check-in with ${person.name} was due ${formatDay(cadence.nextDue!)}.`
        : cadence.daysUntilDue === 0
          ? `Check-in with ${person.name} is due today.`
          : `Check-in with ${person.name} is due ${formatDay(cadence.nextDue!)}.`
    ),
    ...overdue.map((c) => `Commitment “${c.title}” was due ${formatDay(c.dueDate!)}.`)
  ]
  return { title: 'Loopwise reminders', body: lines.join('\n') }
}

/**
 * At most once a day, only with the Reminders setting on: `take` returns the message to show
 * and records the day in the data folder, or null. No electron here; the caller shows it.
 */
export class DailyReminder {
  constructor(
    private readonly services: Pick<Services, 'people' | 'commitments' | 'draftingSettings'>,
    private readonly dataDir: string,
    private readonly today: () => string = () => todayIso()
  ) {}

  /** Also kept in memory: a folder that cannot be written must not repeat it every check. */
  private shownOn: string | null = null

  private async lastShown(): Promise<string | null> {
    try {
      const parsed = JSON.parse(await readFile(join(this.dataDir, REMINDER_STATE_FILE), 'utf8')) as { shownOn?: unknown }
      return typeof parsed.shownOn === 'string' ? parsed.shownOn : null
    } catch {
      return null // Never shown, or unreadable: showing one reminder is the harmless side.
    }
  }

  async take(): Promise<ReminderMessage | null> {
    if (!this.services.draftingSettings.settings.reminders) return null
    const today = this.today()
    if (this.shownOn === today || (await this.lastShown()) === today) return null
    const message = reminderMessage(this.services, today)
    if (!message) return null
    this.shownOn = today
    const file = join(this.dataDir, REMINDER_STATE_FILE)
    await writeFile(`${file}.tmp`, JSON.stringify({ shownOn: today })).then(
      () => rename(`${file}.tmp`, file),
      () => undefined // Read-only folder: today's memory above still holds it to once.
    )
    return message
  }
}
