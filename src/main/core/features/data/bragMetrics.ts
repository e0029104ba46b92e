import { parseChanges, parseQuantities, readUnitString, type Change, type Quantity } from '../../base/quantities'
import { bragCase } from './bragCase'
import type { Metric } from '../../../../shared/domain/win'

export interface MetricScan {
  metrics: Metric[]
  /** Numbers seen but not turned into metrics (no unit, or a "within 90 days" that says when), so the user can decide. */
  skipped: string[]
}

/** Kinds of amount a brag line measures something with; dates, years and ranks are not results. */
const MEASURES = new Set(['money', 'percent', 'points', 'count', 'duration', 'multiple', 'size'])
/** "improved within 90 days" says when, not how much (docs/quantities.md, "What it cannot do"). */
const WHEN_NOT_HOW_MUCH = /\b(?:within|after|since|over the (?:next|last|past))\s+$/i

/** A metric unit string the rest of Loopwise reads back (readUnitString): "USD/month", "PRs", "%". */
export const unitOf = (q: Quantity) => `${q.unit}${q.per ? `/${q.per}` : ''}`

/** `value` of `from` expressed in `to`'s unit, when both are the same kind ("2 hours → 20 min"). */
function inUnitOf(from: Quantity, to: Quantity): number | null {
  if (from.dimension !== to.dimension || (from.per ?? '') !== (to.per ?? '')) return null
  if (from.unit === to.unit) return from.value
  if (from.dimension !== 'duration' && from.dimension !== 'size') return null
  const a = readUnitString(from.unit).factor
  const b = readUnitString(to.unit).factor
  return a && b ? Number(((from.value * a) / b).toPrecision(12)) : null
}

/**
 * What a number measures, as written ("p95 latency", "annual cloud spend"); else the words just
 * before it in its clause ("Saved"), else its counted unit; never a currency code.
 */
function labelOf(about: string, unit: string, text: string, at: number): string {
  const a = about
    .replace(/[*_`]/g, '')
    .replace(/^(?:our|my|the|a|an)\s+/i, '')
    .trim()
  if (a) return bragCase(a).slice(0, 120)
  const before = (
    text
      .slice(0, at)
      .split(/[.;:,()\n]/)
      .at(-1) ?? ''
  )
    .replace(/\b(?:by|to|of|from|about|around|over|nearly|almost|roughly|for|with|in)\s*$/i, '')
    .trim()
    .split(/\s+/)
    .slice(-4)
    .join(' ')
  if (/[a-z]{3,}/i.test(before)) return bragCase(before).slice(0, 120)
  const kind = readUnitString(unit).dimension
  if (kind === 'duration') return 'Time'
  if (/^[a-z]{3,}/i.test(unit) && kind !== 'money') return bragCase(unit).slice(0, 120)
  return 'Result'
}

/** A change between bare numbers is a measure only when it names one ("eNPS 12 → 41"), not "node 18 -> 20". */
const SCORE_WORDS =
  /\b(?:e?nps|csat|score|rating|index|engagement|satisfaction|sentiment|velocity|coverage|uptime|headcount|retention|count|level|grade|rank)\b/i
/** A before/after a reader takes as a result: with a unit or a rate, or about a score. */
export const isMeasuredChange = (c: Change) =>
  !!c.before && !!c.after && (c.after.dimension !== 'count' || !!c.after.unit || !!c.after.per || SCORE_WORDS.test(c.about))

/** "on-call pages 40/wk → 12/wk": the counted thing is the plural noun the amount is about. */
function countedNoun(about: string): string {
  const word = about
    .toLowerCase()
    .split(/[^a-z-]+/)
    .find((w) => w.length > 3 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !SCORE_WORDS.test(w))
  return word ?? ''
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]

/**
 * Before/after pairs in every notation the quantities module reads ("from ~22 min to 7 min",
 * "820ms → 310ms", "(~15%) -> now <1%", "was 40 a week, now 12") become one metric with its
 * baseline; other amounts with a unit become metrics with their rate ("/month") and hedge
 * ("about", "at least"). Bare numbers are reported as skipped, never guessed at.
 * Dates must be removed from `text` first.
 */
export function scanMetrics(input: string): MetricScan {
  // "1:1s" (one-on-ones) is read as one second by the quantities module.
  const text = input.replace(/\b1:1s?\b/gi, 'one-on-ones')
  const metrics: Metric[] = []
  const skipped: string[] = []
  const taken: [number, number][] = []
  for (const c of parseChanges(text)) {
    if (!c.before || !c.after) continue
    const baseline = inUnitOf(c.before, c.after)
    if (baseline === null) continue
    if (!isMeasuredChange(c)) {
      skipped.push(c.text)
      taken.push(c.span)
      continue
    }
    const noun = c.after.dimension === 'count' && !c.after.unit ? countedNoun(c.about) : ''
    const unit = noun ? `${noun}${c.after.per ? `/${c.after.per}` : ''}` : unitOf(c.after)
    metrics.push({
      label: labelOf(c.about, unit, text, c.span[0]),
      value: c.after.value,
      unit,
      baseline,
      ...(c.after.approx ? { qualifier: c.after.approx } : {}),
      ...(c.before.approx ? { baselineQualifier: c.before.approx } : {})
    })
    taken.push(c.span, c.before.span, c.after.span)
  }
  for (const q of parseQuantities(text)) {
    if (taken.some((t) => overlaps(t, q.span)) || q.invalid) continue
    if (!MEASURES.has(q.dimension)) continue
    if ((q.dimension === 'count' && !q.unit) || (q.dimension === 'duration' && WHEN_NOT_HOW_MUCH.test(text.slice(0, q.span[0])))) {
      skipped.push(q.text)
      continue
    }
    const unit = unitOf(q)
    metrics.push({ label: labelOf(q.about, q.unit, text, q.span[0]), value: q.value, unit, ...(q.approx ? { qualifier: q.approx } : {}) })
  }
  return { metrics: metrics.slice(0, 20), skipped }
}
