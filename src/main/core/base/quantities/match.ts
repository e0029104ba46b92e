import { derivationOf, type FactsIndex } from './facts'
import { describeAmount, DIMENSION_NAMES } from './format'
import { labelKeys, sharesMeaning } from './stems'
import type { ClaimMatch, DateValue, Fact, Quantity } from './types'
import { perYear as perYearOf, unitFactor } from './units'
import { nearMisses, nearbyFacts } from './lookup'

/**
 * Is a quantity in a draft backed by the user's own facts? Same kind and unit (after
 * conversion), an equivalent value (honest rounding, hedges and bounds respected), a
 * related label, and only among the cited sources when they are given. Derived changes
 * count, and say how they were derived.
 */
export interface MatchOptions {
  /** Only facts of these entities may back the claim (the sources the draft cites). */
  citedIds?: readonly string[]
}

const HUMANS =
  /^(?:people|persons|folks|staff|engineers|developers|devs|pms|PMs|designers|managers|reports|hires|interviewers|attendees|employees|colleagues|teammates)$/i

/** How a claim of this kind is compared: the value in a common unit, or null when the kinds differ. */
function common(claim: Quantity, fact: Fact): { c: number; f: number; scale: number } | null {
  const cd = claim.dimension
  const fd = fact.dimension
  // "Saved $1.2M" may quote "$1.2M a year" as it stands; "$1.2M a year" needs a rate in the source.
  if (claim.per && !fact.per) return null
  const dropRate = !claim.per && !!fact.per
  const perYear = (v: number, per: string | undefined) => (dropRate ? v : perYearOf(v, per))
  if (cd === 'money') {
    if (fd !== 'money' || (claim.unit && fact.unit && claim.unit !== fact.unit)) return null
    return { c: perYear(claim.value, claim.per), f: perYear(fact.value, fact.per), scale: perYear(1, claim.per) }
  }
  const rate = (v: number, per?: string) => perYear(v, per)
  if (cd === 'duration' || cd === 'size') {
    if (fd !== cd) return null
    const cf = unitFactor(cd, claim.unit)
    return { c: rate(claim.value * cf, claim.per), f: rate(fact.value * unitFactor(fd, fact.unit), fact.per), scale: rate(cf, claim.per) }
  }
  if (cd === 'percent' || cd === 'fraction') {
    const toPct = (v: number, d: string) => (d === 'fraction' ? v * 100 : v)
    if (fd !== 'percent' && fd !== 'fraction') return null
    if (cd === 'percent' && claim.change) {
      // "up 82%" is a change: a level with a known baseline (82% from 64%) does not back it.
      if (!(fact.kind === 'percent-change' || (fact.kind === 'value' && !fact.hasBaseline && fd === 'percent'))) return null
    } else if (fact.kind === 'percent-change' && !claim.change && cd === 'percent') return null
    return { c: toPct(claim.value, cd), f: toPct(fact.value, fd), scale: cd === 'fraction' ? 100 : 1 }
  }
  if (cd === 'points') {
    if (fd === 'points') return { c: claim.value, f: fact.value, scale: 1 }
    // "NPS up 21 points" from "NPS went from 31 to 52".
    if (fact.kind === 'delta' && fd === 'count' && (fact.unit === '' || fact.unit === 'points'))
      return { c: claim.value, f: fact.value, scale: 1 }
    return null
  }
  if (cd === 'multiple') {
    if (fd !== 'multiple') return null
    if (claim.direction && fact.direction && claim.direction !== fact.direction) return null
    const norm = (v: number) => (v > 0 && v < 1 ? 1 / v : v)
    return { c: norm(claim.value), f: norm(fact.value), scale: claim.value < 1 && claim.value > 0 ? 1 / claim.value ** 2 : 1 }
  }
  if (cd === 'count') {
    if (fd !== 'count') return null
    if (!countUnitsAgree(claim, fact)) return null
    return { c: rate(claim.value, claim.per), f: rate(fact.value, fact.per), scale: rate(1, claim.per) }
  }
  if (cd === 'ordinal') return fd === 'ordinal' ? { c: claim.value, f: fact.value, scale: 1 } : null
  return null
}

function countUnitsAgree(claim: Quantity, fact: Fact): boolean {
  if (!claim.unit) return true
  if (HUMANS.test(claim.unit) && /^(?:people|persons|staff)$/i.test(claim.unit) && (HUMANS.test(fact.unit) || !fact.unit)) return true
  const mine = labelKeys(claim.unit)
  // Two counted things are the same only if they are the same word or both people: 250 people are not 250 teams
  // (the word families are for labels, where "team" may mean headcount).
  if (fact.unit) {
    const theirs = labelKeys(fact.unit)
    if ([...mine].some((k) => !k.startsWith('#') && theirs.has(k))) return true
    if (HUMANS.test(claim.unit) && HUMANS.test(fact.unit)) return true
    return false
  }
  return sharesMeaning(mine, labelKeys(fact.unit)) || sharesMeaning(mine, labelKeys(fact.label))
}

/** Does the fact's value satisfy the claim, allowing the claim's rounding, hedges and bounds? */
function valueFits(claim: Quantity, fact: Fact, c: number, f: number, scale: number): boolean {
  let tol = claim.tolerance * Math.abs(scale) + Math.abs(f) * 1e-9
  // Rounding is honest in the unit the source used: 5 days is not "1 week", 13 weeks is "3 months".
  if ((claim.dimension === 'duration' || claim.dimension === 'size') && claim.unit !== fact.unit && claim.approx !== 'about')
    tol = Math.min(tol, Math.abs(c) * 0.05 + Math.abs(f) * 1e-9)
  const fr = fact.range?.map((x) => (x * f) / (fact.value || 1)) as [number, number] | undefined
  if (claim.range) {
    const [lo, hi] = claim.range.map((x) => (x * c) / (claim.value || 1)) as [number, number]
    if (fr) return Math.abs(fr[0] - lo) <= tol && Math.abs(fr[1] - hi) <= tol
    return f >= lo - tol && f <= hi + tol
  }
  if (fr) return claim.approx === 'about' && c >= fr[0] - tol && c <= fr[1] + tol
  const factBound = fact.approx && fact.approx !== 'about' ? fact.approx : undefined
  switch (claim.approx) {
    case 'over':
    case 'at least':
      if (factBound === 'under' || factBound === 'at most' || factBound === 'up to') return false
      return f >= c - tol && f <= Math.max(c * 10, c + 10 * tol)
    case 'under':
    case 'at most':
    case 'up to':
      if (factBound === 'over' || factBound === 'at least') return false
      return f <= c + tol && f >= c / 10
    default:
      // "120+" backs "120", not "150"; "<1%" backs nothing exact.
      if (factBound === 'under' || factBound === 'at most' || factBound === 'up to') return false
      return Math.abs(c - f) <= tol
  }
}

function dateFits(claim: Quantity, fact: Fact): boolean {
  if (!fact.date || !claim.date) return false
  const cd: DateValue = claim.date
  const fd: DateValue = fact.date
  if (cd.yearless) {
    const months = (d: DateValue) => [+d.start.slice(5, 7), +d.end.slice(5, 7)]
    const [a, b] = months(cd)
    const [x, y] = months(fd)
    return x! >= a! && y! <= b!
  }
  if (fd.yearless) return false
  return fd.start >= cd.start && fd.end <= cd.end
}

function related(claim: Quantity, fact: Fact): boolean {
  const mine = labelKeys(claim.about)
  if (mine.size === 0) return true
  const label = labelKeys(fact.label)
  // A counted thing is meaning ("services"); a currency or a time unit is not ("USD" says nothing about what).
  const unit = fact.dimension === 'count' ? labelKeys(fact.unit) : EMPTY
  const entity = labelKeys(fact.entityLabel)
  if (label.size + unit.size + entity.size === 0) return true
  return sharesMeaning(mine, label) || sharesMeaning(mine, unit) || sharesMeaning(mine, entity)
}

const EMPTY: ReadonlySet<string> = new Set()
const refOf = (f: Fact) => ({ entityId: f.entityId, entityLabel: f.entityLabel, kind: f.kind, text: f.text, label: f.label })
const KIND_ORDER: Record<Fact['kind'], number> = {
  value: 0,
  date: 0,
  baseline: 1,
  delta: 2,
  'points-change': 2,
  'percent-change': 2,
  multiple: 3,
  ratio: 3
}

function supports(claim: Quantity, fact: Fact): boolean {
  if (claim.dimension === 'date' || claim.dimension === 'year')
    return (fact.dimension === 'date' || fact.dimension === 'year') && dateFits(claim, fact)
  // "cut latency by 820 ms" is a change: a level (a baseline, or a value with one) does not back it.
  if (claim.change && (fact.kind === 'baseline' || (fact.kind === 'value' && fact.hasBaseline))) return false
  const cmp = common(claim, fact)
  return !!cmp && valueFits(claim, fact, cmp.c, cmp.f, cmp.scale) && related(claim, fact)
}

function candidates(index: FactsIndex, citedIds?: readonly string[]): readonly Fact[] {
  if (!citedIds) return index.facts
  return citedIds.flatMap((id) => index.byEntity.get(id) ?? [])
}

/** The best fact backing the claim: a small pool is scanned, a whole history is looked up by value. */
function bestSupport(claim: Quantity, index: FactsIndex, pool: readonly Fact[], whole: boolean): Fact | undefined {
  const near = whole && pool.length > 500 ? nearbyFacts(claim, index) : pool
  let best: Fact | undefined
  let after = 0
  for (const f of near) {
    // One backing fact is enough; look a little further only for a more direct one.
    if (best && (KIND_ORDER[best.kind] === 0 || ++after > 256)) break
    if (supports(claim, f) && (!best || KIND_ORDER[f.kind] < KIND_ORDER[best.kind])) best = f
  }
  return best
}

export function matchClaim(claim: Quantity, index: FactsIndex, options: MatchOptions = {}): ClaimMatch {
  if (claim.invalid) return { supported: false, reason: claim.invalid }
  const pool = candidates(index, options.citedIds)
  const found = bestSupport(claim, index, pool, !options.citedIds)
  const derivation = found && derivationOf(found)
  if (found) return { supported: true, by: refOf(found), ...(derivation ? { derivation } : {}) }
  return { supported: false, reason: explain(claim, index, pool, options) }
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9
const quote = (s: string) => `“${s}”`

/** Why a claim is not backed, in the words a person would use. */
function explain(claim: Quantity, index: FactsIndex, pool: readonly Fact[], options: MatchOptions): string {
  const said = claim.text.trim()
  const here = options.citedIds ? 'the sources this draft cites' : 'your history'
  if (options.citedIds) {
    const elsewhere = bestSupport(claim, index, index.facts, true)
    if (elsewhere) return `${said}: it is in ${quote(elsewhere.entityLabel)}, which this draft does not cite`
  }
  const searched = !options.citedIds && pool.length > 500 ? nearMisses(claim, index) : pool
  const direct = searched.filter((f) => f.kind === 'value' || f.kind === 'baseline' || f.kind === 'date')
  if (claim.dimension === 'date' || claim.dimension === 'year') {
    const near = direct.find((f) => (f.dimension === 'date' || f.dimension === 'year') && related(claim, f))
    return near ? `${said}: ${here} ${options.citedIds ? 'date' : 'dates'} this ${near.text}` : `${said}: no date in ${here} falls there`
  }
  // "up 82%" when 82% is the level.
  if (claim.dimension === 'percent' && claim.change) {
    const level = direct.find((f) => f.dimension === 'percent' && f.hasBaseline && sameNumber(f.value, claim.value))
    if (level) return `${said}: in ${here} ${level.value}% is the level (${level.text}), not the change`
  }
  // Same kind of amount, another value or unit: "12 hours: your history says 12 minutes".
  const sameKind = direct.filter(
    (f) => f.dimension === claim.dimension && (claim.dimension !== 'count' || !claim.unit || countUnitsAgree(claim, f))
  )
  const near =
    sameKind.find((f) => sameNumber(f.value, claim.value) && related(claim, f)) ??
    sameKind.find((f) => related(claim, f) && labelKeys(claim.about).size > 0) ??
    sameKind.find((f) => sameNumber(f.value, claim.value))
  if (near) {
    const theirs = describeAmount(near.value, near.dimension, near.unit, near.per)
    if (sameNumber(near.value, claim.value) && near.unit === claim.unit && !!near.per === !!claim.per && !related(claim, near))
      return `${said}: ${here} ${options.citedIds ? 'have' : 'has'} ${theirs} only for ${near.label || near.entityLabel || 'something else'}`
    const redundant = !near.label || near.label.toLowerCase() === near.unit.toLowerCase()
    return `${said}: ${here} ${options.citedIds ? 'say' : 'says'} ${theirs}${redundant ? '' : ` for ${near.label}`}`
  }
  // "Cut latency by 70%" when the change was 62%: quote the change that is there.
  if (labelKeys(claim.about).size > 0) {
    const change = searched.find((f) => f.derivedFrom && f.dimension === claim.dimension && related(claim, f))
    if (change) {
      const what = change.label ? `${change.label} went ` : 'it went '
      return `${said}: in ${here} ${what}${derivationOf(change)!.replace(/ is /, ', which is ')}`
    }
  }
  // Same number, another kind: "14%: your history has 14 services, not a percentage".
  const other = direct.find((f) => sameNumber(f.value, claim.value) && f.dimension !== 'date' && f.dimension !== 'year')
  if (other)
    return `${said}: ${here} ${options.citedIds ? 'have' : 'has'} ${describeAmount(other.value, other.dimension, other.unit, other.per)}, not ${kindName(claim)}`
  return `${said}: not in ${here}`
}

function kindName(q: Quantity): string {
  if (q.dimension === 'count' && q.unit) return q.unit
  if (q.dimension === 'money' && q.per) return `money per ${q.per}`
  return DIMENSION_NAMES[q.dimension]
}
