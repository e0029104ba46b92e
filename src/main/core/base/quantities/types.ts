/**
 * The kinds of amount a reader takes as a fact. A rate is not a kind of its own: it is an
 * amount of one of these kinds with `per` set ("$18k/month" is money per month, "20 deploys
 * a week" a count per week), so it is compared with amounts over the same period.
 */
export type Dimension =
  | 'money'
  | 'percent'
  /** Percentage points ("+6 points", "4pp") or score points ("NPS up 12 points"). */
  | 'points'
  /** A count of something (unit: the thing counted, or '' for a bare number). */
  | 'count'
  | 'duration'
  /** "3x", "doubled", "cut in half" (0.5), "ten-fold". */
  | 'multiple'
  /** "half of", "three quarters of", "1/3 of" (value 0–1). Compared with percentages. */
  | 'fraction'
  /** A calendar day, month, quarter, half or season. `value` is the start as epoch ms (UTC). */
  | 'date'
  /** A year on its own ("since 2019"): `value` is the year. */
  | 'year'
  /** "2nd", "the third time". */
  | 'ordinal'
  /** Bytes and their multiples ("40 GB"). */
  | 'size'

/** How the writer hedged or bounded the amount (normalized from "~", "roughly", ">", "120+", …). */
export type Approx = 'about' | 'over' | 'at least' | 'under' | 'at most' | 'up to'

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year'

export interface DateValue {
  /** First and last day covered, ISO (YYYY-MM-DD). For a date without a year, year 0000. */
  start: string
  end: string
  precision: DatePrecision
  /** "in March" with no year: compared by month (or quarter) only. */
  yearless?: boolean
}

export interface Quantity {
  span: [number, number]
  text: string
  value: number
  dimension: Dimension
  /**
   * Normalized unit: ISO currency ('USD', 'EUR', …), '%', 'pp' or 'points', 'x', a duration
   * ('ms', 's', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years'), a size
   * ('B', 'KB', 'MB', 'GB', 'TB'), the thing counted in the plural ('users', 'engineers',
   * 'PRs'), or '' for a bare number.
   */
  unit: string
  /** For rates: the period or thing per which ('month', 'week', 'user'). */
  per?: string
  approx?: Approx
  /** The noun phrase it quantifies, as written ("annual cloud spend", "time to offer"). */
  about: string
  /** "15–20", "between 3 and 5": value is the low end. */
  range?: [number, number]
  /** The honest-rounding allowance in `unit`: "1.2M" stands for 1.15M–1.25M, so 50,000. */
  tolerance: number
  /** Written in words ("twenty", "a dozen", "doubled"). */
  words: boolean
  /** Stated as a change ("by 14%", "up 3 points", "grew 250%", "62% faster"), not a level. */
  change?: boolean
  /** For multiples written as a direction ("doubled" up, "halved" down). */
  direction?: 'up' | 'down'
  date?: DateValue
  /** Why this is not a real value (an impossible date): such a quantity never matches. */
  invalid?: string
}

export interface Change {
  span: [number, number]
  text: string
  before?: Quantity
  after?: Quantity
  /** after / before, when both are known or the change is a multiple ("doubled" → 2). */
  multiple?: number
  direction: 'up' | 'down' | 'same' | 'unknown'
  about: string
}

/** A structured metric as the user typed it. */
export interface MetricInput {
  label: string
  value: number
  unit: string
  baseline?: number
}

/** A record a draft may draw on: a win, commitment, check-in… named by its entity id. */
export interface SourceRecord {
  id: string
  label: string
  /** The record's own date (ISO day), which backs claims of when it happened. */
  date?: string
  texts?: readonly string[]
  metrics?: readonly MetricInput[]
}

export type FactKind = 'value' | 'baseline' | 'delta' | 'percent-change' | 'points-change' | 'multiple' | 'ratio' | 'date'

export interface Fact {
  entityId: string
  entityLabel: string
  kind: FactKind
  dimension: Dimension
  unit: string
  value: number
  per?: string
  approx?: Approx
  range?: [number, number]
  date?: DateValue
  /** What it measures ("time to offer", a metric's label). */
  label: string
  /** As written in the source, for reasons ("12 minutes", "from 12% to 18%"). */
  text: string
  /** For a derived fact: the unit of the pair it was computed from (its wording: derivationOf). */
  derivedFrom?: { dimension: Dimension; unit: string; per?: string; speed?: true }
  /** A level that has a stated baseline: its change is known, so "up N%" may not cite it. */
  hasBaseline?: boolean
  direction?: 'up' | 'down'
}

export interface FactRef {
  entityId: string
  entityLabel: string
  kind: FactKind
  text: string
  label: string
}

export interface ClaimMatch {
  supported: boolean
  by?: FactRef
  derivation?: string
  reason?: string
}
