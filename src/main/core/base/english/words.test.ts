import { describe, expect, it } from 'vitest'
import { countOf, listOf, plural } from './counts'
import { compactNumber, formatAmount, formatMetric } from './amounts'
import { fixAcronyms, sentenceCase } from './titles'

describe('sentence case for titles', () => {
  it.each([
    ['shipped the billing migration.', 'Shipped the billing migration'],
    ['Ran The Planning-Tool Rollout', 'Ran the planning-tool rollout'],
    ['SHIPPED THE NEW API', 'Shipped the new API'],
    ['promoted to Group PM', 'Promoted to Group PM'],
    ['cut ci failure rate from 15% to 2%', 'Cut CI failure rate from 15% to 2%'],
    ['Launched In Europe With Acme Corp', 'Launched in Europe with Acme Corp'],
    ['iOS app rewrite', 'iOS app rewrite'],
    ['**Cost:** cut our staging bill by $18k/month', 'Cost: cut our staging bill by $18k/month'],
    ['- reviewed 120+ prs', 'Reviewed 120+ PRs'],
    ['Mentored Dana Okafor Through Her First Launch', 'Mentored Dana Okafor through her first launch'],
    ['2 hr builds', '2 hr builds']
  ])('%s → %s', (raw, out) => expect(sentenceCase(raw)).toBe(out))

  it('keeps acronyms and brands in their case inside a sentence', () => {
    expect(fixAcronyms('the api and ci for github')).toBe('the API and CI for GitHub')
    expect(fixAcronyms('it is up to us')).toBe('it is up to us')
  })
})

describe('counts and lists', () => {
  it.each([
    [1, 'version', '1 version'],
    [2, 'version', '2 versions'],
    [0, 'version', 'no versions'],
    [3, 'PR', '3 PRs'],
    [2, 'person', '2 people'],
    [2, 'analysis', '2 analyses'],
    [12_000, 'user', '12,000 users'],
    [1, 'direct report', '1 direct report'],
    [4, 'direct report', '4 direct reports']
  ])('%d %s → %s', (n, noun, out) => expect(countOf(n, noun)).toBe(out))

  it('says zero in digits when asked', () => expect(countOf(0, 'draft', { zero: 'digits' })).toBe('0 drafts'))
  it('pluralises the last word of a phrase', () => expect(plural('interview loop')).toBe('interview loops'))

  it('joins lists the way people write them', () => {
    expect(listOf([])).toBe('')
    expect(listOf(['strategy'])).toBe('strategy')
    expect(listOf(['strategy', 'hiring'])).toBe('strategy and hiring')
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c')
    expect(listOf(['a', ' ', 'b', 'c'], 'or')).toBe('a, b or c')
  })
})

describe('amounts for people', () => {
  it.each([
    [1_200_000, 'USD', '$1.2M'],
    [1_200_000, 'USD/year', '$1.2M a year'],
    [18_000, 'EUR/month', '€18k a month'],
    [5_000, '$', '$5,000'],
    [1_234_567, 'USD', '$1.23M'],
    [40_000, 'CHF', 'CHF 40k'],
    [80, '%', '80%'],
    [6, 'pp', '6 percentage points'],
    [2.645, 'x', '2.65x'],
    [1, 'weeks', '1 week'],
    [6, 'weeks', '6 weeks'],
    [310, 'ms', '310 ms'],
    [120, 'PRs', '120 PRs'],
    [1, 'PRs', '1 PR'],
    [3, 'teams', '3 teams'],
    [20, 'deploys per week', '20 deploys a week'],
    [17, '', '17']
  ])('%d %s → %s', (value, unit, out) => expect(formatAmount(value, unit)).toBe(out))

  it.each([
    [{ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD' }, 'annual cloud savings of $1.2M'],
    [{ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD/year' }, 'annual cloud savings of $1.2M'],
    [{ label: 'Cloud savings', value: 1_200_000, unit: 'USD/year' }, 'cloud savings of $1.2M a year'],
    [{ label: 'PRs reviewed', value: 120, unit: 'PRs' }, '120 PRs reviewed'],
    [{ label: 'prs reviewed', value: 120, unit: 'PRs' }, '120 PRs reviewed'],
    [{ label: 'Teams migrated', value: 6, unit: 'teams' }, '6 teams migrated'],
    [{ label: 'Direct reports', value: 2, unit: 'people' }, '2 direct reports'],
    [{ label: 'p95 latency', value: 310, unit: 'ms', baseline: 820 }, 'p95 latency from 820 ms to 310 ms'],
    [{ label: 'CI failure rate', value: 2, unit: '%', baseline: 15 }, 'CI failure rate from 15% to 2%'],
    [{ label: 'ci failure rate', value: 2, unit: '%' }, 'CI failure rate of 2%'],
    [{ label: 'Share of the draft the CPO kept', value: 80, unit: '%' }, '80% of the draft the CPO kept'],
    [{ label: 'Rollout time', value: 6, unit: 'weeks' }, 'rollout time of 6 weeks'],
    [{ label: 'Days to offer', value: 4, unit: 'days', baseline: 12 }, 'days to offer from 12 days to 4 days'],
    [{ label: 'Staging bill', value: 18_000, unit: 'EUR/month', baseline: 40_000 }, 'staging bill from €40k a month to €18k a month']
  ])('%o → %s', (m, out) => expect(formatMetric(m)).toBe(out))

  it('never writes raw numbers or a label wrapped around its own unit', () => {
    const texts = [
      formatMetric({ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD' }),
      formatMetric({ label: 'PRs reviewed', value: 120, unit: 'PRs' }),
      formatMetric({ label: 'Revenue', value: 4_000_000, unit: 'USD' })
    ]
    for (const t of texts) {
      expect(t).not.toMatch(/\d{5,}|USD|\(|prs/)
    }
  })

  it('compacts numbers without trailing zeros', () => {
    expect([compactNumber(18_000), compactNumber(1_000_000), compactNumber(2_500_000_000), compactNumber(950)]).toEqual([
      '18k',
      '1M',
      '2.5B',
      '950'
    ])
  })
})
