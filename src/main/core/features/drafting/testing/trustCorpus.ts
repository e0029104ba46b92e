import type { ContextEntry } from '../../../../../shared/domain/contextEntry'

/**
 * An adversarial corpus for the trust guard (issue #13 item 7), written against the issue's
 * list, not against the parser: a small history, then invented amounts in every notation,
 * unit mismatches, invented citations and honest derived claims. Shared by the tests and the
 * reliability run's "trust" section.
 */

/** A win-shaped context entry; tests override only what their case is about. */
export const entry = (id: string, title: string, text: string, extra: Partial<ContextEntry> = {}): ContextEntry => ({
  id,
  kind: 'win',
  date: '2025-11-14',
  title,
  text,
  tags: [],
  linkedIds: [],
  ...extra
})

/** S1…S6 in this order. */
export const TRUST_SOURCES: ContextEntry[] = [
  entry('w-deploy', 'Faster deploys', 'Impact: deploys take 12 minutes now, across 14 services.'),
  entry('w-conv', 'Checkout conversion', 'Impact: checkout conversion went from 12% to 18%.', {
    metrics: [{ label: 'Conversion', value: 18, unit: '%', baseline: 12 }]
  }),
  entry('w-talk', 'All-hands talk', 'Impact: spoke to an audience of 250 people about the roadmap.'),
  entry('w-cloud', 'Cloud bill', 'Impact: saved $1.2M in annual cloud spend across 40 clusters.', { date: '2025-03-02' }),
  entry('w-latency', 'Checkout latency', 'Impact: p95 latency went from 820 ms to 310 ms.', {
    date: '2025-06-20',
    metrics: [{ label: 'p95 latency', value: 310, unit: 'ms', baseline: 820 }]
  }),
  entry('w-hiring', 'Hiring loop', 'Impact: time to offer went from 12 days to 4 days; 6 weeks of work with 3 interviewers.', {
    date: '2025-09-30',
    metrics: [{ label: 'Time to offer', value: 4, unit: 'days', baseline: 12 }]
  })
]

export interface TrustCase {
  id: string
  /** The draft text. */
  text: string
  /** Substrings that must be flagged (each must overlap a flag). */
  flagged: string[]
  /** When true, nothing in the text may be flagged. */
  clean?: boolean
}

const CITE_ALL = '[S1, S2, S3, S4, S5, S6]'

// Values that no source holds in any unit (checked by the corpus test itself).
const ODD = [7, 23, 37, 61, 83, 97, 143, 317, 4_900, 73_000]
const WORDS: Record<number, string> = {
  7: 'seven',
  23: 'twenty-three',
  37: 'thirty-seven',
  61: 'sixty-one',
  83: 'eighty-three',
  97: 'ninety-seven'
}

/** Invented amounts, one notation at a time: each must be flagged. */
function invented(): TrustCase[] {
  const out: TrustCase[] = []
  const add = (id: string, claim: string, sentence: string) =>
    out.push({ id: `invented/${id}`, text: `${sentence.replace('{}', claim)} ${CITE_ALL}`, flagged: [claim] })
  for (const n of ODD) {
    add(`percent-digits-${n}`, `${n}%`, 'Grew weekly active users by {}.')
    add(`percent-word-${n}`, `${n} percent`, 'Cut support tickets by {}.')
    add(`money-${n}`, `$${n.toLocaleString('en-US')}`, 'Saved {} in licence costs.')
    add(`money-k-${n}`, `€${n}k`, 'Brought in {} of new revenue.')
    add(`weeks-${n}`, `${n} weeks`, 'Shipped the migration in {}.')
    add(`count-${n}`, `${n} engineers`, 'Onboarded {} to the new stack.')
    add(`multiple-${n}`, `${n}x`, 'Made the build {} faster.')
    if (WORDS[n]) {
      add(`words-count-${n}`, `${WORDS[n]} engineers`, 'Mentored {} this year.')
      add(`words-weeks-${n}`, `${WORDS[n]} weeks`, 'Cut the release cycle by {}.')
      add(`words-percent-${n}`, `${WORDS[n]} percent`, 'Reduced churn by {}.')
    }
  }
  const verbal: [string, string][] = [
    ['doubled', 'We {} weekly signups.'],
    ['tripled', 'The team {} its release rate.'],
    ['quadrupled', 'Usage {} after the launch.'],
    ['three times', 'Reviews are {} faster.'],
    ['ten-fold', 'A {} increase in usage.'],
    ['cut in half', 'Support load was {}.'],
    ['halved', 'We {} the on-call pages.'],
    ['twice as fast', 'Builds run {}.'],
    ['a dozen services', 'Migrated {} to the new platform.'],
    ['ten engineers', 'Grew the team to {}.'],
    ['six weeks', 'Delivered the pilot in {}.'],
    ['three months early', 'Shipped the rewrite {}.'],
    ['three quarters of teams', 'Adopted by {}.'],
    ['half of the org', 'Trained {}.'],
    ['two thirds', 'Cut onboarding by {}.'],
    ['about 40 minutes', 'Saved {} per deploy.'],
    ['over 500 users', 'Reached {}.'],
    ['~15%', 'Churn fell {}.'],
    ['under 2%', 'Error rate is now {}.'],
    ['between 3 and 5 teams', 'Helped {}.'],
    ['$45,000', 'Saved {} a quarter.'],
    ['USD 5,000', 'Budget of {}.'],
    ['£250k', 'Won {} in new deals.'],
    ['1.5 million dollars', 'Pipeline of {}.'],
    ['€18k/month', 'Cut spend by {}.'],
    ['20 deploys a day', 'We now ship {}.'],
    ['2026-02-29', 'Launched on {}.'],
    ['2019', 'Led payments since {}.'],
    ['March 2027', 'Planned for {}.'],
    ['Q2 2024', 'Started in {}.'],
    ['H1 2023', 'Owned billing in {}.'],
    ['last quarter', 'Grew revenue 9% {}.'],
    ['a fortnight', 'Closed the gap in {}.'],
    ['half an hour', 'Standups take {}.'],
    ['two and a half weeks', 'The audit took {}.'],
    ['5 business days', 'Approval now takes {}.'],
    ['2TB', 'Freed {} of storage.'],
    ['120+ PRs', 'Reviewed {}.'],
    ['3rd', 'Ranked {} in the hackathon.'],
    ['a 30% reduction', 'Delivered {} in toil.']
  ]
  for (const [claim, sentence] of verbal) add(`verbal-${claim.replace(/\W+/g, '-')}`, claim, sentence)
  return out
}

/** The history's own values, in another kind or unit, or about another thing: each must be flagged. */
function mismatches(): TrustCase[] {
  const rows: [string, string, string][] = [
    ['12h', '12 hours', 'Deploys take {} [S1].'],
    ['12d', '12 days', 'Deploys take {} [S1].'],
    ['12pct-deploy', '12%', 'Deploy time fell {} [S1].'],
    ['14pct', '14%', 'Cut costs by {} [S1].'],
    ['14x', '14x', 'Made deploys {} faster [S1].'],
    ['14usd', '$14k', 'Saved {} on deploys [S1].'],
    ['250pct', '250%', 'Engagement grew {} [S3].'],
    ['250usd', '$250', 'Raised {} at the all-hands [S3].'],
    ['250ms', '250 ms', 'Pages load in {} [S3].'],
    ['1.2M-users', '1.2M users', 'Reached {} [S4].'],
    ['1.2M-eur', '€1.2M', 'Saved {} in cloud spend [S4].'],
    ['1.2M-month', '$1.2M a month', 'Saved {} in cloud spend [S4].'],
    ['40x', '40x', 'Builds are {} faster [S4].'],
    ['40pct', '40%', 'Cut cloud spend by {} [S4].'],
    ['40-engineers', '40 engineers', 'Led {} [S4].'],
    ['18usd', '$18', 'Conversion is worth {} per visit [S2].'],
    ['18pct-up', 'up 18%', 'Conversion is {} [S2].'],
    ['12to18-wrong', '+8 points', 'Conversion rose {} [S2].'],
    ['latency-70', '70%', 'Cut p95 latency by {} [S5].'],
    ['latency-4x', '4x', 'p95 latency is {} faster [S5].'],
    ['latency-820s', '820 s', 'p95 latency was {} [S5].'],
    ['latency-doubled', 'doubled', 'p95 latency {} [S5].'],
    ['offer-12w', '12 weeks', 'Time to offer was {} [S6].'],
    ['offer-4h', '4 hours', 'Time to offer is now {} [S6].'],
    ['offer-90pct', '90%', 'Cut time to offer by {} [S6].'],
    ['weeks-6m', '6 months', 'The hiring work took {} [S6].'],
    ['interviewers-30', '30 interviewers', 'Trained {} [S6].'],
    ['date-dec', 'December 2025', 'Shipped faster deploys in {} [S1].'],
    ['date-2024', '2024', 'Shipped faster deploys in {} [S1].'],
    ['date-q1', 'Q1 2025', 'Shipped faster deploys in {} [S1].'],
    // Right value, but only in a source this draft does not cite.
    ['uncited-12min', '12 minutes', 'Deploys take {} [S3].'],
    ['uncited-1.2M', '$1.2M', 'Saved {} a year [S1].'],
    ['uncited-250', '250 people', 'Spoke to {} [S4].'],
    ['uncited-18', '18%', 'Conversion reached {} [S6].']
  ]
  return rows.map(([id, claim, sentence]) => ({ id: `mismatch/${id}`, text: sentence.replace('{}', claim), flagged: [claim] }))
}

/** Citations the run never had: each must be flagged. */
function citations(): TrustCase[] {
  const out: TrustCase[] = []
  for (const n of [0, ...Array.from({ length: 54 }, (_, i) => i + 7), 99, 100, 123, 404, 999])
    out.push({ id: `citation/S${n}`, text: `Shipped faster deploys [S${n}].`, flagged: [`S${n}`] })
  for (const n of [7, 13, 42, 88, 101])
    out.push({ id: `citation/list-S${n}`, text: `Faster deploys and a cheaper cloud [S1, S${n}].`, flagged: [`S${n}`] })
  for (const n of [9, 31]) out.push({ id: `citation/semicolon-S${n}`, text: `Hiring is faster [S6; S${n}].`, flagged: [`S${n}`] })
  return out
}

/** Honest claims, derived or converted from the sources: none may be flagged. */
function honest(): TrustCase[] {
  const rows: [string, string][] = [
    ['conv-points', 'Conversion rose 6 points [S2].'],
    ['conv-pp', 'Conversion up 6 percentage points [S2].'],
    ['conv-50pct', 'Conversion is 50% higher [S2].'],
    ['conv-from-to', 'Conversion went from 12% to 18% [S2].'],
    ['conv-level', 'Conversion reached 18% [S2].'],
    ['latency-62', 'Cut p95 latency by 62% [S5].'],
    ['latency-510', 'Cut p95 latency by 510 ms [S5].'],
    ['latency-from-to', 'p95 latency went from 820 ms to 310 ms [S5].'],
    ['latency-level', 'p95 latency is now 310 ms [S5].'],
    ['offer-3x', 'Time to offer is 3x faster [S6].'],
    ['offer-8d', 'Cut time to offer by 8 days [S6].'],
    ['offer-67', 'Cut time to offer by 67% [S6].'],
    ['offer-from-to', 'Time to offer went from 12 days to 4 days [S6].'],
    ['offer-words', 'Time to offer went from twelve days to four [S6].'],
    ['weeks-42d', 'The hiring work took 42 days [S6].'],
    ['weeks-words', 'The hiring work took six weeks [S6].'],
    ['interviewers-3', 'Worked with three interviewers [S6].'],
    ['deploy-12', 'Deploys take 12 minutes [S1].'],
    ['deploy-720s', 'Deploys take 720 seconds [S1].'],
    ['deploy-services', 'Across fourteen services [S1].'],
    ['deploy-dozen+', 'Deploys across 14 services [S1].'],
    ['talk-250', 'Spoke to an audience of 250 people [S3].'],
    ['talk-about', 'Spoke to about 250 people [S3].'],
    ['cloud-1.2M', 'Saved $1.2M a year in cloud spend [S4].'],
    ['cloud-100k-month', 'Saved $100k a month in cloud spend [S4].'],
    ['cloud-1200k', 'Saved $1,200,000 a year in cloud spend [S4].'],
    ['cloud-clusters', 'Across 40 clusters [S4].'],
    ['date-month', 'Shipped faster deploys in November 2025 [S1].'],
    ['date-quarter', 'Shipped faster deploys in Q4 2025 [S1].'],
    ['date-year', 'Cut the cloud bill in 2025 [S4].']
  ]
  return rows.map(([id, text]) => ({ id: `honest/${id}`, text, flagged: [], clean: true }))
}

/** Citations that exist: none may be flagged. */
function goodCitations(): TrustCase[] {
  return [1, 2, 3, 4, 5, 6].map((n) => ({ id: `citation-ok/S${n}`, text: `See the entry [S${n}].`, flagged: [], clean: true }))
}

/** Every value of the history in every other kind of amount, citing its own source: each must be flagged. */
function mismatchGrid(): TrustCase[] {
  const values: [string, number, string, string][] = [
    // source, value, its own kind, the sentence's subject
    ['S1', 12, 'minutes', 'Deploy time'],
    ['S1', 14, 'services', 'Deploys'],
    ['S3', 250, 'people', 'The audience'],
    ['S4', 40, 'clusters', 'Cloud spend'],
    ['S2', 18, '%', 'Conversion'],
    ['S5', 310, 'ms', 'p95 latency'],
    ['S6', 4, 'days', 'Time to offer'],
    ['S6', 3, 'interviewers', 'Hiring']
  ]
  const renderings: [string, (n: number) => string][] = [
    ['%', (n) => `${n}%`],
    ['usd', (n) => `$${n}k`],
    ['x', (n) => `${n}x`],
    ['hours', (n) => `${n} hours`],
    ['users', (n) => `${n} users`],
    ['weeks', (n) => `${n} weeks`],
    ['teams', (n) => `${n} teams`],
    ['points', (n) => `${n} points`]
  ]
  const out: TrustCase[] = []
  for (const [source, n, own, subject] of values)
    for (const [kind, render] of renderings) {
      // 3x is honest for hiring: time to offer went from 12 days to 4.
      if (own === kind || (n === 3 && kind === 'x')) continue
      const claim = render(n)
      out.push({ id: `mismatch-grid/${n}-${own}-as-${kind}`, text: `${subject}: ${claim} [${source}].`, flagged: [claim] })
    }
  return out
}

export const TRUST_CORPUS: TrustCase[] = [
  ...invented(),
  ...mismatches(),
  ...mismatchGrid(),
  ...citations(),
  ...honest(),
  ...goodCitations()
]

/** The day relative dates ("last quarter") are counted from in the corpus. */
export const TRUST_TODAY = new Date('2026-07-01T12:00:00Z')
