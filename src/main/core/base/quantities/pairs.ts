import type { Quantity } from './types'

/**
 * Before/after pairs among the quantities of one text, in every notation people use:
 * "from X to Y", "X → Y", "X -> Y", "X => Y", "was X now Y", "Y, down from X", "Y (was X)",
 * "down to Y from X". A bare number on one side takes the other side's unit
 * ("from nine days to three").
 */
export interface Pair {
  before: Quantity
  after: Quantity
  /** Where the notation starts and ends ("from" to the last amount). */
  start: number
  end: number
}

const FROM_BEFORE = /\b(?:from|was|were)\s*$/i
const FROM_TO = /^\s*(?:all\s+the\s+way\s+|down\s+|up\s+|right\s+)?to\s+$/i
const ARROW = /^\s*\)?\s*(?:→|->|=>|⇒|⟶|-->|—>|➜|➔)\s*\(?\s*(?:now\s+|today\s+)?$/
const WAS_NOW =
  /^\s*\)?\s*[,;]?\s*(?:and\s+)?(?:(?:it'?s|it\s+is|is|are|we'?re|we\s+are)\s+)?(?:now|today|currently)\s+(?:at\s+|just\s+|only\s+)?$/i
const AFTER_FROM = /^\s*[,(]?\s*(?:(?:down|up)\s+)?from\s+$/i
const AFTER_WAS = /^\s*[,(]\s*(?:was|previously|before|from|down from|up from)\s*:?\s*$/i
const TO_BEFORE = /\b(?:down|up)?\s*to\s*$/i
const REVERSED_FROM = /^\s*from\s+$/i

const comparable = (q: Quantity) => q.dimension !== 'date' && q.dimension !== 'year' && q.dimension !== 'ordinal' && !q.invalid

export function findPairs(text: string, qs: readonly Quantity[]): Pair[] {
  const out: Pair[] = []
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!
    const b = qs[i + 1]!
    if (!comparable(a) || !comparable(b)) continue
    const gap = text.slice(a.span[1], b.span[0])
    const lead = text.slice(Math.max(0, a.span[0] - 10), a.span[0])
    let pair: Pair | null = null
    if (FROM_BEFORE.test(lead) && (FROM_TO.test(gap) || WAS_NOW.test(gap) || ARROW.test(gap))) {
      const fromAt = a.span[0] - /\b(?:from|was|were)\s*$/i.exec(lead)![0].length
      pair = { before: a, after: b, start: fromAt, end: b.span[1] }
    } else if (ARROW.test(gap)) pair = { before: a, after: b, start: a.span[0], end: b.span[1] }
    else if (AFTER_FROM.test(gap) || AFTER_WAS.test(gap)) pair = { before: b, after: a, start: a.span[0], end: b.span[1] }
    else if (TO_BEFORE.test(lead) && REVERSED_FROM.test(gap)) pair = { before: b, after: a, start: a.span[0], end: b.span[1] }
    if (!pair) continue
    out.push(pair)
    i++
  }
  return out
}

/** A bare number paired with an amount in a unit takes that unit ("from 12 days to 4"). */
export function carryUnits(pairs: readonly Pair[]): void {
  for (const { before, after } of pairs) {
    const bare = (q: Quantity) => q.dimension === 'count' && q.unit === ''
    const [from, to] = bare(after) && !bare(before) ? [before, after] : bare(before) && !bare(after) ? [after, before] : [null, null]
    if (!from || !to) continue
    to.dimension = from.dimension
    to.unit = from.unit
    if (from.per && !to.per) to.per = from.per
  }
  // "from 9 incidents to 2 incidents per month": the rate belongs to both sides.
  for (const { before, after } of pairs) {
    if (before.dimension !== after.dimension || before.unit !== after.unit) continue
    if (after.per && !before.per) before.per = after.per
    else if (before.per && !after.per) after.per = before.per
  }
  // Both sides of a change are about the same thing: the phrase before "from".
  for (const { before, after } of pairs) if (before.about) after.about = before.about
}
