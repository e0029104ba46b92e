import * as chrono from 'chrono-node'
import type { DatePrecision, DateValue } from './types'

/**
 * Dates and years in text. Month-name dates ("3 February 2025", "Sept. 2024", "Jan 15, 2026",
 * "June to August 2024") are chrono-node's; ISO days (checked to exist), quarters, halves,
 * seasons, fiscal and bare years, and "last spring" against a given today are here, because
 * chrono does not read them (and drops an impossible ISO day without a word).
 */

export interface FoundDate {
  start: number
  end: number
  text: string
  dimension: 'date' | 'year'
  value: number
  date: DateValue
  range?: [number, number]
  invalid?: string
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
// A month name ends at a space, a digit, punctuation or the end: "(27 May)" and "on 9 July." name months too.
const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,\d).;:!?\]’”]|$)/i
const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`
const daysIn = (y: number, m: number) => new Date(Date.UTC(y || 2000, m, 0)).getUTCDate()
const utc = (isoDay: string) => Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10))

function dateValue(y: number, m1: number, m2: number, precision: DatePrecision, day?: number): DateValue {
  const start = iso(y, m1, day ?? 1)
  const end = iso(m2 > 12 ? y + 1 : y, ((m2 - 1) % 12) + 1, day ?? daysIn(m2 > 12 ? y + 1 : y, ((m2 - 1) % 12) + 1))
  return { start, end, precision, ...(y === 0 ? { yearless: true } : {}) }
}

function found(text: string, start: number, end: number, date: DateValue, dimension: 'date' | 'year' = 'date'): FoundDate {
  const value = dimension === 'year' ? +date.start.slice(0, 4) : utc(date.start)
  return { start, end, text: text.slice(start, end), dimension, value, date }
}

/** Two-digit years ("Q2 '25", "FY26") read as 20xx. */
const fullYear = (y: string) => (y.length <= 3 ? 2000 + +y.replace("'", '') : +y)

const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] }

interface Rule {
  re: RegExp
  make: (m: RegExpExecArray, text: string, today?: string) => FoundDate | null
}

const RULES: Rule[] = [
  {
    // 2026-02-29, 2025/03/14: an impossible day is still a date, and flagged.
    re: /(?<![\d.\-/\p{L}])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d\p{L}])/gu,
    make: (m, text) => {
      const [y, mo, d] = [+m[1]!, +m[3]!, +m[4]!]
      const f = found(text, m.index, m.index + m[0].length, dateValue(y, mo, mo, 'day', d))
      if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) {
        f.invalid =
          mo >= 1 && mo <= 12
            ? `${m[0]} is not a real date: ${MONTH_NAMES[mo - 1]} ${y} has ${daysIn(y, mo)} days`
            : `${m[0]} is not a real date: there is no month ${mo}`
        f.value = Number.NaN
      }
      return f
    }
  },
  {
    // 3/14/2025 (US order unless the first part cannot be a month).
    re: /(?<![\d./\p{L}])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu,
    make: (m, text) => {
      let [mo, d] = [+m[1]!, +m[2]!]
      if (mo > 12) [mo, d] = [d, mo]
      const y = +m[3]!
      if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null
      return found(text, m.index, m.index + m[0].length, dateValue(y, mo, mo, 'day', d))
    }
  },
  {
    // 2025-03 (a month).
    re: /(?<![\d.\-/\p{L}])(\d{4})-(0[1-9]|1[0-2])(?![\d\-/\p{L}])/gu,
    make: (m, text) => found(text, m.index, m.index + m[0].length, dateValue(+m[1]!, +m[2]!, +m[2]!, 'month'))
  },
  {
    // Q2 2025, Q2 '25, Q2-2025, 2025 Q2, Q3 FY26, Q3 (no year).
    re: /\b(?:Q([1-4])(?:[\s\-/,]*(?:FY\s?)?('\d{2}|\d{4}|\d{2}(?=\b)))?|(\d{4})[\s-]*Q([1-4]))\b/g,
    make: (m, text) => {
      const q = +(m[1] ?? m[4])!
      const y = m[2] ? fullYear(m[2]) : m[3] ? +m[3] : 0
      return found(text, m.index, m.index + m[0].length, dateValue(y, (q - 1) * 3 + 1, q * 3, 'quarter'))
    }
  },
  {
    // H1 2026, 2024 H2, first half of 2025.
    re: /\b(?:H([12])[\s\-/]*(\d{4})|(\d{4})[\s-]*H([12])|(first|second) half of (\d{4}))\b/gi,
    make: (m, text) => {
      const h = m[1] ? +m[1] : m[4] ? +m[4] : m[5]!.toLowerCase() === 'first' ? 1 : 2
      const y = +(m[2] ?? m[3] ?? m[6])!
      return found(text, m.index, m.index + m[0].length, dateValue(y, h === 1 ? 1 : 7, h === 1 ? 6 : 12, 'half'))
    }
  },
  {
    // spring 2025, the summer of 2024.
    re: /\b(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})\b/gi,
    make: (m, text) => {
      const [a, b] = SEASONS[m[1]!.toLowerCase()]!
      return found(text, m.index, m.index + m[0].length, dateValue(+m[2]!, a, b, 'season'))
    }
  },
  {
    // last spring, this quarter, next year: only with a reference day.
    re: /\b(last|this|next)\s+(spring|summer|autumn|fall|winter|quarter|year)\b/gi,
    make: (m, text, today) => {
      if (!today) return null
      const y = +today.slice(0, 4)
      const mo = +today.slice(5, 7)
      const shift = { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as 'last' | 'this' | 'next']
      const what = m[2]!.toLowerCase()
      let v: DateValue
      if (what === 'year') v = dateValue(y + shift, 1, 12, 'year')
      else if (what === 'quarter') {
        const idx = y * 4 + Math.floor((mo - 1) / 3) + shift
        const qy = Math.floor(idx / 4)
        const q = idx % 4
        v = dateValue(qy, q * 3 + 1, q * 3 + 3, 'quarter')
      } else {
        const [a, b] = SEASONS[what]!
        // The season this year if it has started, else last year's; then shifted.
        const thisYear = mo >= a || (what === 'winter' && mo <= 2) ? (what === 'winter' && mo <= 2 ? y - 1 : y) : y - 1
        v = dateValue(thisYear + shift, a, b, 'season')
      }
      return found(text, m.index, m.index + m[0].length, v)
    }
  },
  {
    // FY2025, FY25.
    re: /\bFY\s?('?\d{2}|\d{4})\b/g,
    make: (m, text) => found(text, m.index, m.index + m[0].length, dateValue(fullYear(m[1]!), 1, 12, 'year'), 'year')
  }
]

/** Words that make a following 4-digit number a year even when a noun comes after ("in 2019 customers…"). */
const YEAR_LEAD = /\b(?:in|since|by|from|until|till|through|during|of|before|after|early|late|mid|year|fy|circa|around|–|-|to|and)\s*$/i
const YEAR_RE = /(?<![\d.,\p{L}$€£#/-])((?:19[5-9]|20\d)\d)(?:\s*[–-]\s*((?:19[5-9]|20\d)\d))?(?!\.\d|[\d,%\p{L}]|\s*(?:%|percent|x\b))/gu
const COUNT_AFTER =
  /^\s+(?!and\b|to\b|in\b|at\b|on\b|for\b|with\b|when\b|we\b|i\b|the\b|a\b|an\b|was\b|were\b|is\b|by\b|of\b|through\b|from\b|until\b|[A-Z])[a-z]{3,}/

/** Every date and year in `text`, in order. `today` (YYYY-MM-DD) resolves "last spring". */
export function findDates(text: string, today?: string): FoundDate[] {
  const out: FoundDate[] = []
  const taken = (a: number, b: number) => out.some((f) => a < f.end && b > f.start)
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      if (taken(m.index, m.index + m[0].length)) continue
      const f = rule.make(m as RegExpExecArray, text, today)
      if (f) out.push(f)
    }
  }
  if (MONTH_HINT.test(text)) {
    for (const r of chrono.parse(text, today ? new Date(`${today}T12:00:00Z`) : undefined)) {
      const f = fromChrono(text, r, today)
      if (f && !taken(f.start, f.end)) out.push(f)
    }
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const end = m.index + m[0].length
    if (taken(m.index, end)) continue
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    // "2000 users" is a count; "in 2019 customers" and "since 2019" are years.
    if (!YEAR_LEAD.test(before) && COUNT_AFTER.test(text.slice(end, end + 20))) continue
    const y1 = +m[1]!
    const y2 = m[2] ? +m[2] : y1
    if (y2 < y1) continue
    const f = found(text, m.index, end, dateValue(y1, 1, 12, 'year'), 'year')
    if (m[2]) {
      f.range = [y1, y2]
      f.date = { start: `${y1}-01-01`, end: `${y2}-12-31`, precision: 'year' }
    }
    out.push(f)
  }
  return out.sort((a, b) => a.start - b.start)
}

const LEADING_WORDS = /^(?:on|in|at|by|since|from|during)\s+/i

type Known = { day?: number; month?: number; year?: number }
/** The parts chrono read from the text itself (not filled in from the reference day). */
function knownParts(c: chrono.ParsedComponents | null | undefined): Known | undefined {
  if (!c) return undefined
  const part = (k: 'day' | 'month' | 'year') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined)
  return { day: part('day'), month: part('month'), year: part('year') }
}

function fromChrono(text: string, r: chrono.ParsedResult, today?: string): FoundDate | null {
  const known = knownParts(r.start)!
  if (known.month === undefined) return null
  // chrono's month-only reading of the word "may" or "march" in running text is a verb.
  if (known.day === undefined && known.year === undefined && /^(may|march)$/.test(r.text.trim())) return null
  const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0
  const start = r.index + lead
  const end = r.index + r.text.length
  const month = known.month
  const endKnown = knownParts(r.end)
  let year = known.year ?? endKnown?.year ?? 0
  // "last March" against a reference day.
  if (!known.year && today) {
    const rel = /\b(last|this|next)\s+$/i.exec(text.slice(Math.max(0, start - 6), start))
    if (rel) {
      const y = +today.slice(0, 4)
      const m = +today.slice(5, 7)
      const word = rel[1]!.toLowerCase()
      year = word === 'this' ? y : word === 'last' ? (month < m ? y : y - 1) : month > m ? y : y + 1
    }
  }
  let value: DateValue
  if (known.day !== undefined) {
    if (year && known.day > daysIn(year, month)) return null
    value = dateValue(year, month, month, 'day', known.day)
  } else value = dateValue(year, month, month, 'month')
  if (endKnown?.month !== undefined) {
    const endYear = endKnown.year ?? year
    const last = endKnown.day ?? daysIn(endYear, endKnown.month)
    value = { ...value, end: iso(endYear, endKnown.month, last), precision: endKnown.day !== undefined ? 'day' : 'month' }
  }
  return found(text, start, end, value)
}
