import { parseChanges } from './changes'
import { parseQuantities } from './parse'
import type { Change, Quantity } from './types'

/**
 * Words that sound like a measure and are not one: "improved measurably", "significantly
 * faster". They never make a text measured (issue #13: vague impact is not a measure).
 */
export const VAGUE_MEASURE_WORDS =
  /\b(?:measurabl[ey]|significant(?:ly)?|greatly|substantial(?:ly)?|dramatic(?:ally)?|considerabl[ey]|massive(?:ly)?|hugely|vastly|noticeabl[ey]|meaningful(?:ly)?|improved|better)\b/i

// "in 90 days", "within a quarter", "after six weeks": when it happened, not how much changed.
const WHEN_BEFORE =
  /\b(?:in|within|after|over|for|during|by|inside|across)\s+(?:just\s+|only\s+|about\s+|under\s+|less than\s+|the\s+(?:first|last|next)\s+)?$/i

// Counted periods of work: "after 2 sprints" is when, like "after two weeks".
const TIME_COUNTS = /^(?:sprints|iterations|cycles|releases|quarters|halves|terms)$/i

/**
 * The first thing in a text that measures an outcome: a before/after change, a multiple, or an
 * amount of money, percent, points, size, a count of something or a duration that is not just
 * when it happened. Dates, years and ranks say when or which, not how much. Null when nothing
 * measures it — whatever vague words ("measurably", "significantly") say.
 */
export function findMeasure(text: string): Quantity | Change | null {
  const change = parseChanges(text).find((c) => (c.before && c.after) || c.multiple !== undefined)
  if (change) return change
  for (const q of parseQuantities(text)) {
    if (q.invalid || q.dimension === 'date' || q.dimension === 'year' || q.dimension === 'ordinal') continue
    const spanOfTime = q.dimension === 'duration' || (q.dimension === 'count' && TIME_COUNTS.test(q.unit))
    if (spanOfTime && !q.change && (WHEN_BEFORE.test(text.slice(Math.max(0, q.span[0] - 40), q.span[0])) || /^over\b/i.test(q.text)))
      continue
    // A bare number with nothing it counts ("fixed 17") is not yet a measure of anything.
    if (q.dimension === 'count' && !q.unit && !q.change && !q.about.trim()) continue
    // "one board", "a team": a single thing named, not a measure.
    if (q.dimension === 'count' && q.value === 1 && q.words && !q.change) continue
    return q
  }
  return null
}

export const isMeasured = (text: string) => findMeasure(text) !== null

/** A before and after, or a verbal multiple ("doubled"): the strongest kind of measure. */
export const hasBeforeAfter = (text: string) => parseChanges(text).some((c) => (c.before && c.after) || c.multiple !== undefined)
