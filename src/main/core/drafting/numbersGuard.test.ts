import { describe, expect, it } from 'vitest'
import { checkNumbers, extractNumbers, indexNumbers } from './numbersGuard'

const history = indexNumbers([
  'Impact: cut p95 latency from 820 ms to 310 ms for 1,234 users.',
  'Metrics: Revenue: 4000000 USD; Churn: 30 %',
  'Shipped the migration in 6 weeks, 3x faster than planned; saved $120k a year.'
])
const flagged = (draft: string) => checkNumbers(draft, history).map((f) => f.text)

describe('extractNumbers', () => {
  it('reads percentages, money, scaled numbers, durations and multiples', () => {
    const found = extractNumbers('Grew 30% to 1.2k users, $4M ARR, in 6 weeks, 3x faster, 45 min, 2 quarters')
    expect(found.map((f) => [f.kind, f.value])).toEqual([
      ['percent', 30],
      ['plain', 1200],
      ['money', 4_000_000],
      ['duration', 6],
      ['multiple', 3],
      ['duration', 45],
      ['duration', 2]
    ])
    expect(found[3]!.days).toBe(42)
  })

  it('skips dates, years, list markers and labels like Q3, v2, [S1]', () => {
    const found = extractNumbers('1. In Q3 2025 (2025-07-01 to 2025-09-30) v2 shipped [S1].\n2. Done')
    expect(found).toEqual([])
  })

  it('gives exact spans', () => {
    const text = 'We saved $4.5M last year.'
    const [n] = extractNumbers(text)
    expect(text.slice(n!.start, n!.end)).toBe('$4.5M')
  })
})

describe('checkNumbers', () => {
  it('accepts numbers that appear in history, in any honest format', () => {
    expect(flagged('Cut latency from 820 ms to 310 ms for 1,234 users.')).toEqual([])
    expect(flagged('Reached 1.2k users')).toEqual([]) // 1,234 rounds to 1.2k
    expect(flagged('Drove $4M in revenue and cut churn by 30%.')).toEqual([])
    expect(flagged('Done in 42 days, 3x faster, saving $120k.')).toEqual([]) // 6 weeks = 42 days
    expect(flagged('Finished in 6 weeks.')).toEqual([])
  })

  it('flags numbers the history does not support', () => {
    expect(flagged('Cut churn by 45% and grew revenue to $5M.')).toEqual(['45%', '$5M'])
    expect(flagged('Reached 1,300 users in 8 weeks, 10x faster.')).toEqual(['1,300', '8 weeks', '10x'])
    expect(flagged('Served 1,200 users.')).toEqual(['1,200']) // exact claim, history says 1,234
  })

  it('accepts a change computed from a metric and its baseline, and nothing near it', () => {
    const metrics = indexNumbers(['Metrics: p95 latency: 310 ms (baseline 820 ms); Signups: 1500 (baseline 1000)'])
    const check = (draft: string) => checkNumbers(draft, metrics).map((f) => f.text)
    expect(check('Cut p95 latency by 62%, about 2.6x faster; signups up 50%.')).toEqual([])
    expect(check('Cut p95 latency by 70%, 4x faster.')).toEqual(['70%', '4x'])
  })

  it('does not let a percentage pass as money', () => {
    expect(flagged('Saved $30.')).toEqual(['$30'])
  })

  it('returns spans that point at the flagged text', () => {
    const draft = 'Cut churn by 45% this year.'
    const [flag] = checkNumbers(draft, history)
    expect(draft.slice(flag!.start, flag!.end)).toBe('45%')
    expect(flag!.reason).toMatch(/not found in your history/i)
  })

  it('flags everything when there is no history', () => {
    expect(checkNumbers('Up 5% in 2 weeks', indexNumbers([])).map((f) => f.text)).toEqual(['5%', '2 weeks'])
  })
})
