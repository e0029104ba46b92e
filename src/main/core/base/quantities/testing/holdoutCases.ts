import type { CorpusCase } from './corpusTypes'

/**
 * HOLD-OUT. Written once, before the parser existed, and never tuned on: when a case here
 * fails, the fix goes into the code only if the same failure is first reproduced by a new
 * case in the development corpus. Its accuracy is reported apart (holdout.test.ts).
 */

const interview = {
  id: 'w-hiring',
  label: 'Rebuilt the hiring loop',
  date: '2025-10-20',
  texts: ['Time to offer went from three weeks to 9 days; 14 interviewers trained.'],
  metrics: [{ label: 'Offer acceptance rate', value: 82, unit: '%', baseline: 64 }]
}
const infra = {
  id: 'w-infra',
  label: 'Moved CI to spot instances',
  date: '2026-01-12',
  texts: ['Our CI bill fell from €9,500 a month to €4,000 a month across 31 repositories.'],
  metrics: [{ label: 'Build queue wait', value: 90, unit: 'seconds', baseline: 600 }]
}
const community = {
  id: 'w-talks',
  label: 'Ran the internal tech talk series',
  date: '2025-06-30',
  texts: ['Hosted 11 talks; an audience of about 400 engineers; NPS went from 31 to 52.'],
  metrics: []
}
const support = {
  id: 'w-support',
  label: 'Triage bot for support',
  texts: ['Median first response dropped from 4 hours to 25 minutes; handled 2.3k tickets in Q4 2025.'],
  metrics: [{ label: 'Tickets auto-closed', value: 18, unit: '%' }]
}
const sources = [interview, infra, community, support]

export const HOLDOUT_CASES: CorpusCase[] = [
  // ── parsing: notations written as people write them ───────────────────────────────────
  { kind: 'parse', text: 'We onboarded forty-two customers', find: [{ value: 42, dimension: 'count', unit: 'customers' }] },
  { kind: 'parse', text: 'a team of nine', find: [{ value: 9, dimension: 'count' }] },
  {
    kind: 'parse',
    text: 'saved roughly 3.5 million euros',
    find: [{ value: 3_500_000, dimension: 'money', unit: 'EUR', approx: 'about' }]
  },
  { kind: 'parse', text: 'GBP 40,000 in licence fees', find: [{ value: 40_000, dimension: 'money', unit: 'GBP' }] },
  { kind: 'parse', text: 'spend of $7.5k per week', find: [{ value: 7_500, dimension: 'money', unit: 'USD', per: 'week' }] },
  { kind: 'parse', text: 'two hundred and fifty signups', find: [{ value: 250, dimension: 'count', unit: 'signups' }] },
  { kind: 'parse', text: 'latency under 200ms', find: [{ value: 200, dimension: 'duration', unit: 'ms', approx: 'under' }] },
  { kind: 'parse', text: 'more than 60 pull requests', find: [{ value: 60, dimension: 'count', approx: 'over' }] },
  { kind: 'parse', text: 'roughly a third of the backlog', find: [{ value: 1 / 3, dimension: 'fraction', approx: 'about' }] },
  { kind: 'parse', text: 'fourteen months of runway', find: [{ value: 14, dimension: 'duration', unit: 'months' }] },
  { kind: 'parse', text: 'a fortnight of testing', find: [{ value: 2, dimension: 'duration', unit: 'weeks' }] },
  { kind: 'parse', text: 'conversion rose 4 percentage points', find: [{ value: 4, dimension: 'points', unit: 'pp' }] },
  { kind: 'parse', text: 'errors fell by 37 percent', find: [{ value: 37, dimension: 'percent' }] },
  { kind: 'parse', text: 'made onboarding five times faster', find: [{ value: 5, dimension: 'multiple' }] },
  { kind: 'parse', text: 'revenue quadrupled', find: [{ value: 4, dimension: 'multiple' }] },
  { kind: 'parse', text: 'we halved the review time', find: [{ value: 0.5, dimension: 'multiple' }] },
  { kind: 'parse', text: 'a 10-fold drop in alerts', find: [{ value: 10, dimension: 'multiple' }] },
  { kind: 'parse', text: 'Launched on 3 February 2025', find: [{ dimension: 'date', value: Date.UTC(2025, 1, 3) }] },
  { kind: 'parse', text: 'owned on-call since 2021', find: [{ dimension: 'year', value: 2021 }] },
  { kind: 'parse', text: 'shipped in H1 2026', find: [{ dimension: 'date', value: Date.UTC(2026, 0, 1) }] },
  { kind: 'parse', text: 'Cutover on 2025-04-31 went fine', find: [{ dimension: 'date', invalid: true }] },
  { kind: 'parse', text: '15–20 interviews a week', find: [{ value: 15, dimension: 'count', per: 'week', range: [15, 20] }] },
  { kind: 'parse', text: 'about 1,500 daily users', find: [{ value: 1500, dimension: 'count', unit: 'users', approx: 'about' }] },
  { kind: 'parse', text: 'ranked 2nd in the hackathon', find: [{ value: 2, dimension: 'ordinal' }] },
  { kind: 'parse', text: 'See section 4.2 and RFC-7231 for the v3 API', none: true },
  { kind: 'parse', text: 'Discussed the roadmap with Priya and the CPO', none: true },

  // ── changes ───────────────────────────────────────────────────────────────────────────
  { kind: 'change', text: 'p99 went from 1.4s to 380ms', before: { value: 1.4, unit: 's' }, after: { value: 380, unit: 'ms' } },
  { kind: 'change', text: 'on-call pages: 40/week → 6/week', before: { value: 40 }, after: { value: 6 } },
  { kind: 'change', text: 'flaky tests were 9%, now 0.5%', before: { value: 9, unit: '%' }, after: { value: 0.5, unit: '%' } },
  { kind: 'change', text: 'cut release prep from five days to one', before: { value: 5, unit: 'days' }, after: { value: 1, unit: 'days' } },
  { kind: 'change', text: 'churn down to 3% from 5%', before: { value: 5, unit: '%' }, after: { value: 3, unit: '%' } },
  { kind: 'change', text: 'build minutes doubled after the change', multiple: 2 },

  // ── matching: honest claims that must pass ────────────────────────────────────────────
  { kind: 'match', sources, claim: 'Trained 14 interviewers.', target: '14', supported: true },
  { kind: 'match', sources, claim: 'Time to offer fell from 3 weeks to 9 days.', target: '9 days', supported: true },
  { kind: 'match', sources, claim: 'Time to offer dropped to nine days.', target: 'nine days', supported: true },
  { kind: 'match', sources, claim: 'Offer acceptance rose 18 points.', target: '18 points', supported: true },
  { kind: 'match', sources, claim: 'Offer acceptance went from 64% to 82%.', target: '82%', supported: true },
  { kind: 'match', sources, claim: 'Build queue wait dropped from 10 minutes to 90 seconds.', target: '10 minutes', supported: true },
  { kind: 'match', sources, claim: 'Build queue waits are now a sixth of what they were.', target: 'a sixth', supported: true },
  { kind: 'match', sources, claim: 'Queue wait is 85% shorter.', target: '85%', supported: true },
  { kind: 'match', sources, claim: 'The CI bill fell by €5,500 a month.', target: '€5,500 a month', supported: true },
  { kind: 'match', sources, claim: 'CI spend is €48k a year now.', target: '€48k a year', supported: true },
  { kind: 'match', sources, claim: 'Covered 31 repositories.', target: '31 repositories', supported: true },
  { kind: 'match', sources, claim: 'Talks reached roughly 400 engineers.', target: '400 engineers', supported: true },
  { kind: 'match', sources, claim: 'NPS climbed 21 points.', target: '21 points', supported: true },
  { kind: 'match', sources, claim: 'First response is under half an hour now.', target: 'half an hour', supported: true },
  { kind: 'match', sources, claim: 'Handled over 2,000 tickets.', target: '2,000', supported: true },
  { kind: 'match', sources, claim: 'The bot auto-closes 18% of tickets.', target: '18%', supported: true },
  { kind: 'match', sources, claim: 'Hiring work landed in October 2025.', target: 'October 2025', supported: true },
  { kind: 'match', sources, claim: 'Eleven talks in one season.', target: 'Eleven', supported: true },

  // ── matching: inventions and mismatches that must be flagged ──────────────────────────
  { kind: 'match', sources, claim: 'Trained 14 managers in 14 weeks.', target: '14 weeks', supported: false },
  { kind: 'match', sources, claim: 'Cut the CI bill by 31%.', target: '31%', supported: false },
  { kind: 'match', sources, claim: 'An audience of 400 customers.', target: '400 customers', supported: false },
  { kind: 'match', sources, claim: 'Time to offer is 9 hours.', target: '9 hours', supported: false, reason: /9 days/ },
  { kind: 'match', sources, claim: 'Saved €9,500 a year.', target: '€9,500 a year', supported: false },
  { kind: 'match', sources, claim: 'Saved $4,000 a month on CI.', target: '$4,000 a month', supported: false },
  { kind: 'match', sources, claim: 'Acceptance rate up 82%.', target: '82%', supported: false },
  { kind: 'match', sources, claim: 'Queue wait is 90% shorter.', target: '90%', supported: false },
  { kind: 'match', sources, claim: 'Hosted 52 talks.', target: '52', supported: false },
  { kind: 'match', sources, claim: 'Tripled offer acceptance.', target: 'Tripled', supported: false },
  { kind: 'match', sources, claim: 'Shipped the bot in three weeks.', target: 'three weeks', supported: false },
  { kind: 'match', sources, claim: 'Moved CI to spot instances in March 2026.', target: 'March 2026', supported: false },
  { kind: 'match', sources, claim: 'Handled 2.3k tickets for 31 customers.', target: '31 customers', supported: false },
  { kind: 'match', sources, claim: 'A dozen interviewers trained.', target: 'A dozen', supported: false },
  {
    kind: 'match',
    sources,
    claim: 'Trained 14 interviewers [S2].',
    target: '14',
    cited: ['w-infra'],
    supported: false
  },
  {
    kind: 'match',
    sources,
    claim: 'NPS went from 31 to 52 [S3].',
    target: '52',
    cited: ['w-talks'],
    supported: true
  }
]
