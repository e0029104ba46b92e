import { addDays, daysBetween } from '../../base/clock'
import { TOO_PUSHY_DAYS, TOO_RARE_DAYS } from '../people/cadence'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'

/**
 * A span of days in words. Built-in text writes durations this way on purpose: a computed
 * "87 days" is not in the user's history, and the numbers guard would rightly flag it.
 */
export function aboutDays(days: number): string {
  if (days <= 1) return 'a day'
  if (days < 10) return 'a few days'
  if (days < 21) return 'about two weeks'
  if (days < 45) return 'about a month'
  if (days < 75) return 'about two months'
  if (days < 115) return 'about three months'
  if (days < 150) return 'about four months'
  if (days < 220) return 'about half a year'
  if (days < 320) return 'about nine months'
  if (days < 420) return 'about a year'
  return 'more than a year'
}

export interface CadenceNote {
  lastLoop: string | null
  note: string
  warning: string | null
  nextLoop: string | null
}

/** How long since the last loop with this person, and the framework's warning if too soon or too late. */
export function cadenceNote(f: LoopFacts): CadenceNote {
  const who = f.person.firstName
  const rhythm = f.variant === 'skip-level' ? 'the lighter, twice-a-year skip-level rhythm' : 'the quarterly rhythm'
  const cadence = f.cadenceDays ?? (f.variant === 'skip-level' ? 180 : 90)
  const last = f.checkInDates.at(-1) ?? null
  if (!last) {
    return {
      lastLoop: null,
      note: `No loop with ${who} yet — this is the first. From here, aim for ${rhythm}.`,
      warning: null,
      nextLoop: addDays(f.meetingDate, cadence)
    }
  }
  const since = daysBetween(last, f.meetingDate)
  const span = `${aboutDays(since)} since your last loop with ${who} (${proseDay(last, f.meetingDate)})`
  const nextLoop = addDays(f.meetingDate, cadence)
  if (since < TOO_PUSHY_DAYS) {
    return {
      lastLoop: last,
      note: `Only ${span}.`,
      warning:
        'Too soon: monthly loops read as pushy, and the last offer has had no time to be delivered. Keep this a normal one-on-one, or move the loop later.',
      nextLoop: addDays(last, cadence)
    }
  }
  if (since > TOO_RARE_DAYS) {
    return {
      lastLoop: last,
      note: `It has been ${span}.`,
      warning: 'Too late: once a year is too rare for the loop to compound. Restart it now and put the next one in the calendar.',
      nextLoop
    }
  }
  if (since > cadence * 1.25) {
    return {
      lastLoop: last,
      note: `It has been ${span} — later than ${rhythm}.`,
      warning: 'Overdue: skipping the cadence is one of the things that kills the loop. Book the next one before you leave.',
      nextLoop
    }
  }
  if (since > cadence) {
    return {
      lastLoop: last,
      note: `${capital(span)} — a little past ${rhythm}. Book the next one before you leave.`,
      warning: null,
      nextLoop
    }
  }
  return { lastLoop: last, note: `${capital(span)} — on ${rhythm}.`, warning: null, nextLoop }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
