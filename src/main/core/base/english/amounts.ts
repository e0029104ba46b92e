import { readUnitString } from '../quantities/units'
import { countOf, plural } from './counts'
import { fixAcronyms, lowerFirstWord } from './titles'

/**
 * Amounts written for people: "$1.2M a year", "120 PRs reviewed", "annual cloud savings of
 * $1.2M", "p95 latency from 820 ms to 310 ms" — never "1200000 USD" or "(prs reviewed 120 PRs)".
 */

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' }
const PER: Record<string, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
  quarter: 'a quarter',
  sprint: 'a sprint'
}

/** 1,200,000 → "1.2M", 18,000 → "18k", 5,000 → "5,000", 2.645 → "2.65". */
export function compactNumber(n: number): string {
  const abs = Math.abs(n)
  const trim = (x: number, digits: number) => x.toLocaleString('en-US', { maximumFractionDigits: digits })
  if (abs >= 1e9) return `${trim(n / 1e9, 2)}B`
  if (abs >= 1e6) return `${trim(n / 1e6, 2)}M`
  if (abs >= 1e4) return `${trim(n / 1e3, 1)}k`
  return trim(n, abs < 10 ? 2 : 1)
}

const singularUnit = (unit: string) =>
  unit === 'people' ? 'person' : unit.endsWith('ies') ? `${unit.slice(0, -3)}y` : unit.replace(/s$/, '')

/** One amount in its unit: "$1.2M a year", "80%", "6 weeks", "1 week", "310 ms", "2.6x", "120 PRs". */
export function formatAmount(value: number, unitText: string): string {
  const u = readUnitString(unitText)
  const per = u.per ? ` ${PER[u.per] ?? `per ${u.per}`}` : ''
  switch (u.dimension) {
    case 'money': {
      const s = SYMBOL[u.unit]
      return `${s ?? (u.unit ? `${u.unit} ` : '')}${compactNumber(value)}${per}`
    }
    case 'percent':
      return `${compactNumber(value)}%${per}`
    case 'points':
      return `${compactNumber(value)} ${u.unit === 'pp' ? 'percentage points' : 'points'}`
    case 'multiple':
      return `${compactNumber(value)}x`
    case 'duration':
    case 'size': {
      const short = /^(?:ms|s|B|KB|MB|GB|TB|PB)$/.test(u.unit)
      const unit = value === 1 && !short ? singularUnit(u.unit) : u.unit
      return `${compactNumber(value)} ${unit}${per}`
    }
    default:
      if (!u.unit) return `${compactNumber(value)}${per}`
      return `${value === 1 ? `1 ${singularUnit(u.unit)}` : `${compactNumber(value)} ${u.unit}`}${per}`
  }
}

export interface MetricLike {
  label: string
  value: number
  unit: string
  baseline?: number
}

/** A label as it reads inside a sentence: lower case, acronyms and names kept ("CI failure rate"). */
export function labelInSentence(label: string): string {
  return fixAcronyms(lowerFirstWord(label.trim().replace(/[.:;]+$/, '')))
}

const GENERIC_COUNT = /^(?:people|persons|items|things|units|count|times|)$/i
const SHARE_OF = /^(?:share|percent|percentage|portion|proportion|fraction|%)\s+of\s+/i

/** A metric as a phrase for a sentence. */
export function formatMetric(m: MetricLike): string {
  const u = readUnitString(m.unit)
  const label = labelInSentence(m.label)
  const amount = (v: number) => formatAmount(v, m.unit)
  if (m.baseline !== undefined) return `${label} from ${amount(m.baseline)} to ${amount(m.value)}`
  if (u.dimension === 'count' && !u.per) {
    const noun = u.unit
    const words = label.split(' ')
    const at = noun
      ? words.findIndex((w) => w.toLowerCase() === noun.toLowerCase() || w.toLowerCase() === singularUnit(noun).toLowerCase())
      : -1
    // "PRs reviewed" + 120 PRs → "120 PRs reviewed"; "Teams migrated" + 6 → "6 teams migrated".
    if (at !== -1) {
      const counted = m.value === 1 ? singularUnit(noun) : noun
      return [...words.slice(0, at), `${compactNumber(m.value)} ${counted}`, ...words.slice(at + 1)].join(' ')
    }
    // "Direct reports" in people → "2 direct reports".
    if (GENERIC_COUNT.test(noun)) {
      const last = words.at(-1) ?? ''
      const isPlural = plural(last) === last || /s$/.test(last)
      if (isPlural && m.value !== 1) return `${compactNumber(m.value)} ${label}`
      return `${label}: ${countOf(m.value, noun || 'item')}`
    }
    return `${label}: ${amount(m.value)}`
  }
  // "Share of the draft the CPO kept" 80% → "80% of the draft the CPO kept".
  if (u.dimension === 'percent' && SHARE_OF.test(label)) return `${amount(m.value)} of ${label.replace(SHARE_OF, '')}`
  // "Annual cloud savings" in USD a year: the label already says how often.
  if (u.per && new RegExp(`\\b(?:${u.per === 'year' ? 'annual|annually|yearly' : `${u.per}ly`})\\b`, 'i').test(label)) {
    const bare = formatAmount(m.value, m.unit.replace(/\s*(?:\/|\bper\b|\ban?\b)\s*\w+\.?$/i, ''))
    return `${label} of ${bare}`
  }
  return `${label} of ${amount(m.value)}`
}
