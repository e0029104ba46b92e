/** Within this many days a check-in is worth a reminder. */
export const REMINDER_WINDOW_DAYS = 7

interface DuePerson {
  person: { id: string; name: string }
  cadence: { nextDue: string | null; daysUntilDue: number | null }
}
interface DatedCommitment {
  id: string
  title: string
  dueDate?: string | undefined
}

/**
 * What deserves a reminder, from the user's own dates: a check-in due within a week (or already
 * past), an open commitment past its due day. One rule for the dashboard banner and the desktop
 * notification. `commitments` are the open ones; `today` is the user's YYYY-MM-DD.
 */
export function dueReminders<P extends DuePerson, C extends DatedCommitment>(people: P[], commitments: C[], today: string) {
  return {
    checkIns: people.filter((p) => p.cadence.daysUntilDue !== null && p.cadence.daysUntilDue <= REMINDER_WINDOW_DAYS),
    overdue: commitments.filter((c) => c.dueDate !== undefined && c.dueDate < today)
  }
}
