import { describeAmount } from './format'
import { parseQuantities } from './parse'
import { findPairs } from './pairs'
import type { DateValue, Fact, FactKind, Quantity, SourceRecord } from './types'
import { PERIOD_ADVERBS, readUnitString, unitFactor } from './units'

/**
 * Typed facts from the records a draft may draw on: every value and baseline (structured
 * metrics and amounts in the text), the dates, and the changes derived from each baseline as
 * numbers (absolute, percent, percentage points, multiple, ratio), each with its entity id.
 */
export interface FactsIndex {
  facts: readonly Fact[]
  byEntity: ReadonlyMap<string, readonly Fact[]>
}

type Side = Pick<Quantity, 'value' | 'dimension' | 'unit' | 'per'> & { text: string }

const day = (iso: string): DateValue => ({ start: iso, end: iso, precision: 'day' })
const round = (n: number) => Number(n.toFixed(n < 10 ? 2 : 1))

export function buildFactsIndex(records: Iterable<SourceRecord>): FactsIndex {
  const facts: Fact[] = []
  const byEntity = new Map<string, Fact[]>()
  for (const r of records) {
    let mine = factsOfRecord.get(r)
    if (!mine) factsOfRecord.set(r, (mine = recordFacts(r)))
    facts.push(...mine)
    byEntity.set(r.id, [...(byEntity.get(r.id) ?? []), ...mine])
  }
  return { facts, byEntity }
}

// A record's facts depend on the record alone: kept per record object, so a caller that keeps its
// records (claimsGuard keeps one per context entry) parses each entry's text once, not once per draft.
const factsOfRecord = new WeakMap<SourceRecord, Fact[]>()

function recordFacts(r: SourceRecord): Fact[] {
  const mine: Fact[] = []
  const add = (f: Omit<Fact, 'entityId' | 'entityLabel'>) => mine.push({ entityId: r.id, entityLabel: r.label, ...f })
  if (r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date.slice(0, 10)))
    add({
      kind: 'date',
      dimension: 'date',
      unit: '',
      value: Date.parse(r.date),
      date: day(r.date.slice(0, 10)),
      label: r.label,
      text: r.date
    })
  for (const m of r.metrics ?? []) {
    const u = readUnitString(m.unit)
    // "Annual cloud savings" in USD is money per year.
    const adverb = u.dimension === 'money' && !u.per ? /\b(annual|annually|yearly|monthly|weekly|quarterly)\b/i.exec(m.label) : null
    if (adverb) u.per = PERIOD_ADVERBS[adverb[1]!.toLowerCase()]
    const text = (v: number) => describeAmount(v, u.dimension, u.unit, u.per)
    add({
      kind: 'value',
      dimension: u.dimension,
      unit: u.unit,
      value: m.value,
      ...(u.per ? { per: u.per } : {}),
      label: m.label,
      text: `${m.label}: ${text(m.value)}`,
      ...(m.baseline !== undefined ? { hasBaseline: true } : {})
    })
    if (m.baseline === undefined) continue
    add({
      kind: 'baseline',
      dimension: u.dimension,
      unit: u.unit,
      value: m.baseline,
      ...(u.per ? { per: u.per } : {}),
      label: m.label,
      text: `${m.label}: ${text(m.baseline)} before`
    })
    for (const f of derive(m.label, { ...u, value: m.baseline, text: text(m.baseline) }, { ...u, value: m.value, text: text(m.value) }))
      add(f)
  }
  // The label is the user's own words too ("Saved $1.2M in annual cloud spend").
  for (const t of [r.label, ...(r.texts ?? [])]) {
    const qs = parseQuantities(t, r.date ? { today: r.date.slice(0, 10) } : {})
    const pairs = findPairs(t, qs)
    const afters = new Set(pairs.map((p) => p.after))
    const befores = new Set(pairs.map((p) => p.before))
    for (const q of qs) {
      if (q.invalid) continue
      const kind: FactKind = q.dimension === 'date' || q.dimension === 'year' ? 'date' : befores.has(q) ? 'baseline' : 'value'
      add({
        kind,
        dimension: q.dimension,
        unit: q.unit,
        value: q.value,
        ...(q.per ? { per: q.per } : {}),
        ...(q.approx ? { approx: q.approx } : {}),
        ...(q.range ? { range: q.range } : {}),
        ...(q.date ? { date: q.date } : {}),
        ...(q.direction ? { direction: q.direction } : {}),
        label: q.about,
        text: q.text,
        ...(afters.has(q) ? { hasBaseline: true } : {})
      })
    }
    for (const p of pairs) {
      if (p.before.dimension !== p.after.dimension) continue
      // A side whose unit was carried over ("from 12 days to 4") is shown with it.
      const side = (q: Quantity) => ({
        ...q,
        text: /^[\d.,\s]+$/.test(q.text) ? describeAmount(q.value, q.dimension, q.unit, q.per) : q.text
      })
      for (const f of derive(p.before.about || p.after.about, side(p.before), side(p.after))) add(f)
    }
  }
  return mine
}

/** The honest arithmetic on a before/after pair. Its wording is built only when shown (derivationOf). */
function derive(label: string, before: Side, after: Side): Omit<Fact, 'entityId' | 'entityLabel'>[] {
  const factor = unitFactor(before.dimension, before.unit)
  const b = before.value * factor
  const a = after.value * unitFactor(after.dimension, after.unit)
  const out: Omit<Fact, 'entityId' | 'entityLabel'>[] = []
  if (!Number.isFinite(a) || !Number.isFinite(b)) return out
  const direction: 'up' | 'down' | undefined = a > b ? 'up' : a < b ? 'down' : undefined
  const from = { dimension: before.dimension, unit: before.unit, ...(before.per ? { per: before.per } : {}) }
  // Only an absolute change keeps the rate ("$15k a month less"); percentages and multiples are per nothing.
  const base = { label, text: `from ${before.text} to ${after.text}`, ...(direction ? { direction } : {}), derivedFrom: from }
  const diff = Math.abs(a - b) / factor
  if (before.dimension !== 'percent')
    out.push({
      ...base,
      ...(before.per ? { per: before.per } : {}),
      kind: 'delta',
      dimension: before.dimension,
      unit: before.unit,
      value: diff
    })
  else out.push({ ...base, kind: 'points-change', dimension: 'points', unit: 'pp', value: diff })
  if (b !== 0) {
    out.push({ ...base, kind: 'percent-change', dimension: 'percent', unit: '%', value: (Math.abs(a - b) / Math.abs(b)) * 100 })
    // "165% faster" may be told against the new time: 820 ms → 310 ms.
    if (before.dimension === 'duration' && a !== 0 && a < b)
      out.push({
        ...base,
        derivedFrom: { ...from, speed: true },
        kind: 'percent-change',
        dimension: 'percent',
        unit: '%',
        value: (b / a - 1) * 100
      })
  }
  if (a !== 0 && b !== 0 && Math.sign(a) === Math.sign(b)) {
    out.push({ ...base, kind: 'multiple', dimension: 'multiple', unit: 'x', value: Math.max(a, b) / Math.min(a, b) })
    if (a < b) out.push({ ...base, kind: 'ratio', dimension: 'fraction', unit: '', value: a / b })
  }
  return out
}

/** How a derived fact was computed, in words: "from 12% to 18% is +6 points". */
export function derivationOf(f: Fact): string | undefined {
  const from = f.derivedFrom
  if (!from) return undefined
  const span = f.text
  switch (f.kind) {
    case 'delta':
      return `${span} is ${describeAmount(round(f.value), from.dimension, from.unit, from.per)} ${f.direction === 'up' ? 'more' : 'less'}`
    case 'points-change':
      return `${span} is ${f.direction === 'down' ? '−' : '+'}${round(f.value)} points`
    case 'percent-change':
      return from.speed
        ? `${span} is ${round(f.value)}% faster`
        : `${span} is ${round(f.value)}% ${f.direction === 'up' ? 'higher' : 'lower'}`
    case 'multiple':
      return `${span} is ${round(f.value)}x`
    case 'ratio':
      return `${span} is ${round(f.value * 100)}% of what it was`
    default:
      return undefined
  }
}
