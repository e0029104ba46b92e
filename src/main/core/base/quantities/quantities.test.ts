import { describe, expect, it } from 'vitest'
import { buildFactsIndex, checkText, matchClaim, parseChanges, parseQuantities, readUnitString } from './index'

const history = buildFactsIndex([
  {
    id: 'w-interview',
    label: 'Overhauled the PM interview loop',
    date: '2026-05-05',
    texts: ['Time to offer went from 12 days to 4.'],
    metrics: [{ label: 'Checkout conversion', value: 18, unit: '%', baseline: 12 }]
  },
  { id: 'w-deploys', label: 'Faster deploys', texts: ['Deploys take 12 minutes; we run 40 clusters and 14 services.'] }
])
const check = (text: string, citedIds?: string[]) => checkText(text, history, citedIds ? { citedIds } : {})

describe('parseQuantities', () => {
  it('gives each amount its span, value, kind, unit, rate, hedge and what it is about', () => {
    const text = 'Saved roughly €18k/month in annual cloud spend across ten engineers.'
    const [money, count] = parseQuantities(text)
    expect(money).toMatchObject({
      text: 'roughly €18k/month',
      value: 18_000,
      dimension: 'money',
      unit: 'EUR',
      per: 'month',
      approx: 'about'
    })
    expect(text.slice(...money!.span)).toBe('roughly €18k/month')
    expect(money!.about).toBe('annual cloud spend')
    expect(count).toMatchObject({ value: 10, dimension: 'count', unit: 'engineers', words: true })
  })

  it('flags an impossible date instead of dropping it, and reads relative dates only against a given day', () => {
    const [bad] = parseQuantities('Launched 2026-02-29.')
    expect(bad!.invalid).toBe('2026-02-29 is not a real date: February 2026 has 28 days')
    expect(parseQuantities('We moved last spring.')).toEqual([])
    const [spring] = parseQuantities('We moved last spring.', { today: '2026-06-10' })
    expect(spring!.date).toEqual({ start: '2025-03-01', end: '2025-05-31', precision: 'season' })
  })

  it('tells a change from a level', () => {
    expect(parseQuantities('Conversion up 18%')[0]).toMatchObject({ change: true, direction: 'up' })
    expect(parseQuantities('Conversion is 18%')[0]!.change).toBeUndefined()
    expect(parseQuantities('adopted by 3 teams')[0]!.change).toBeUndefined()
  })
})

describe('parseChanges', () => {
  it('reads every before/after notation and carries the unit to a bare number', () => {
    const pairs = (t: string) => parseChanges(t).map((c) => [c.before?.value, c.before?.unit, c.after?.value, c.after?.unit, c.direction])
    expect(pairs('from nine days to three')).toEqual([[9, 'days', 3, 'days', 'down']])
    expect(pairs('card testing (~15%) -> now <1%')).toEqual([[15, '%', 1, '%', 'down']])
    expect(pairs('820ms → 310ms')).toEqual([[820, 'ms', 310, 'ms', 'down']])
    expect(pairs('was 40 minutes, now 12')).toEqual([[40, 'minutes', 12, 'minutes', 'down']])
    expect(pairs('7 incidents a month, down from 30')).toEqual([[30, 'incidents', 7, 'incidents', 'down']])
    const [halved] = parseChanges('We cut the AWS bill in half.')
    expect(halved).toMatchObject({ multiple: 0.5, direction: 'down' })
  })

  it('keeps the hedge on each side', () => {
    const [c] = parseChanges('from ~22 min to 7 min')
    expect(c!.before).toMatchObject({ value: 22, approx: 'about', unit: 'minutes' })
    expect(c!.after).toMatchObject({ value: 7, unit: 'minutes' })
  })
})

describe('matchClaim', () => {
  it('explains a unit mismatch the way a person would', () => {
    const [deploys] = check('Deploys take 12 hours.')
    expect(deploys).toMatchObject({ supported: false, reason: '12 hours: your history says 12 minutes for Deploys' })
    const [cost] = check('Cut costs by 14%.')
    expect(cost!.reason).toBe('14%: your history has 14 services, not a percentage')
    const [users] = check('Reached 40 users.')
    expect(users!.supported).toBe(false)
  })

  it('accepts honest derived claims and says how they were derived', () => {
    const [points] = check('Checkout conversion rose 6 points.')
    expect(points).toMatchObject({ supported: true, derivation: 'from 12% to 18% is +6 points' })
    const [pct] = check('Checkout conversion is 50% higher.')
    expect(pct).toMatchObject({ supported: true, derivation: 'from 12% to 18% is 50% higher' })
    const [faster] = check('Time to offer is 3x faster.')
    expect(faster).toMatchObject({ supported: true, derivation: 'from 12 days to 4 days is 3x' })
    expect(faster!.by).toMatchObject({ entityId: 'w-interview', kind: 'multiple' })
  })

  it('looks only at the cited sources when they are given, and says where the number is', () => {
    const [cited] = check('Time to offer went from 12 days to 4 days.', ['w-interview'])
    expect(cited!.supported).toBe(true)
    const [uncited] = check('Time to offer is 4 days.', ['w-deploys'])
    expect(uncited).toMatchObject({
      supported: false,
      reason: '4 days: it is in “Overhauled the PM interview loop”, which this draft does not cite'
    })
    const [none] = check('Shipped in 9 weeks.', [])
    expect(none!.reason).toBe('9 weeks: not in the sources this draft cites')
  })

  it('backs dates by the records’ own dates and never an impossible one', () => {
    expect(check('Shipped in May 2026.')[0]!.supported).toBe(true)
    expect(check('Shipped in Q2 2026.')[0]!.supported).toBe(true)
    expect(check('Shipped in April 2026.')[0]!.supported).toBe(false)
    expect(check('Shipped on 2026-02-29.')[0]!.reason).toMatch(/not a real date/)
  })

  it('a claim parsed elsewhere can be matched directly', () => {
    const [q] = parseQuantities('We run forty clusters')
    expect(matchClaim(q!, history)).toMatchObject({ supported: true, by: { entityId: 'w-deploys' } })
  })
})

describe('readUnitString', () => {
  it('reads the units people type into a metric', () => {
    expect(readUnitString('%')).toMatchObject({ dimension: 'percent', unit: '%' })
    expect(readUnitString('$')).toMatchObject({ dimension: 'money', unit: 'USD' })
    expect(readUnitString('USD/month')).toMatchObject({ dimension: 'money', unit: 'USD', per: 'month' })
    expect(readUnitString('ms')).toMatchObject({ dimension: 'duration', unit: 'ms' })
    expect(readUnitString('×')).toMatchObject({ dimension: 'multiple' })
    expect(readUnitString('PR')).toMatchObject({ dimension: 'count', unit: 'PRs' })
    expect(readUnitString('engineer')).toMatchObject({ dimension: 'count', unit: 'engineers' })
  })
})
