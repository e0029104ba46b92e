import type { Dimension } from './types'

export interface UnitInfo {
  dimension: Dimension
  unit: string
  /** Multiply a value in this unit by it to get the dimension's base (seconds, bytes, pp). */
  factor: number
}

const SECOND = 1
const MINUTE = 60
const HOUR = 3600
const DAY = 86_400
const WEEK = 7 * DAY
const YEAR = 365.25 * DAY
const MONTH = YEAR / 12
const QUARTER = YEAR / 4
/** Two weeks, the common sprint: "every sprint" is about 26 times a year. */
const SPRINT = 2 * WEEK

/** Durations as written after a number ("6 weeks", "45min", "820ms", "2 hrs"). */
export const DURATION_UNITS: Record<string, UnitInfo> = {}
const duration = (unit: string, factor: number, ...forms: string[]) => {
  for (const f of forms) DURATION_UNITS[f] = { dimension: 'duration', unit, factor }
}
duration('ms', 0.001, 'ms', 'msec', 'msecs', 'millisecond', 'milliseconds')
duration('s', SECOND, 's', 'sec', 'secs', 'second', 'seconds')
duration('minutes', MINUTE, 'm', 'min', 'mins', 'minute', 'minutes')
duration('hours', HOUR, 'h', 'hr', 'hrs', 'hour', 'hours')
duration('days', DAY, 'd', 'day', 'days')
duration('business days', DAY, 'business-days')
duration('weeks', WEEK, 'w', 'wk', 'wks', 'week', 'weeks')
duration('months', MONTH, 'mo', 'mos', 'month', 'months')
duration('quarters', QUARTER, 'quarter', 'quarters')
duration('years', YEAR, 'y', 'yr', 'yrs', 'year', 'years')

export const SIZE_UNITS: Record<string, UnitInfo> = {}
for (const [i, u] of ['B', 'KB', 'MB', 'GB', 'TB', 'PB'].entries()) {
  SIZE_UNITS[u.toLowerCase()] = { dimension: 'size', unit: u, factor: 1000 ** i }
  if (i > 0) SIZE_UNITS[`${u[0]!.toLowerCase()}ib`] = { dimension: 'size', unit: `${u[0]}iB`, factor: 1024 ** i }
}
SIZE_UNITS['bytes'] = SIZE_UNITS['b']!
SIZE_UNITS['gigabytes'] = SIZE_UNITS['gb']!
SIZE_UNITS['terabytes'] = SIZE_UNITS['tb']!
SIZE_UNITS['megabytes'] = SIZE_UNITS['mb']!

/** Currency symbols written before an amount. Longest first where one is a prefix of another. */
export const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR']
]
export const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'INR',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'BRL',
  'CNY',
  'SGD'
])
/** Currency names written after an amount ("1.2 million dollars", "40k euros"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  francs: 'CHF'
}

/** Scale words and suffixes ("1.2M", "18k", "3 million", "2bn"). */
export const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12
}

/** Periods a rate can be per, keyed by how people write them ("/mo", "a month", "per annum"). */
export const PERIODS: Record<string, string> = {
  s: 'second',
  sec: 'second',
  second: 'second',
  min: 'minute',
  minute: 'minute',
  h: 'hour',
  hr: 'hour',
  hour: 'hour',
  d: 'day',
  day: 'day',
  wk: 'week',
  week: 'week',
  mo: 'month',
  month: 'month',
  q: 'quarter',
  quarter: 'quarter',
  yr: 'year',
  year: 'year',
  y: 'year',
  annum: 'year',
  sprint: 'sprint'
}
export const PERIOD_ADVERBS: Record<string, string> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  annually: 'year',
  yearly: 'year',
  annual: 'year',
  'p.a.': 'year'
}
/** Seconds in each period, so "$18k/month" and "$216k a year" compare. */
export const PERIOD_SECONDS: Record<string, number> = {
  second: SECOND,
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
  week: WEEK,
  month: MONTH,
  quarter: QUARTER,
  year: YEAR,
  sprint: SPRINT
}

/** The dimension's base unit value, so 12 hours and 720 minutes compare equal. */
const FACTORS = new Map<string, number>(
  [...Object.values(DURATION_UNITS), ...Object.values(SIZE_UNITS)].map((u) => [`${u.dimension}:${u.unit}`, u.factor])
)

export function unitFactor(dimension: Dimension, unit: string): number {
  if (dimension !== 'duration' && dimension !== 'size') return 1
  return FACTORS.get(`${dimension}:${unit}`) ?? 1
}

/** A value per `per` turned into a value per year (or left alone when `per` is not a period). */
export function perYear(value: number, per: string | undefined): number {
  const s = per ? PERIOD_SECONDS[per] : undefined
  return s ? value * (YEAR / s) : value
}

const ACRONYM = /^[A-Z][A-Z0-9]+s?$|^[A-Z][a-z]*[A-Z]\w*$/

/**
 * A typed metric unit ('%', 'USD', '$', 'ms', 'days', '×', 'PRs', 'USD/month', 'per week')
 * as a dimension and normalized unit. Anything else is a count of that thing.
 */
export function readUnitString(raw: string): UnitInfo & { per?: string } {
  let text = raw.trim()
  let per: string | undefined
  const perMatch = /\s*(?:\/|\bper\s+|\ba\s+|\ban\s+)\s*([A-Za-z]+)\.?$/.exec(text)
  if (perMatch && PERIODS[singular(perMatch[1]!.toLowerCase())]) {
    per = PERIODS[singular(perMatch[1]!.toLowerCase())]
    text = text.slice(0, perMatch.index).trim()
  }
  const lower = text.toLowerCase()
  const withPer = (u: UnitInfo) => (per ? { ...u, per } : u)
  if (text === '' && per) return { dimension: 'count', unit: '', factor: 1, per }
  if (lower === '%' || lower === 'percent' || lower === 'pct') return withPer({ dimension: 'percent', unit: '%', factor: 1 })
  if (lower === 'pp' || lower === 'percentage points' || lower === 'pts' || lower === 'points')
    return withPer({ dimension: 'points', unit: lower === 'pp' || lower.startsWith('percentage') ? 'pp' : 'points', factor: 1 })
  if (lower === 'x' || lower === '×' || lower === 'times' || lower === 'fold')
    return withPer({ dimension: 'multiple', unit: 'x', factor: 1 })
  const symbol = CURRENCY_SYMBOLS.find(([s]) => s === text)
  if (symbol) return withPer({ dimension: 'money', unit: symbol[1], factor: 1 })
  if (CURRENCY_CODES.has(text.toUpperCase()) && text.length === 3)
    return withPer({ dimension: 'money', unit: text.toUpperCase(), factor: 1 })
  if (CURRENCY_WORDS[lower]) return withPer({ dimension: 'money', unit: CURRENCY_WORDS[lower], factor: 1 })
  if (DURATION_UNITS[lower] && lower.length > 1) return withPer(DURATION_UNITS[lower])
  if (SIZE_UNITS[lower] && lower.length > 1) return withPer(SIZE_UNITS[lower])
  return withPer({ dimension: 'count', unit: countUnit(text), factor: 1 })
}

/** "engineer" → "engineers", "PR" → "PRs", "people" stays: counted things are named in the plural. */
export function countUnit(word: string): string {
  const w = word.trim()
  if (!w) return ''
  if (ACRONYM.test(w)) return /s$/.test(w) ? w : `${w}s`
  return pluralWord(w.toLowerCase())
}

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  analysis: 'analyses',
  criterion: 'criteria',
  index: 'indexes',
  foot: 'feet'
}
/** Words with no plural in this use (mass nouns people count with "zero": "zero downtime"). */
const INVARIANT = new Set([
  'people',
  'staff',
  'software',
  'data',
  'feedback',
  'series',
  'headcount',
  'news',
  'downtime',
  'traffic',
  'churn',
  'revenue',
  'debt',
  'toil',
  'waste',
  'overtime'
])

export function pluralWord(w: string): string {
  if (INVARIANT.has(w) || Object.values(IRREGULAR_PLURALS).includes(w)) return w
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w]
  if (/(?:ss|sh|ch|x|z)$/.test(w)) return `${w}es`
  // Already plural ("users"); "status"-like words are rare among counted things.
  if (/s$/.test(w)) return w
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`
  return `${w}s`
}

export function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2)
  if (/[^su]s$/.test(w) && w.length > 2) return w.slice(0, -1)
  return w
}
