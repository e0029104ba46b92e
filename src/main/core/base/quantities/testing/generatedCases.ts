import type { CorpusCase } from './corpusTypes'
import type { SourceRecord } from '../types'

/**
 * Generated development cases: every unit mismatch of issue #13 as a grid, invented "N weeks"
 * claims against a history with no week durations, and honest derived claims computed from
 * metric baselines.
 */

interface Kind {
  name: string
  fact: (n: number) => string
  claim: (n: number) => string
  target: (n: number) => string
}
const KINDS: Kind[] = [
  {
    name: 'services',
    fact: (n) => `Migrated ${n} services to the new queue.`,
    claim: (n) => `Moved ${n} services.`,
    target: (n) => `${n} services`
  },
  { name: 'usd', fact: (n) => `Saved $${n} on licences.`, claim: (n) => `Saved $${n} on licences.`, target: (n) => `$${n}` },
  { name: 'percent', fact: (n) => `Cut errors by ${n}%.`, claim: (n) => `Errors fell ${n}%.`, target: (n) => `${n}%` },
  {
    name: 'minutes',
    fact: (n) => `Builds take ${n} minutes.`,
    claim: (n) => `Builds finish in ${n} minutes.`,
    target: (n) => `${n} minutes`
  },
  { name: 'days', fact: (n) => `Reviews take ${n} days.`, claim: (n) => `Reviews are done in ${n} days.`, target: (n) => `${n} days` },
  { name: 'users', fact: (n) => `Reached ${n} users.`, claim: (n) => `Served ${n} users.`, target: (n) => `${n} users` },
  { name: 'multiple', fact: (n) => `Builds are ${n}x faster.`, claim: (n) => `${n}x faster builds.`, target: (n) => `${n}x` },
  { name: 'clusters', fact: (n) => `We run ${n} clusters.`, claim: (n) => `Manages ${n} clusters.`, target: (n) => `${n} clusters` }
]
/** Claims no fact kind above can back with the same number. */
const ALWAYS_WRONG: Kind[] = [
  { name: 'hours', fact: () => '', claim: (n) => `Builds take ${n} hours.`, target: (n) => `${n} hours` },
  { name: 'weeks', fact: () => '', claim: (n) => `Shipped in ${n} weeks.`, target: (n) => `${n} weeks` },
  { name: 'points', fact: () => '', claim: (n) => `Errors are down ${n} points.`, target: (n) => `${n} points` },
  { name: 'eur', fact: () => '', claim: (n) => `Saved €${n} on licences.`, target: (n) => `€${n}` },
  { name: 'engineers', fact: () => '', claim: (n) => `Trained ${n} engineers.`, target: (n) => `${n} engineers` }
]

function mismatchGrid(): CorpusCase[] {
  const out: CorpusCase[] = []
  for (const n of [14, 250, 40]) {
    for (const f of KINDS) {
      const sources: SourceRecord[] = [{ id: `g-${f.name}`, label: 'A win', texts: [f.fact(n)] }]
      for (const c of [...KINDS, ...ALWAYS_WRONG]) {
        out.push({ kind: 'match', sources, claim: c.claim(n), target: c.target(n), supported: c.name === f.name })
      }
    }
  }
  return out
}

/** A rich history with durations in days and hours, none a whole number of weeks. */
const NO_WEEKS: SourceRecord[] = [
  { id: 'nw-1', label: 'Cut review time', texts: ['Reviews went from 9 days to 4 days for 12 teams.'] },
  { id: 'nw-2', label: 'Faster CI', texts: ['CI takes 12 minutes, down from 45; 30 engineers use it.'] },
  { id: 'nw-3', label: 'On-call', texts: ['Pages fell from 20 a week to 6; incidents resolve in 5 hours.'] },
  {
    id: 'nw-4',
    label: 'Migration',
    texts: ['Moved 40 services over 10 days, saving $18k a month.'],
    metrics: [{ label: 'Services moved', value: 40, unit: 'services' }]
  }
]

function inventedWeeks(): CorpusCase[] {
  const out: CorpusCase[] = []
  for (let n = 1; n <= 100; n++) {
    const claim =
      n % 3 === 0
        ? `Shipped the migration in ${n} weeks.`
        : n % 3 === 1
          ? `Reviews now take ${n} weeks less.`
          : `A ${n}-week effort across the teams.`
    const target = n % 3 === 2 ? `${n}-week` : `${n} weeks`
    out.push({ kind: 'match', sources: NO_WEEKS, claim, target, supported: false })
  }
  return out
}

interface Pair {
  label: string
  before: number
  after: number
  unit: string
}
const PAIRS: Pair[] = [
  { label: 'Checkout conversion', before: 12, after: 18, unit: '%' },
  { label: 'p95 latency', before: 820, after: 310, unit: 'ms' },
  { label: 'Time to offer', before: 12, after: 4, unit: 'days' },
  { label: 'Build time', before: 40, after: 10, unit: 'minutes' },
  { label: 'Weekly signups', before: 1000, after: 1500, unit: 'signups' },
  { label: 'Monthly cloud spend', before: 22_000, after: 7_000, unit: 'USD' },
  { label: 'Crash-free sessions', before: 95, after: 99, unit: '%' },
  { label: 'Support tickets', before: 300, after: 120, unit: 'tickets' }
]
const r1 = (n: number) => Math.round(n * 10) / 10
const amount = (n: number, unit: string) => (unit === '%' ? `${n}%` : unit === 'USD' ? `$${n.toLocaleString('en-US')}` : `${n} ${unit}`)

function honestDerived(): CorpusCase[] {
  const out: CorpusCase[] = []
  for (const p of PAIRS) {
    const sources: SourceRecord[] = [
      { id: `d-${p.label}`, label: p.label, metrics: [{ label: p.label, value: p.after, unit: p.unit, baseline: p.before }] }
    ]
    const up = p.after > p.before
    const add = (claim: string, target: string, supported = true) => out.push({ kind: 'match', sources, claim, target, supported })
    add(`${p.label} went from ${amount(p.before, p.unit)} to ${amount(p.after, p.unit)}.`, amount(p.after, p.unit))
    const pct = r1((Math.abs(p.after - p.before) / p.before) * 100)
    add(`${p.label} is ${Math.round(pct)}% ${up ? 'higher' : 'lower'}.`, `${Math.round(pct)}%`)
    add(`${p.label} is ${Math.round(pct) + 9}% ${up ? 'higher' : 'lower'}.`, `${Math.round(pct) + 9}%`, false)
    const mult = Math.max(p.after, p.before) / Math.min(p.after, p.before)
    add(`${p.label}: ${r1(mult)}x ${up ? 'more' : 'better'}.`, `${r1(mult)}x`)
    add(`${p.label}: ${Math.round(mult) + 2}x ${up ? 'more' : 'better'}.`, `${Math.round(mult) + 2}x`, false)
    const diff = Math.abs(p.after - p.before)
    if (p.unit === '%') {
      add(`${p.label} ${up ? 'rose' : 'fell'} ${diff} points.`, `${diff} points`)
      add(`${p.label} ${up ? 'rose' : 'fell'} ${diff + 3} points.`, `${diff + 3} points`, false)
    } else {
      add(`${p.label} ${up ? 'grew' : 'dropped'} by ${amount(diff, p.unit)}.`, amount(diff, p.unit))
      add(`${p.label} ${up ? 'grew' : 'dropped'} by ${amount(p.before, p.unit)}.`, amount(p.before, p.unit), false)
    }
    add(`${p.label} was ${amount(p.before, p.unit)} before.`, amount(p.before, p.unit))
  }
  return out
}

function honestRounding(): CorpusCase[] {
  const src = (text: string): SourceRecord[] => [{ id: 'r', label: 'A win', texts: [text] }]
  const c = (history: string, claim: string, target: string, supported: boolean): CorpusCase => ({
    kind: 'match',
    sources: src(history),
    claim,
    target,
    supported
  })
  return [
    c('Saved $1,180,000 in cloud spend.', 'Saved $1.2M in cloud spend.', '$1.2M', true),
    c('Saved $1,180,000 in cloud spend.', 'Saved $1.1M in cloud spend.', '$1.1M', false),
    c('Reached 1,234 users.', 'Reached 1.2k users.', '1.2k users', true),
    c('Reached 1,234 users.', 'Reached 1,200 users.', '1,200 users', false),
    c('Reached 1,234 users.', 'Reached about 1,200 users.', '1,200 users', true),
    c('Reached 1,234 users.', 'Reached over 1,000 users.', '1,000 users', true),
    c('Reached 1,234 users.', 'Reached over 2,000 users.', '2,000 users', false),
    c('A third of teams moved.', '33% of teams moved.', '33%', true),
    c('A third of teams moved.', '40% of teams moved.', '40%', false),
    c('1/3 of teams moved.', 'A third of teams moved.', 'A third', true),
    c('Half of the teams moved.', '50% of the teams moved.', '50%', true),
    c('Three quarters of teams adopted it.', '75% of teams adopted it.', '75%', true),
    c('Build takes 45 minutes.', 'Build takes three quarters of an hour.', 'three quarters', false),
    c('Deploys take 12 hours.', 'Deploys take 720 minutes.', '720 minutes', true),
    c('Deploys take 12 hours.', 'Deploys take half a day.', 'half a day', true),
    c('Shipped in 6 weeks.', 'Shipped in 42 days.', '42 days', true),
    c('Shipped in 6 weeks.', 'Shipped in six weeks.', 'six weeks', true),
    c('Shipped in 6 weeks.', 'Shipped in a month and a half.', 'a month', false),
    c('Cut our bill by €18k/month.', 'Cut our bill by €216k a year.', '€216k a year', true),
    c('Cut our bill by €18k/month.', 'Cut our bill by €18k a year.', '€18k a year', false),
    c('Cut our bill by €18k/month.', 'Cut our bill by $18k a month.', '$18k a month', false),
    c('Cut our bill by €18k/month.', 'Cut our bill by €18k.', '€18k', true),
    c('Cut our bill by €18k.', 'Cut our bill by €18k a month.', '€18k a month', false),
    c('120+ PRs reviewed.', 'Reviewed 120 PRs.', '120 PRs', true),
    c('120+ PRs reviewed.', 'Reviewed 150 PRs.', '150 PRs', false),
    c('Card testing (~15%) -> now <1%.', 'Card testing is under 1%.', 'under 1%', true),
    c('Card testing (~15%) -> now <1%.', 'Card testing is 0.5%.', '0.5%', false),
    c('Hired 15–20 engineers a year.', 'Hired 15–20 engineers a year.', '15–20', true),
    c('Hired 15–20 engineers a year.', 'Hired 18 engineers a year.', '18 engineers', false),
    c('We doubled throughput.', 'Throughput doubled.', 'doubled', true),
    c('We doubled throughput.', 'Throughput tripled.', 'tripled', false),
    c('We cut costs in half.', 'Costs halved.', 'halved', true),
    c('We cut costs in half.', 'Costs doubled.', 'doubled', false),
    c('Throughput went from 100 to 200 rps.', 'Throughput doubled.', 'doubled', true),
    c('Latency went from 800 ms to 400 ms.', 'Latency was cut in half.', 'cut in half', true),
    c('Latency went from 800 ms to 400 ms.', 'Latency doubled.', 'doubled', false),
    c('Metrics: Revenue: 4000000 USD; Churn: 30 %', 'Drove $4M in revenue.', '$4M', true),
    c('Metrics: Revenue: 4000000 USD; Churn: 30 %', 'Cut churn to 30%.', '30%', true),
    c('Metrics: Revenue: 4000000 USD; Churn: 30 %', 'Cut churn to 40%.', '40%', false),
    c('Saved $120k a year.', 'Saved $120k.', '$120k', true),
    c('Ran a dozen interviews.', 'Ran 12 interviews.', '12 interviews', true),
    c('Ran 12 interviews.', 'Ran a dozen interviews.', 'a dozen', true),
    c('Ran 12 interviews.', 'Ran ten interviews.', 'ten interviews', false),
    c('Shipped 3 months early.', 'Shipped a quarter early.', 'a quarter', true),
    c('Shipped 3 months early.', 'Shipped a year early.', 'a year', false),
    c('Shipped three months early.', 'Shipped 3 months early.', '3 months', true)
  ]
}

export const GENERATED_CASES: CorpusCase[] = [...mismatchGrid(), ...inventedWeeks(), ...honestDerived(), ...honestRounding()]
