import type { PersonRole } from '../../../../shared/domain/person'
import { addDays, daysBetween } from '../../base/clock'

/** The framework: quarterly with the manager, a lighter loop with the skip-level. */
export const DEFAULT_CADENCE_DAYS: Record<PersonRole, number | null> = {
  manager: 90,
  'skip-level': 180,
  mentor: 90,
  other: null
}
/** "Once a year is too infrequent; monthly is too pushy." */
export const TOO_RARE_DAYS = 365
export const TOO_PUSHY_DAYS = 28

export type CadenceWarningKind = 'overdue' | 'too-rare' | 'too-pushy' | 'never'
export interface CadenceWarning {
  kind: CadenceWarningKind
  message: string
}

export const effectiveCadence = (role: PersonRole, cadenceDays: number | null): number | null => cadenceDays ?? DEFAULT_CADENCE_DAYS[role]

/** Warnings about the chosen cadence itself, shown where it is edited. */
export function cadenceSettingWarnings(days: number | null): CadenceWarning[] {
  if (days === null) return []
  if (days > TOO_RARE_DAYS)
    return [
      {
        kind: 'too-rare',
        message: `Every ${days} days is more than a year apart — far too rare for the loop to compound. Quarterly is the sweet spot.`
      }
    ]
  if (days < TOO_PUSHY_DAYS)
    return [
      { kind: 'too-pushy', message: `Every ${days} days is sooner than about a month — too pushy. Give each offer time to be delivered.` }
    ]
  return []
}

export interface CadenceState {
  cadenceDays: number | null
  lastCheckIn: string | null
  nextDue: string | null
  /** Negative when overdue. */
  daysUntilDue: number | null
  warnings: CadenceWarning[]
}

/**
 * When the next check-in with a person is due and what the framework would warn about.
 * `dates` are that person's check-in days in any order; `today` is YYYY-MM-DD.
 */
export function cadenceState(role: PersonRole, cadenceDays: number | null, dates: readonly string[], today: string): CadenceState {
  const cadence = effectiveCadence(role, cadenceDays)
  const sorted = [...dates].sort()
  const last = sorted.at(-1) ?? null
  const warnings = cadenceSettingWarnings(cadence)
  if (cadence === null) return { cadenceDays: null, lastCheckIn: last, nextDue: null, daysUntilDue: null, warnings }
  if (!last) {
    warnings.unshift({ kind: 'never', message: 'No check-in logged yet — start the loop: ask what they are trying to do.' })
    return { cadenceDays: cadence, lastCheckIn: null, nextDue: today, daysUntilDue: 0, warnings }
  }
  const nextDue = addDays(last, cadence)
  const daysUntilDue = daysBetween(today, nextDue)
  const since = daysBetween(last, today)
  if (daysUntilDue < 0) {
    warnings.unshift({ kind: 'overdue', message: `Overdue by ${-daysUntilDue} days (last check-in ${since} days ago).` })
  }
  if (since > TOO_RARE_DAYS && !warnings.some((w) => w.kind === 'too-rare')) {
    warnings.push({ kind: 'too-rare', message: 'More than a year since the last check-in — far too rare; the loop has stopped.' })
  }
  const previous = sorted.at(-2)
  if (previous && daysBetween(previous, last) < TOO_PUSHY_DAYS && !warnings.some((w) => w.kind === 'too-pushy')) {
    warnings.push({
      kind: 'too-pushy',
      message: `The last two check-ins were ${daysBetween(previous, last)} days apart — sooner than about a month reads as pushy.`
    })
  }
  return { cadenceDays: cadence, lastCheckIn: last, nextDue, daysUntilDue, warnings }
}
