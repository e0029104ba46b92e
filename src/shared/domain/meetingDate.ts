import { addDays } from '../dates'

export interface DefaultMeetingDate {
  date: string
  /** Set when a check-in on or after today is already logged: the agenda is for the next one. */
  after: string | null
}

/**
 * The day the agenda is prepared for, before the user picks one. "Last time" is strictly before
 * the meeting day, so with a check-in already logged today (or later) a default of today would
 * hide it: prepare the next one instead — its due day, or the day after that check-in when the
 * person has no cadence.
 */
export function defaultMeetingDate(cadence: { lastCheckIn: string | null; nextDue: string | null } | undefined, today: string) {
  const last = cadence?.lastCheckIn ?? null
  if (!last || last < today) return { date: today, after: null } satisfies DefaultMeetingDate
  const due = cadence?.nextDue
  return { date: due && due > last ? due : addDays(last, 1), after: last } satisfies DefaultMeetingDate
}
