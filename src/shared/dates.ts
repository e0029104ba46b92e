/**
 * Calendar dates for main and renderer alike. A date is an ISO calendar day (YYYY-MM-DD) with no
 * time zone; arithmetic on it runs in UTC so daylight-saving never shifts a day. "Today" is the day
 * on the user's own calendar (local time), always read from a clock the caller can inject.
 */

/** YYYY-MM-DD. */
export type IsoDate = string
/** Where "now" comes from: tests and services pass their own. */
export type Clock = () => Date
export const systemClock: Clock = () => new Date()

const DAY_MS = 86_400_000
const toUtc = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`)
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10)
const pad2 = (n: number) => String(n).padStart(2, '0')

/** Today as YYYY-MM-DD in the user's own time zone: a check-in "today" is the day on their calendar. */
export const todayIso = (now: Date = new Date()): IsoDate => `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`

/** Whole days from a to b (b later = positive). */
export const daysBetween = (a: IsoDate, b: IsoDate) => Math.round((toUtc(b) - toUtc(a)) / DAY_MS)

export const addDays = (iso: IsoDate, days: number): IsoDate => fromUtc(toUtc(iso) + days * DAY_MS)

/** The same day `years` later (29 February falls on 1 March in a common year). */
export const addYears = (iso: IsoDate, years: number): IsoDate => {
  const d = new Date(toUtc(iso))
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return fromUtc(d.getTime())
}

/** 1–4 for a date's month. */
export const quarterNumber = (iso: IsoDate) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1

/** "2025-Q1" for a date: the loop runs quarterly, so history is grouped that way. */
export const quarterOf = (iso: IsoDate) => `${iso.slice(0, 4)}-Q${quarterNumber(iso)}`

/** The quarter after a "2025-Q4" key: "2026-Q1". */
export const nextQuarter = (quarter: string) => {
  const [y, n] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))]
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`
}

/** First and last day of the quarter `offset` quarters from the one holding `iso`, with its label ("Q3 2025"). */
export function quarterRange(iso: IsoDate, offset = 0): { from: IsoDate; to: IsoDate; label: string } {
  const index = Number(iso.slice(0, 4)) * 4 + quarterNumber(iso) - 1 + offset
  const year = Math.floor(index / 4)
  const month = (index - year * 4) * 3 + 1
  const from = `${year}-${pad2(month)}-01`
  const next = month === 10 ? `${year + 1}-01-01` : `${year}-${pad2(month + 3)}-01`
  return { from, to: addDays(next, -1), label: `Q${index - year * 4 + 1} ${year}` }
}
