import type { Metric } from '../../../shared/domain/win'

export interface MetricScan {
  metrics: Metric[]
  /** Numbers seen but not turned into metrics, so the user can decide. */
  skipped: string[]
}

const UNIT_WORDS =
  'days?|weeks?|months?|hours?|hrs?|minutes?|mins?|seconds?|secs?|ms|users?|customers?|clients?|people|engineers?|candidates?|hires?|reports?|tickets?|bugs?|incidents?|teams?|services?|deploys?|deployments?|releases?|requests?|signups?|sign-ups?|accounts?|pages?|points?|nps|pp'
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)'
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 }
const num = (s: string) => Number(s.replace(/,/g, ''))
const clean = (s: string) =>
  s
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')

/** The few words before a number name what it measures ("cut p95 latency by 35%"). */
function labelBefore(text: string, index: number, unit = ''): string {
  const clause =
    text
      .slice(0, index)
      .split(/[.;:!?()\n]|,\s|\band\b/)
      .at(-1) ?? ''
  const words = clean(clause.replace(/\b(by|to|of|from|about|around|over|nearly|almost|roughly|~)\s*$/i, '')).split(' ')
  // Nothing before the number ("from 9 incidents to 2"): name it by its unit rather than invent a label.
  const fallback = /^[a-z]/i.test(unit) && unit.length > 2 ? unit[0]!.toUpperCase() + unit.slice(1) : 'Result'
  return words.slice(-6).join(' ').slice(0, 120) || fallback
}

/**
 * Numbers that are unambiguous become metrics: percentages, "from X to Y", money, multipliers,
 * and counts with a unit word. Bare numbers are reported as skipped, never guessed at.
 * Dates must be removed from `text` first.
 */
export function scanMetrics(input: string): MetricScan {
  let text = input
  const metrics: Metric[] = []
  const take = (re: RegExp, make: (m: RegExpExecArray) => Metric | null) => {
    text = text.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray
      m.index = args.at(-2) as number
      const metric = make(m)
      if (!metric) return args[0] as string
      metrics.push(metric)
      return ' '.repeat((args[0] as string).length)
    })
  }
  const unit = `(%|x|×|${UNIT_WORDS})`
  // from 12 days to 4 days / from 40% to 75%
  take(new RegExp(`\\bfrom\\s+\\$?${NUM}\\s*${unit}?\\s+(?:down |up )?to\\s+\\$?${NUM}\\s*${unit}?(?![\\w])`, 'gi'), (m) => {
    const u = (m[4] ?? m[2] ?? '').toLowerCase()
    return { label: labelBefore(input, m.index, u), baseline: num(m[1]!), value: num(m[3]!), unit: u === 'x' ? '×' : u }
  })
  // $1.2M, $300k, $45,000
  take(new RegExp(`\\$${NUM}\\s*(k|m|bn|b)?\\b`, 'gi'), (m) => ({
    label: labelBefore(input, m.index),
    value: num(m[1]!) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1),
    unit: 'USD'
  }))
  // 35%, 3x, 2.5×
  take(new RegExp(`(?<![\\w.])${NUM}\\s*(%|x\\b|×)`, 'gi'), (m) => ({
    label: labelBefore(input, m.index),
    value: num(m[1]!),
    unit: m[2]!.toLowerCase() === 'x' ? '×' : m[2]!
  }))
  // 12 customers, 6 weeks
  take(new RegExp(`(?<![\\w.$])${NUM}\\s+(${UNIT_WORDS})\\b`, 'gi'), (m) => ({
    label: labelBefore(input, m.index),
    value: num(m[1]!),
    unit: m[2]!.toLowerCase()
  }))
  const skipped = [...text.matchAll(/(?<![\w.])\d+(?:[.,]\d+)*(?![\w.])/g)].map((m) => m[0])
  return { metrics: metrics.slice(0, 20), skipped }
}
