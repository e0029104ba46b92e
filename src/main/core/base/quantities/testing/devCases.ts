import type { CorpusCase, ParseCase } from './corpusTypes'
import type { SourceRecord } from '../types'

/** Development corpus, hand-written: the notations of issue #13 and #16 and the mismatches #13 lists. */

const p = (text: string, ...find: NonNullable<ParseCase['find']>): ParseCase => ({ kind: 'parse', text, find })

export const PARSE_CASES: CorpusCase[] = [
  // digits, scales, currencies
  p('Saved $1.2M in annual cloud spend', { value: 1_200_000, dimension: 'money', unit: 'USD', per: 'year', about: 'annual cloud spend' }),
  p('saved 1.2 million dollars a year', { value: 1_200_000, dimension: 'money', unit: 'USD', per: 'year' }),
  p('cut our staging bill by €18k/month', { value: 18_000, dimension: 'money', unit: 'EUR', per: 'month' }),
  p('USD 5,000 in credits', { value: 5000, dimension: 'money', unit: 'USD' }),
  p('a budget of 5,000 USD', { value: 5000, dimension: 'money', unit: 'USD' }),
  p('cut the staging bill by 18k a month', { value: 18_000, dimension: 'money', per: 'month' }),
  p('raised £250k', { value: 250_000, dimension: 'money', unit: 'GBP' }),
  p('$45,000 saved', { value: 45_000, dimension: 'money', unit: 'USD' }),
  p('ARR of $4.5 million', { value: 4_500_000, dimension: 'money', unit: 'USD' }),
  p('$2bn pipeline', { value: 2e9, dimension: 'money', unit: 'USD' }),
  p('40k euros', { value: 40_000, dimension: 'money', unit: 'EUR' }),
  p('$300 per user', { value: 300, dimension: 'money', per: 'user' }),
  p('$1.2M annually', { value: 1_200_000, dimension: 'money', per: 'year' }),
  p('Reached 1.2M users', { value: 1_200_000, dimension: 'count', unit: 'users' }),
  p('for 1,234 users', { value: 1234, dimension: 'count', unit: 'users' }),
  // percent and points
  p('Cut p95 latency by 35%', { value: 35, dimension: 'percent', about: 'p95 latency' }),
  p('churn fell 30 percent', { value: 30, dimension: 'percent' }),
  p('conversion up 6 points', { value: 6, dimension: 'points', unit: 'points' }),
  p('conversion up 6pp', { value: 6, dimension: 'points', unit: 'pp' }),
  p('+6 percentage points', { value: 6, dimension: 'points', unit: 'pp' }),
  p('NPS rose 12 pts', { value: 12, dimension: 'points' }),
  p('uptime above 99.9%', { value: 99.9, dimension: 'percent', approx: 'over' }),
  p('error rate <1%', { value: 1, dimension: 'percent', approx: 'under' }),
  // counts with nouns
  p('Migrated 14 services', { value: 14, dimension: 'count', unit: 'services' }),
  p('an audience of 250', { value: 250, dimension: 'count', about: 'audience' }),
  p('40 clusters', { value: 40, dimension: 'count', unit: 'clusters' }),
  p('120+ PRs reviewed', { value: 120, dimension: 'count', unit: 'PRs', approx: 'at least', about: 'PRs reviewed' }),
  p('adopted by 3 other teams', { value: 3, dimension: 'count', unit: 'teams' }),
  p('about 250 people came', { value: 250, dimension: 'count', unit: 'people', approx: 'about' }),
  p('hired 4 engineers', { value: 4, dimension: 'count', unit: 'engineers' }),
  p('6 product teams plan in one tool', { value: 6, dimension: 'count', unit: 'teams' }),
  p('2 direct reports', { value: 2, dimension: 'count', unit: 'reports' }),
  p('Interviewed 25 candidates', { value: 25, dimension: 'count', unit: 'candidates' }),
  p('a 5-page narrative', { value: 5, dimension: 'count', unit: 'pages' }),
  p('a one-page plan', { value: 1, dimension: 'count', unit: 'pages' }),
  // number words
  p('ten engineers', { value: 10, dimension: 'count', unit: 'engineers' }),
  p('a dozen services', { value: 12, dimension: 'count', unit: 'services' }),
  p('twenty-five candidates', { value: 25, dimension: 'count', unit: 'candidates' }),
  p('one hundred and twenty PRs', { value: 120, dimension: 'count', unit: 'PRs' }),
  p('three quarters of teams', { value: 0.75, dimension: 'fraction', about: 'teams' }),
  p('two thirds of the backlog', { value: 2 / 3, dimension: 'fraction' }),
  p('half of the incidents', { value: 0.5, dimension: 'fraction' }),
  p('a quarter of the budget', { value: 0.25, dimension: 'fraction' }),
  p('half a dozen teams', { value: 6, dimension: 'count', unit: 'teams' }),
  p('two dozen customers', { value: 24, dimension: 'count', unit: 'customers' }),
  p('fell to about twenty a week', { value: 20, dimension: 'count', per: 'week', approx: 'about' }),
  p('twelve hundred signups', { value: 1200, dimension: 'count', unit: 'signups' }),
  // durations and rates in words
  p('six weeks', { value: 6, dimension: 'duration', unit: 'weeks' }),
  p('shipped three months early', { value: 3, dimension: 'duration', unit: 'months' }),
  p('Deploys take 12 hours', { value: 12, dimension: 'duration', unit: 'hours', about: 'Deploys' }),
  p('p95 of 820ms', { value: 820, dimension: 'duration', unit: 'ms' }),
  p('45 min stand-ups', { value: 45, dimension: 'duration', unit: 'minutes' }),
  p('a 6-week pilot', { value: 6, dimension: 'duration', unit: 'weeks' }),
  p('two and a half weeks', { value: 2.5, dimension: 'duration', unit: 'weeks' }),
  p('within a week', { value: 1, dimension: 'duration', unit: 'weeks' }),
  p('in half an hour', { value: 0.5, dimension: 'duration', unit: 'hours' }),
  p('took a fortnight of QA', { value: 2, dimension: 'duration', unit: 'weeks' }),
  p('3 hrs', { value: 3, dimension: 'duration', unit: 'hours' }),
  p('2 business days', { value: 2, dimension: 'duration', unit: 'business days' }),
  p('20 deploys a day', { value: 20, dimension: 'count', unit: 'deploys', per: 'day' }),
  p('3 incidents per week', { value: 3, dimension: 'count', unit: 'incidents', per: 'week' }),
  p('twice a week', { value: 2, dimension: 'count', per: 'week' }),
  // multiples
  p('We doubled throughput', { value: 2, dimension: 'multiple' }),
  p('cut costs in half', { value: 0.5, dimension: 'multiple' }),
  p('cut our AWS bill in half', { value: 0.5, dimension: 'multiple' }),
  p('tripled signups', { value: 3, dimension: 'multiple' }),
  p('three times faster', { value: 3, dimension: 'multiple' }),
  p('40x faster', { value: 40, dimension: 'multiple' }),
  p('2.6× faster', { value: 2.6, dimension: 'multiple' }),
  p('a tenfold increase', { value: 10, dimension: 'multiple' }),
  p('a 3-fold rise', { value: 3, dimension: 'multiple' }),
  p('twice as fast', { value: 2, dimension: 'multiple' }),
  p('reduced by half', { value: 0.5, dimension: 'multiple' }),
  // ranges and approximations
  p('~22 min', { value: 22, dimension: 'duration', approx: 'about' }),
  p('roughly 400 engineers', { value: 400, dimension: 'count', approx: 'about' }),
  p('over 100 customers', { value: 100, dimension: 'count', approx: 'over' }),
  p('more than 3 weeks', { value: 3, dimension: 'duration', approx: 'over' }),
  p('up to 40%', { value: 40, dimension: 'percent', approx: 'up to' }),
  p('at least 5 teams', { value: 5, dimension: 'count', approx: 'at least' }),
  p('fewer than 10 pages a week', { value: 10, dimension: 'count', approx: 'under', per: 'week' }),
  p('3–5 days', { value: 3, dimension: 'duration', range: [3, 5] }),
  p('between 3 and 5 engineers', { value: 3, dimension: 'count', range: [3, 5] }),
  p("I'd need three to four weeks", { value: 3, dimension: 'duration', unit: 'weeks', range: [3, 4] }),
  p('3 or 4 days', { value: 3, dimension: 'duration', unit: 'days', range: [3, 4] }),
  p('migrated with zero downtime', { value: 0, dimension: 'count', unit: 'downtime' }),
  p('$10k-$20k a month', { value: 10_000, dimension: 'money', range: [10_000, 20_000], per: 'month' }),
  // dates and years
  p('Shipped on 2026-02-29', { dimension: 'date', invalid: true }),
  p('Shipped on 2026-02-28', { dimension: 'date', value: Date.UTC(2026, 1, 28), invalid: false }),
  p('led payments since 2019', { dimension: 'year', value: 2019 }),
  p('In March 2026 we launched', { dimension: 'date', value: Date.UTC(2026, 2, 1) }),
  p('Q2 2025 planning', { dimension: 'date', value: Date.UTC(2025, 3, 1) }),
  p('2024 Q4 review', { dimension: 'date', value: Date.UTC(2024, 9, 1) }),
  p('H2 2024', { dimension: 'date', value: Date.UTC(2024, 6, 1) }),
  p('by March 3rd, 2025', { dimension: 'date', value: Date.UTC(2025, 2, 3) }),
  p('Sept. 2024 offsite', { dimension: 'date', value: Date.UTC(2024, 8, 1) }),
  p('from 2019–2021', { dimension: 'year', value: 2019, range: [2019, 2021] }),
  p('spring 2025', { dimension: 'date', value: Date.UTC(2025, 2, 1) }),
  p('ranked 3rd', { dimension: 'ordinal', value: 3 }),
  p('the third time', { dimension: 'ordinal', value: 3 }),
  p('2000 users', { dimension: 'count', value: 2000, unit: 'users' }),
  // not quantities
  { kind: 'parse', text: 'In Q3 2025 v2 shipped [S1].', find: [{ dimension: 'date' }], not: ['v2', 'S1', '[S1]'] },
  { kind: 'parse', text: 'p95 latency on the v2.3.1 API', none: true },
  { kind: 'parse', text: 'see https://example.com/runs/12345 and PR #482', none: true },
  { kind: 'parse', text: 'standup at 9:30 every day, 24/7 support', none: true },
  { kind: 'parse', text: 'one of the best, the one thing, no one asked', none: true },
  { kind: 'parse', text: 'a one-on-one with Dana', none: true },
  { kind: 'parse', text: 'the L7 bar and the S3 bucket and COVID-19', none: true },
  { kind: 'parse', text: 'We may ship soon; march on', none: true },
  { kind: 'parse', text: '1. Wrote the doc\n2. Shipped it', none: true },
  { kind: 'parse', text: 'she got a second opinion', none: true }
]

export const CHANGE_CASES: CorpusCase[] = [
  { kind: 'change', text: 'from ~22 min to 7 min', before: { value: 22, unit: 'minutes' }, after: { value: 7, unit: 'minutes' } },
  { kind: 'change', text: 'card testing (~15%) -> now <1%', before: { value: 15, unit: '%' }, after: { value: 1, unit: '%' } },
  { kind: 'change', text: '820ms → 310ms', before: { value: 820, unit: 'ms' }, after: { value: 310, unit: 'ms' } },
  { kind: 'change', text: 'p95 820 ms -> 310 ms', before: { value: 820 }, after: { value: 310 } },
  { kind: 'change', text: 'build 14 min => 4 min', before: { value: 14 }, after: { value: 4 } },
  { kind: 'change', text: 'was 40 minutes, now 12', before: { value: 40, unit: 'minutes' }, after: { value: 12, unit: 'minutes' } },
  { kind: 'change', text: 'flaky rate was 9% now 2%', before: { value: 9 }, after: { value: 2 } },
  { kind: 'change', text: 'from nine days to three', before: { value: 9, unit: 'days' }, after: { value: 3, unit: 'days' } },
  { kind: 'change', text: 'Time to offer went from 12 days to 4', before: { value: 12, unit: 'days' }, after: { value: 4, unit: 'days' } },
  { kind: 'change', text: 'from 12% to 18%', before: { value: 12, unit: '%' }, after: { value: 18, unit: '%' } },
  { kind: 'change', text: 'from $22k to $7k a month', before: { value: 22_000 }, after: { value: 7000 } },
  { kind: 'change', text: '7 incidents a month, down from 30', before: { value: 30 }, after: { value: 7 } },
  { kind: 'change', text: '3% (was 11%)', before: { value: 11 }, after: { value: 3 } },
  { kind: 'change', text: 'down to 4 days from 12', before: { value: 12, unit: 'days' }, after: { value: 4, unit: 'days' } },
  { kind: 'change', text: 'from 0 to 1 on velocity', before: { value: 0 }, after: { value: 1 } },
  { kind: 'change', text: 'cut in half', multiple: 0.5 },
  {
    kind: 'change',
    text: 'cut onboarding from three weeks to one',
    before: { value: 3, unit: 'weeks' },
    after: { value: 1, unit: 'weeks' }
  },
  { kind: 'change', text: 'signups doubled', multiple: 2 },
  { kind: 'change', text: 'from 9 incidents to 2 incidents per month', before: { value: 9 }, after: { value: 2 } },
  { kind: 'parse', text: 'from 9 incidents to 2 incidents per month', find: [{ value: 9, dimension: 'count', per: 'month' }] },
  { kind: 'change', text: 'onboarding from 12 days to 4 days', before: { value: 12 }, after: { value: 4 }, multiple: 4 / 12 }
]

// ── matching ─────────────────────────────────────────────────────────────────────────────
const cloud: SourceRecord = {
  id: 'w-cloud',
  label: 'Saved $1.2M in annual cloud spend',
  date: '2025-11-14',
  texts: ['Moved 14 services to spot instances; the audience for the all-hands demo was 250.'],
  metrics: [{ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD' }]
}
const deploys: SourceRecord = {
  id: 'w-deploys',
  label: 'Sped up deploys',
  date: '2026-02-03',
  texts: ['Deploys take 12 minutes now; we run 40 clusters.'],
  metrics: [{ label: 'p95 latency', value: 310, unit: 'ms', baseline: 820 }]
}
const hiring: SourceRecord = {
  id: 'w-hiring',
  label: 'Overhauled the PM interview loop',
  date: '2026-05-05',
  texts: ['Time to offer went from 12 days to 4.'],
  metrics: [{ label: 'Conversion', value: 18, unit: '%', baseline: 12 }]
}
const fraction: SourceRecord = { id: 'w-frac', label: 'Teams on the new CI', texts: ['A third of teams moved in Q1 2026.'] }
const H = [cloud, deploys, hiring, fraction]
const m = (claim: string, target: string, supported: boolean, extra: { cited?: string[]; reason?: RegExp } = {}): CorpusCase => ({
  kind: 'match',
  sources: H,
  claim,
  target,
  supported,
  ...extra
})

export const MATCH_CASES: CorpusCase[] = [
  // the mismatches issue #13 lists
  m('Cut costs by 14%.', '14%', false, { reason: /14 services/ }),
  m('Engagement grew 250%.', '250%', false),
  m('Deploys take 12 hours.', '12 hours', false, { reason: /12 minutes/ }),
  m('Reached 1.2M users.', '1.2M users', false),
  m('40x faster builds.', '40x', false),
  m('Shipped in 14 weeks.', '14 weeks', false),
  m('Saved $14 on every deploy.', '$14', false),
  m('250 customers use it.', '250 customers', false),
  m('Moved 40 services.', '40 services', false),
  m('Cut p95 latency by 820ms.', '820ms', false),
  // honest claims, direct and derived
  m('Saved $1.2M a year in cloud spend.', '$1.2M', true),
  m('Saved $1,180,000 in annual cloud spend.', '$1,180,000', false),
  m('Annual cloud savings of 1.2 million dollars.', '1.2 million dollars', true),
  m('Saved $100k a month on cloud.', '$100k a month', true),
  m('Migrated 14 services.', '14 services', true),
  m('Moved fourteen services to spot.', 'fourteen services', true),
  m('Deploys take 720 seconds.', '720 seconds', true),
  m('Deploys take 12 minutes.', '12 minutes', true),
  m('We run 40 clusters.', '40 clusters', true),
  m('The demo drew an audience of 250.', '250', true),
  m('Cut p95 latency from 820 ms to 310 ms.', '310 ms', true),
  m('Cut p95 latency by 62%.', '62%', true),
  m('p95 latency is 2.6x faster.', '2.6x', true),
  m('p95 latency about 3x faster.', '3x', true),
  m('p95 latency 4x faster.', '4x', false),
  m('Cut p95 latency by 70%.', '70%', false),
  m('Cut p95 latency by 510 ms.', '510 ms', true),
  m('Time to offer fell from 12 days to 4 days.', '4 days', true),
  m('Time to offer is now a third of what it was.', 'a third', true),
  m('Time to offer fell 8 days.', '8 days', true),
  m('Time to offer fell by two thirds.', 'two thirds', true),
  m('Time to offer is 3x faster.', '3x', true),
  m('Time to offer dropped 67%.', '67%', true),
  m('Time to offer dropped 75%.', '75%', false),
  m('Conversion rose from 12% to 18%.', '18%', true),
  m('Conversion rose 6 points.', '6 points', true),
  m('Conversion is +6pp.', '+6pp', true),
  m('Conversion is 50% higher.', '50%', true),
  m('Conversion up 18%.', '18%', false, { reason: /level/ }),
  m('Conversion up 6%.', '6%', false),
  m('A third of teams moved.', 'A third', true),
  m('33% of teams moved.', '33%', true),
  m('Half of teams moved.', 'Half', false),
  // citations
  m('Migrated 14 services [S2].', '14 services', false, { cited: ['w-deploys'], reason: /does not cite/ }),
  m('Migrated 14 services [S1].', '14 services', true, { cited: ['w-cloud'] }),
  // dates
  m('Shipped in November 2025.', 'November 2025', true),
  m('Shipped in Q4 2025.', 'Q4 2025', true),
  m('Shipped in 2025.', '2025', true),
  m('Shipped in December 2025.', 'December 2025', false),
  m('Shipped on 2026-02-29.', '2026-02-29', false, { reason: /not a real date/ }),
  m('Led payments since 2019.', '2019', false),
  m('Moved a third of teams in Q1 2026.', 'Q1 2026', true),
  // label
  m('Hiring took 12 minutes.', '12 minutes', false),
  m('Deploys finish in 12 minutes.', '12 minutes', true)
]
