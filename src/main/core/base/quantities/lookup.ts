import type { FactsIndex } from './facts'
import type { Dimension, Fact, Quantity } from './types'
import { perYear, unitFactor } from './units'

/**
 * Facts sorted by value within each kind of amount, so a claim against ten years of history
 * looks at the few facts near its value instead of all of them. Only a prefilter: matchClaim
 * still decides with the full rules, so the window here is generous.
 */

type Family = 'money' | 'duration' | 'size' | 'pct' | 'points' | 'multiple' | 'count' | 'ordinal' | 'date'

const FAMILY: Record<Dimension, Family> = {
  money: 'money',
  duration: 'duration',
  size: 'size',
  percent: 'pct',
  fraction: 'pct',
  points: 'points',
  multiple: 'multiple',
  count: 'count',
  ordinal: 'ordinal',
  date: 'date',
  year: 'date'
}

interface Bucket {
  values: Float64Array
  facts: Fact[]
}
interface Lookup {
  buckets: Map<string, Bucket>
  /** Facts with a rate, by their amount as written (not per year). */
  rawRates: Map<string, Bucket>
  /** Values and baselines as written, by number: "12 hours" finds "12 minutes". */
  byNumber: Map<number, Fact[]>
  /** Facts that are ranges: few, and scanned whole. */
  scanned: Fact[]
  dates: Fact[]
}

const lookups = new WeakMap<FactsIndex, Lookup>()

function normalized(dimension: Dimension, unit: string, value: number, per: string | undefined): number {
  const v =
    dimension === 'fraction'
      ? value * 100
      : dimension === 'multiple' && value > 0 && value < 1
        ? 1 / value
        : value * unitFactor(dimension, unit)
  return perYear(v, per)
}

const keyOf = (family: Family, per: string | undefined) => `${family}${per ? '/per' : ''}`

function build(index: FactsIndex): Lookup {
  const raw = new Map<string, { v: number; f: Fact }[]>()
  const scanned: Fact[] = []
  const dates: Fact[] = []
  const byNumber = new Map<number, Fact[]>()
  const put = (key: string, v: number, f: Fact) => {
    let list = raw.get(key)
    if (!list) raw.set(key, (list = []))
    list.push({ v, f })
  }
  for (const f of index.facts) {
    if (f.kind === 'value' || f.kind === 'baseline') {
      const same = byNumber.get(f.value)
      if (same) same.push(f)
      else byNumber.set(f.value, [f])
    }
    const family = FAMILY[f.dimension]
    if (family === 'date') {
      dates.push(f)
      continue
    }
    if (f.range) {
      scanned.push(f)
      continue
    }
    put(keyOf(family, f.per), normalized(f.dimension, f.unit, f.value, f.per), f)
    if (f.per) put(`raw:${keyOf(family, 'any')}`, normalized(f.dimension, f.unit, f.value, undefined), f)
    // "NPS up 21 points" is backed by a change in a score written as a bare number.
    if (f.kind === 'delta' && f.dimension === 'count' && (f.unit === '' || f.unit === 'points')) put(keyOf('points', f.per), f.value, f)
  }
  const buckets = new Map<string, Bucket>()
  const rawRates = new Map<string, Bucket>()
  for (const [key, list] of raw) {
    list.sort((a, b) => a.v - b.v)
    const bucket = { values: Float64Array.from(list.map((x) => x.v)), facts: list.map((x) => x.f) }
    if (key.startsWith('raw:')) rawRates.set(key.slice(4), bucket)
    else buckets.set(key, bucket)
  }
  return { buckets, rawRates, scanned, dates, byNumber }
}

function lookupOf(index: FactsIndex): Lookup {
  let l = lookups.get(index)
  if (!l) lookups.set(index, (l = build(index)))
  return l
}

function lowerBound(values: Float64Array, target: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The claim's value window in its own unit: its rounding, hedge or bound. */
function window(claim: Quantity): [number, number] {
  const t = Math.abs(claim.tolerance)
  const v = claim.value
  if (claim.range) return [claim.range[0] - t, claim.range[1] + t]
  switch (claim.approx) {
    case 'over':
    case 'at least':
      return [v - t, Math.max(v * 10, v + 10 * t)]
    case 'under':
    case 'at most':
    case 'up to':
      return [v / 10, v + t]
    default:
      return [v - t, v + t]
  }
}

export function nearbyFacts(claim: Quantity, index: FactsIndex, widen = 1): Fact[] {
  const l = lookupOf(index)
  const family = FAMILY[claim.dimension]
  if (family === 'date') return l.dates
  const withRate = claim.per ? [] : nearbyIn(l, keyOf(family, 'any'), claim, widen, true)
  const bucket = l.buckets.get(keyOf(family, claim.per))
  if (!bucket) return [...l.scanned, ...withRate]
  const [w0, w1] = window(claim)
  const [a, b] = [w0 / widen, w1 * widen].map((x) => normalized(claim.dimension, claim.unit, x, claim.per))
  const lo = Math.min(a!, b!)
  const hi = Math.max(a!, b!)
  const slack = Math.max(Math.abs(lo), Math.abs(hi)) * 1e-6 + 1e-9
  const out: Fact[] = [...l.scanned, ...withRate]
  for (let i = lowerBound(bucket.values, lo - slack); i < bucket.values.length && bucket.values[i]! <= hi + slack; i++)
    out.push(bucket.facts[i]!)
  return out
}

/** A claim without a rate may quote a rate's own amount ("saved $18k" from "$18k a month"). */
function nearbyIn(l: Lookup, key: string, claim: Quantity, widen: number, raw: boolean): Fact[] {
  const bucket = l.rawRates.get(key)
  if (!bucket || !raw) return []
  const [w0, w1] = window(claim)
  const [a, b] = [w0 / widen, w1 * widen].map((x) => normalized(claim.dimension, claim.unit, x, undefined))
  const lo = Math.min(a!, b!)
  const hi = Math.max(a!, b!)
  const slack = Math.max(Math.abs(lo), Math.abs(hi)) * 1e-6 + 1e-9
  const out: Fact[] = []
  for (let i = lowerBound(bucket.values, lo - slack); i < bucket.values.length && bucket.values[i]! <= hi + slack; i++)
    out.push(bucket.facts[i]!)
  return out
}

/**
 * What a reason may quote for a claim that no fact backs: the same number in any kind, and
 * amounts of the same kind within ten times either way (a near miss). Capped: a reason needs
 * one example, not ten thousand.
 */
export function nearMisses(claim: Quantity, index: FactsIndex): Fact[] {
  const l = lookupOf(index)
  const out = [...(l.byNumber.get(claim.value) ?? [])]
  const near =
    FAMILY[claim.dimension] === 'date' ? l.scanned : nearbyFacts({ ...claim, approx: undefined, range: undefined, tolerance: 0 }, index, 10)
  for (let i = 0; i < near.length && i < 2000; i++) out.push(near[i]!)
  return out
}
