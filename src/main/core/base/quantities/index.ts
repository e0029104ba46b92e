/**
 * One quantities module: every amount a reader takes as a fact, before/after changes, the
 * user's facts with their entity ids, and whether a claim is backed by them.
 * What it reads and what it cannot: docs/quantities.md.
 */
import { matchClaim, type MatchOptions } from './match'
import { parseQuantities, type ParseOptions } from './parse'
import type { FactsIndex } from './facts'
import type { ClaimMatch, Quantity } from './types'

export { parseQuantities, type ParseOptions } from './parse'
export { parseChanges } from './changes'
export { buildFactsIndex, derivationOf, type FactsIndex } from './facts'
export { matchClaim, type MatchOptions } from './match'
export { perYear, readUnitString } from './units'
export type * from './types'

export interface CheckedQuantity extends ClaimMatch {
  quantity: Quantity
}

/** Every quantity in a draft with whether the facts (the cited ones, when given) back it. */
export function checkText(text: string, facts: FactsIndex, options: MatchOptions & ParseOptions = {}): CheckedQuantity[] {
  return parseQuantities(text, options).map((quantity) => ({ quantity, ...matchClaim(quantity, facts, options) }))
}
export { findMeasure, isMeasured, hasBeforeAfter, VAGUE_MEASURE_WORDS } from './measured'
