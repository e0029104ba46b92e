/** Dates as people write them in brag documents, from most to least precise. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year'
export interface FoundDate {
  date: string
  precision: DatePrecision
  /** The exact text matched, so it can be taken out of a title. */
  match: string
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const YEAR = '((?:19|20)\\d{2})'
const pad = (n: number) => String(n).padStart(2, '0')
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

const valid = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}

type Rule = { re: RegExp; make: (m: RegExpExecArray) => { date: string; precision: DatePrecision } | null }

const RULES: Rule[] = [
  {
    // 2025-03-14, 2025/03/14
    re: new RegExp(`(?<![\\d.])${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])`, 'i'),
    make: (m) => (valid(+m[1]!, +m[2]!, +m[3]!) ? { date: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day' } : null)
  },
  {
    // 14 March 2025, March 14, 2025, Mar 14th 2025
    re: new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+${YEAR}|${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR})\\b`,
      'i'
    ),
    make: (m) => {
      const [d, mon, y] = m[1] ? [+m[1], m[2]!, +m[3]!] : [+m[5]!, m[4]!, +m[6]!]
      const mi = monthIndex(mon)
      return valid(y, mi, d) ? { date: `${y}-${pad(mi)}-${pad(d)}`, precision: 'day' } : null
    }
  },
  {
    // Q1 2025, Q1-2025, Q1 '25 is too ambiguous to guess; 2025 Q1, 2025-Q1
    re: new RegExp(`\\b(?:q([1-4])[\\s\\-/,]*${YEAR}|${YEAR}[\\s\\-/]*q([1-4]))\\b`, 'i'),
    make: (m) => {
      const [q, y] = m[1] ? [+m[1], m[2]!] : [+m[4]!, m[3]!]
      return { date: `${y}-${pad((q - 1) * 3 + 1)}-01`, precision: 'quarter' }
    }
  },
  {
    // H1 2025, 2025 H2
    re: new RegExp(`\\b(?:h([12])[\\s\\-/]*${YEAR}|${YEAR}[\\s\\-/]*h([12]))\\b`, 'i'),
    make: (m) => {
      const [h, y] = m[1] ? [+m[1], m[2]!] : [+m[4]!, m[3]!]
      return { date: `${y}-${h === 1 ? '01' : '07'}-01`, precision: 'half' }
    }
  },
  {
    // Jan–Feb 2025, June to August 2024: the range starts in the first month
    re: new RegExp(`\\b${MONTH_RE}\\s*(?:[–—-]|to|through|until)\\s*${MONTH_RE},?\\s+${YEAR}\\b`, 'i'),
    make: (m) => ({ date: `${m[3]}-${pad(monthIndex(m[1]!))}-01`, precision: 'month' })
  },
  {
    // March 2025, Mar. 2025, March, 2025
    re: new RegExp(`\\b${MONTH_RE},?\\s+${YEAR}\\b`, 'i'),
    make: (m) => ({ date: `${m[2]}-${pad(monthIndex(m[1]!))}-01`, precision: 'month' })
  },
  {
    // 2025-03, 2025/03
    re: new RegExp(`(?<![\\d.])${YEAR}[-/](0[1-9]|1[0-2])(?![\\d/-])`),
    make: (m) => ({ date: `${m[1]}-${m[2]}-01`, precision: 'month' })
  }
]

/** The most precise date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  for (const rule of RULES) {
    const m = rule.re.exec(text)
    if (!m) continue
    const made = rule.make(m)
    if (made) return { ...made, match: m[0] }
  }
  return null
}

/** A bare year ("2024") counts only where it stands alone, e.g. a heading "## 2024". */
export function findYearOnly(text: string): FoundDate | null {
  const m = /^\s*(?:year\s+|fy\s*)?((?:19|20)\d{2})\s*:?\s*$/i.exec(text)
  return m ? { date: `${m[1]}-01-01`, precision: 'year', match: m[0] } : null
}

/** "Q1", "H2", "March" under a heading that gave the year ("# 2025 wins / ## Q1"). */
export function findYearless(text: string, year: string): FoundDate | null {
  const t = text.trim()
  const qh = /^([qh])([1-4])\b/i.exec(t)
  if (qh && (qh[1]!.toLowerCase() === 'q' || Number(qh[2]) <= 2)) {
    const q = Number(qh[2])
    return qh[1]!.toLowerCase() === 'q'
      ? { date: `${year}-${pad((q - 1) * 3 + 1)}-01`, precision: 'quarter', match: qh[0] }
      : { date: `${year}-${q === 1 ? '01' : '07'}-01`, precision: 'half', match: qh[0] }
  }
  const m = new RegExp(`^${MONTH_RE}\\b`, 'i').exec(t)
  return m ? { date: `${year}-${pad(monthIndex(m[1]!))}-01`, precision: 'month', match: m[0] } : null
}
