import type { NumberFlag } from '../../../shared/domain/drafting'

export type NumberKind = 'plain' | 'percent' | 'money' | 'duration' | 'multiple'

export interface FoundNumber {
  start: number
  end: number
  text: string
  kind: NumberKind
  /** The amount in its own unit (6 for "6 weeks", 4,000,000 for "$4M"). */
  value: number
  /** For durations: the same amount in days, so "6 weeks" matches "42 days". */
  days?: number
  /** Half of this is the rounding a writer may have applied: "1.2k" stands for 1,150–1,250. */
  precision: number
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 }
const DAYS: Record<string, number> = {
  ms: 1 / 86_400_000,
  millisecond: 1 / 86_400_000,
  s: 1 / 86_400,
  sec: 1 / 86_400,
  second: 1 / 86_400,
  min: 1 / 1440,
  minute: 1 / 1440,
  h: 1 / 24,
  hr: 1 / 24,
  hour: 1 / 24,
  d: 1,
  day: 1,
  wk: 7,
  week: 7,
  mo: 30.44,
  month: 30.44,
  quarter: 91.31,
  yr: 365.25,
  year: 365.25
}
const unitKey = (u: string) => {
  const l = u.toLowerCase()
  if (l === 'ms' || l === 's' || l === 'h' || l === 'd') return l
  return l
    .replace(/s$/, '')
    .replace(/^mins?$/, 'min')
    .replace(/^secs?$/, 'sec')
    .replace(/^hrs?$/, 'hr')
    .replace(/^wks?$/, 'wk')
    .replace(/^mos?$/, 'mo')
    .replace(/^yrs?$/, 'yr')
}

// Not preceded by a letter, digit or dot (so Q3, v2, S1, 1.2.3 are not amounts).
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])` +
    String.raw`(?<cur>[$€£]\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\s?(?<scale>thousand|million|billion|bn|mm|[kKmMbB])(?![\p{L}]))?` +
    String.raw`(?:(?<pct>\s?%|\s?percent\b|\s?pp\b)|(?<mult>[x×](?![\p{L}]))|(?:[\s-](?<unit>milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)\b)|(?<short>(?:ms|s|h|d))\b)?`,
  'gu'
)
const ISO_DATE_RE = /\b\d{4}-\d{2}-\d{2}\b/g

function decimals(num: string): number {
  const dot = num.indexOf('.')
  return dot === -1 ? 0 : num.length - dot - 1
}

/** Every amount in a text: plain numbers, percentages, money, durations and multiples. */
export function extractNumbers(text: string): FoundNumber[] {
  const dates: [number, number][] = [...text.matchAll(ISO_DATE_RE)].map((m) => [m.index, m.index + m[0].length])
  const out: FoundNumber[] = []
  for (const m of text.matchAll(NUMBER_RE)) {
    const g = m.groups!
    const start = m.index
    const end = start + m[0].length
    if (dates.some(([a, b]) => start < b && end > a)) continue
    const raw = g.num!.replace(/,/g, '')
    const base = Number(raw)
    if (!Number.isFinite(base)) continue
    const scaleKey = g.scale?.toLowerCase()
    // "5m" after a currency is millions; without one it could be minutes — still treat as millions.
    const scale = scaleKey ? (SCALE[scaleKey] ?? 1) : 1
    const precision = Math.pow(10, -decimals(raw)) * scale
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    const before = text.slice(lineStart, start)
    // "1. " at the start of a line is a list marker, not an amount.
    if (/^\s*$/.test(before) && /^\d+\.\s/.test(text.slice(start, start + raw.length + 2)) && !g.cur) continue
    const unit = g.unit ?? g.short
    if (g.cur) out.push({ start, end, text: m[0], kind: 'money', value: base * scale, precision })
    else if (g.pct) out.push({ start, end, text: m[0], kind: 'percent', value: base * scale, precision })
    else if (g.mult) out.push({ start, end, text: m[0], kind: 'multiple', value: base * scale, precision })
    else if (unit) {
      const perUnit = DAYS[unitKey(unit)] ?? 1
      out.push({ start, end, text: m[0], kind: 'duration', value: base * scale, days: base * scale * perUnit, precision })
    } else {
      // A bare year (1950–2100) is a date, not a claim.
      if (!scaleKey && /^\d{4}$/.test(raw) && base >= 1950 && base <= 2100) continue
      out.push({ start, end, text: m[0], kind: 'plain', value: base * scale, precision })
    }
  }
  return out
}

const close = (claim: number, known: number, precision: number) => Math.abs(claim - known) <= precision / 2 + Math.abs(known) * 1e-9

/** Does something in the user's history back this number (allowing honest rounding)? */
export function isSupported(n: FoundNumber, history: readonly FoundNumber[]): boolean {
  return history.some((h) => {
    if (n.kind === 'duration' && h.kind === 'duration') {
      const perUnit = n.days! / (n.value || 1)
      return close(n.days!, h.days!, n.precision * (perUnit || 1))
    }
    if (n.kind === 'plain' || h.kind === 'plain' || n.kind === h.kind) return close(n.value, h.value, n.precision)
    return false
  })
}

export interface NumbersIndex {
  numbers: FoundNumber[]
}

/**
 * Sorted values per kind, so a claim is checked with a binary search instead of a scan of every
 * number in ten years of history (a promo packet checks hundreds of claims). Same rules as
 * isSupported; built once per index and kept with it.
 */
interface Lookup {
  byKind: Map<NumberKind, Float64Array>
  all: Float64Array
  days: Float64Array
}
const lookups = new WeakMap<NumbersIndex, Lookup>()

const sorted = (xs: number[]) => Float64Array.from(xs).sort()

function lookupFor(index: NumbersIndex): Lookup {
  let found = lookups.get(index)
  if (found) return found
  const byKind = new Map<NumberKind, number[]>()
  const days: number[] = []
  for (const h of index.numbers) {
    let values = byKind.get(h.kind)
    if (!values) byKind.set(h.kind, (values = []))
    values.push(h.value)
    if (h.kind === 'duration') days.push(h.days!)
  }
  found = {
    byKind: new Map([...byKind].map(([k, v]) => [k, sorted(v)])),
    all: sorted(index.numbers.map((h) => h.value)),
    days: sorted(days)
  }
  lookups.set(index, found)
  return found
}

/** Is any value in the sorted array within `tolerance` of `target`? */
function anyWithin(values: Float64Array | undefined, target: number, tolerance: number): boolean {
  if (!values || values.length === 0) return false
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < target - tolerance) lo = mid + 1
    else hi = mid
  }
  return lo < values.length && values[lo]! <= target + tolerance
}

/** isSupported against an index, in O(log n). */
export function supportedBy(n: FoundNumber, index: NumbersIndex): boolean {
  const l = lookupFor(index)
  const tol = (claim: number, precision: number) => precision / 2 + Math.abs(claim) * 2e-9
  if (n.kind === 'duration') {
    const perUnit = n.days! / (n.value || 1)
    return (
      anyWithin(l.days, n.days!, tol(n.days!, n.precision * (perUnit || 1))) ||
      anyWithin(l.byKind.get('plain'), n.value, tol(n.value, n.precision))
    )
  }
  if (n.kind === 'plain') return anyWithin(l.all, n.value, tol(n.value, n.precision))
  return (
    anyWithin(l.byKind.get(n.kind), n.value, tol(n.value, n.precision)) ||
    anyWithin(l.byKind.get('plain'), n.value, tol(n.value, n.precision))
  )
}

// "310 ms (baseline 820 ms)": the metric format of context/winEntries.ts.
const BASELINE_RE = /(?<![\p{L}\p{N}.])(-?\d[\d,]*(?:\.\d+)?)\s*[^\s;()\d]{0,20}\s*\(baseline (-?\d[\d,]*(?:\.\d+)?)/gu

/**
 * Honest arithmetic on the user's own metrics: a change from a baseline may be stated as a
 * percentage ("cut latency 62%") or a multiple ("2.6x faster") without being invented.
 */
export function derivedNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = []
  for (const m of text.matchAll(BASELINE_RE)) {
    const value = Number(m[1]!.replace(/,/g, ''))
    const baseline = Number(m[2]!.replace(/,/g, ''))
    if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0 || value === 0) continue
    const base = { start: 0, end: 0, text: m[0], precision: 0 }
    out.push({ ...base, kind: 'percent', value: (Math.abs(value - baseline) / Math.abs(baseline)) * 100 })
    out.push({ ...base, kind: 'multiple', value: Math.max(value, baseline) / Math.min(value, baseline) })
  }
  return out
}

export const indexNumbers = (texts: Iterable<string>): NumbersIndex => {
  const numbers: FoundNumber[] = []
  for (const t of texts) numbers.push(...extractNumbers(t), ...derivedNumbers(t))
  return { numbers }
}

// Numbers found in an entry, kept while the entry object lives: history entries are reused
// until the data behind them changes, so checking a draft does not re-read ten years of text.
const entryNumbers = new WeakMap<object, FoundNumber[]>()

/** indexNumbers over entries' title and text, remembering each entry's numbers. */
const entryIndexes = new WeakMap<readonly object[], NumbersIndex>()

export function indexEntryNumbers(entries: readonly { title: string; text: string }[]): NumbersIndex {
  // The same entries array (history unchanged) gets the same index, and with it the same sorted lookup.
  const known = entryIndexes.get(entries)
  if (known) return known
  const numbers: FoundNumber[] = []
  for (const e of entries) {
    let found = entryNumbers.get(e)
    if (!found) {
      const text = `${e.title}\n${e.text}`
      found = [...extractNumbers(text), ...derivedNumbers(text)]
      entryNumbers.set(e, found)
    }
    for (const n of found) numbers.push(n)
  }
  const index = { numbers }
  entryIndexes.set(entries, index)
  return index
}

export const NOT_FOUND_REASON = 'Not found in your history.'

/** Flag every amount in a draft that the user's own entries do not support. */
export function checkNumbers(draft: string, index: NumbersIndex): NumberFlag[] {
  return extractNumbers(draft)
    .filter((n) => !supportedBy(n, index))
    .map((n) => ({ start: n.start, end: n.end, text: n.text, reason: NOT_FOUND_REASON }))
}
