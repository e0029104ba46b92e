import type { CommitmentStatus } from '../../../../shared/domain/commitment'
import { COMMITMENT_STATUS_LABELS, COMMITMENT_TRANSITIONS } from '../../../../shared/domain/commitment'
import { formatDay } from '../../../../shared/formatDay'

export const TRANSITIONS = COMMITMENT_TRANSITIONS

/** null when allowed, otherwise a sentence saying why not and what is possible. */
export function transitionError(from: CommitmentStatus, to: CommitmentStatus): string | null {
  if (TRANSITIONS[from].includes(to)) return null
  const label = (s: CommitmentStatus) => COMMITMENT_STATUS_LABELS[s].toLowerCase()
  if (from === to) return `This commitment is already ${label(from)}.`
  const next = TRANSITIONS[from]
  if (next.length === 0)
    return `This commitment is ${label(from)}, which is final; it cannot become ${label(to)}. Create a new commitment instead.`
  return `A ${label(from)} commitment cannot become ${label(to)}; it can become ${next.map(label).join(' or ')}.`
}

/** null when each step is on or after the one before; dates are checked against each other, never against today. */
export function historyOrderError(history: readonly { status: CommitmentStatus; on: string }[]): string | null {
  for (let i = 1; i < history.length; i++) {
    const before = history[i - 1]!
    const step = history[i]!
    if (step.on < before.on) {
      const label = (s: CommitmentStatus) => COMMITMENT_STATUS_LABELS[s]
      return `${label(step.status)} (${formatDay(step.on)}) cannot be before ${label(before.status).toLowerCase()} (${formatDay(before.on)}).`
    }
  }
  return null
}
