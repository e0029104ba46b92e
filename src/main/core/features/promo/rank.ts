import type { Win } from '../../../../shared/domain/win'
import { perYear, readUnitString } from '../../base/quantities'

const SCOPE_RANK = { self: 0, team: 1, org: 2, company: 3 } as const

/**
 * How much a win measurably changed, on one scale: money by its yearly amount (log10, so $1.2M a
 * year outweighs $80k a month outweighs nothing), a before/after by its relative change, teams
 * or people reached by their count. Length and recency play no part.
 */
function measuredImpact(w: Pick<Win, 'metrics'>): number {
  let best = 0
  for (const m of w.metrics) {
    const u = readUnitString(m.unit)
    let s: number
    if (u.dimension === 'money') s = 2 + Math.log10(Math.max(1, Math.abs(perYear(m.value, u.per))))
    else if (m.baseline !== undefined && m.baseline !== 0) {
      const change = Math.abs(m.value - m.baseline) / Math.max(Math.abs(m.baseline), Math.abs(m.value))
      s = 2 + 4 * Math.min(1, change)
    } else if (u.dimension === 'count' && /^teams?$/.test(u.unit)) s = 2 + Math.min(3, m.value / 2)
    else if (u.dimension === 'percent') s = 2 + Math.min(3, Math.abs(m.value) / 10)
    else s = 1 + Math.min(2, Math.log10(Math.max(1, Math.abs(m.value))))
    best = Math.max(best, s)
  }
  return best
}

// Stored wins are replaced, never edited in place, so a weight cached by object stays right.
const weights = new WeakMap<Win, number>()

/** Key-project weight: measured impact first, then scope, then being a delivered commitment. */
export function projectWeight(w: Win): number {
  let weight = weights.get(w)
  if (weight === undefined)
    weights.set(w, (weight = measuredImpact(w) * 10 + SCOPE_RANK[w.scope] * 6 + (w.commitmentId ? 3 : 0) + (w.evidence.length ? 1 : 0)))
  return weight
}
