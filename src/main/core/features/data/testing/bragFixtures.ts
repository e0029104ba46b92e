import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Metric } from '../../../../../shared/domain/win'

/**
 * Brag documents in five real-world styles, written for issue #16 before the importer was
 * tuned, with the wins a careful person would enter by hand. A metric is right when value,
 * baseline (in the after-unit), unit with its rate ("USD/month") and qualifiers all match;
 * `unit` lists the spellings a person would accept for the same thing.
 */
export interface ExpectedMetric extends Omit<Metric, 'unit' | 'label'> {
  unit: string | string[]
}

export interface ExpectedWin {
  title: string
  date: string
  datePrecision: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'undated'
  tags: string[]
  /** Words the impact field must hold; '' when the bullet states no outcome. */
  impact: string
  /** Words "what I did" must hold; '' when the title says it all. */
  whatIDid: string
  metrics: ExpectedMetric[]
  /** False for goals and plans, which are offered unticked. */
  keep?: boolean
}

export interface BragFixture {
  name: string
  style: string
  markdown: string
  wins: ExpectedWin[]
}

const doc = (file: string) => readFileSync(join(__dirname, 'brag', file), 'utf8')
const m = (value: number, unit: ExpectedMetric['unit'], more: Partial<ExpectedMetric> = {}): ExpectedMetric => ({ value, unit, ...more })
const w = (title: string, date: string, datePrecision: ExpectedWin['datePrecision'], rest: Partial<ExpectedWin> = {}): ExpectedWin => ({
  title,
  date,
  datePrecision,
  tags: [],
  impact: '',
  whatIDid: '',
  metrics: [],
  ...rest
})

export const BRAG_FIXTURES: BragFixture[] = [
  {
    name: 'julia-evans-template.md',
    style: "Julia Evans' template (goals, projects, collaboration, design, company building, learning)",
    markdown: doc('julia-evans-template.md'),
    wins: [
      w('Become the go-to person for our deploy pipeline', '2025-01-01', 'year', { keep: false }),
      w('Get better at writing design docs', '2025-01-01', 'year', { keep: false }),
      w('Lead a cross-team project end to end', '2025-01-01', 'year', { keep: false }),
      w('Deploy pipeline rewrite', '2025-03-01', 'month', {
        whatIDid: 'Rewrote our deploy scripts as a single Go tool',
        impact: 'adopted by 3 other teams',
        metrics: [m(12, 'minutes', { baseline: 40, baselineQualifier: 'about' }), m(3, 'teams')]
      }),
      w('Migrated the search cluster to Elasticsearch 8', '2025-04-01', 'quarter', { impact: 'zero downtime' }),
      w('Moved CI runners to spot instances', '2025-09-01', 'month', {
        tags: ['cost'],
        impact: 'Cut our staging bill by $18k/month',
        metrics: [m(18000, 'USD/month')]
      }),
      w('Mentored two new hires through their first on-call rotation', '2025-01-01', 'year', {
        tags: ['collaboration-and-mentorship'],
        metrics: [m(2, 'hires')]
      }),
      w('Reviewed 120+ PRs across the platform org', '2025-01-01', 'year', {
        tags: ['collaboration-and-mentorship'],
        metrics: [m(120, 'PRs', { qualifier: 'at least' })]
      }),
      w('Paired weekly with Priya on her first design doc', '2025-01-01', 'year', { tags: ['collaboration-and-mentorship'] }),
      w('Wrote the RFC for multi-region failover', '2025-06-01', 'month', {
        tags: ['design-and-documentation'],
        impact: 'Approved by the architecture group'
      }),
      w('Rewrote the on-call runbook', '2025-01-01', 'year', {
        tags: ['design-and-documentation'],
        impact: 'pages for unknown alerts from 30 a month to 8',
        metrics: [m(8, ['pages/month', 'alerts/month'], { baseline: 30 })]
      }),
      w('Interviewed 25 candidates and helped rewrite the backend interview rubric', '2025-01-01', 'year', {
        tags: ['company-building'],
        metrics: [m(25, 'candidates')]
      }),
      w('Ran the internal tech talk series', '2025-01-01', 'year', {
        tags: ['company-building'],
        impact: 'About 250 attendees',
        metrics: [m(250, 'attendees', { qualifier: 'about' })]
      }),
      w('How to profile Go services with pprof and read flame graphs', '2025-01-01', 'year'),
      w('Spoke at GopherCon EU about our deploy tool', '2025-06-01', 'month', { tags: ['outside-of-work'] })
    ]
  },
  {
    name: 'bullets-by-quarter.md',
    style: 'Bullets by quarter under a year heading (yearless "## Q1"), run-on bullets with dashes and semicolons',
    markdown: doc('bullets-by-quarter.md'),
    wins: [
      w('Shipped the new onboarding flow', '2025-01-01', 'quarter', {
        impact: 'Activation up from 31% to 38%',
        metrics: [m(38, '%', { baseline: 31 })]
      }),
      w('Led the pricing page A/B test', '2025-01-01', 'quarter', { impact: 'Conversion +6pp', metrics: [m(6, 'pp')] }),
      w('Closed 42 support escalations as the rotation lead', '2025-01-01', 'quarter', { metrics: [m(42, 'escalations')] }),
      w('Ran the game day program', '2025-04-01', 'quarter', {
        tags: ['reliability-push'],
        impact: '11 failure modes found and fixed',
        metrics: [m(6, ['game days', 'days']), m(11, ['failure modes', 'modes'])]
      }),
      w('Brought checkout availability from 99.5% to 99.95%', '2025-04-01', 'quarter', {
        tags: ['reliability-push'],
        impact: 'Brought checkout availability from 99.5% to 99.95%',
        metrics: [m(99.95, '%', { baseline: 99.5 })]
      }),
      w('Drove the postmortem backlog from 23 open actions to 4', '2025-04-01', 'quarter', {
        tags: ['reliability-push'],
        impact: 'from 23 open actions to 4',
        metrics: [m(4, 'actions', { baseline: 23 })]
      }),
      w('Launched usage-based billing for 1,200 customers', '2025-07-01', 'quarter', { metrics: [m(1200, 'customers')] }),
      w('Rightsized the data warehouse', '2025-07-01', 'quarter', {
        impact: 'Saved $1.2M in annual cloud spend',
        metrics: [m(1_200_000, 'USD/year')]
      }),
      w('Organised the team offsite for 18 people', '2025-07-01', 'quarter', { metrics: [m(18, 'people')] }),
      w('Onboarded 3 new PMs to the growth area', '2025-10-01', 'quarter', { metrics: [m(3, 'PMs')] }),
      w('Cut median ticket resolution time by 35%', '2025-10-01', 'quarter', {
        impact: 'Cut median ticket resolution time by 35%',
        metrics: [m(35, '%')]
      }),
      w('Helped legal with the DPA review', '2025-10-01', 'quarter')
    ]
  },
  {
    name: 'star-stories.md',
    style: 'STAR stories: labelled lines in one paragraph, labelled bullets under a heading, labelled sub-bullets under a bold title',
    markdown: doc('star-stories.md'),
    wins: [
      w('Payments retry service', '2025-04-01', 'quarter', {
        whatIDid: 'Built an idempotent retry queue with exponential backoff',
        impact: 'Recovered about $40k/month in revenue',
        metrics: [m(1.3, '%', { baseline: 4.1 }), m(40000, 'USD/month', { qualifier: 'about' })]
      }),
      w('Incident process overhaul', '2024-07-01', 'half', {
        whatIDid: 'Wrote the severity levels, trained 30 on-call engineers',
        impact: 'Mean time to recovery went from 3 hours to 45 minutes',
        metrics: [m(4, 'teams'), m(30, 'engineers'), m(45, 'minutes', { baseline: 180 }), m(60, '%')]
      }),
      w('Led the move to trunk-based development', '2025-01-20', 'day', {
        whatIDid: 'Introduced feature flags and a merge queue',
        impact: 'Lead time for changes from 9 days to 2 days',
        metrics: [m(2, 'days', { baseline: 9 })]
      }),
      w('Rescued the mobile release', '2024-11-01', 'month', {
        whatIDid: 'Ship iOS 3.0 after the lead left mid-project',
        impact: 'crash-free sessions above 99.8%',
        metrics: [m(2, 'weeks'), m(8, 'weeks'), m(99.8, '%', { qualifier: 'over' })]
      })
    ]
  },
  {
    name: 'terse-engineer.md',
    style: "A terse engineer's list: ISO month prefixes, arrows, tildes, '<', '/wk', no capitals, two undated lines",
    markdown: doc('terse-engineer.md'),
    wins: [
      w('p95 checkout latency 820ms → 310ms (read replica + query cache)', '2025-01-01', 'month', {
        impact: '820ms → 310ms',
        metrics: [m(310, 'ms', { baseline: 820 })]
      }),
      w('Killed flaky suite', '2025-02-01', 'month', {
        impact: 'Flake rate (~15%) -> now <1%',
        metrics: [m(1, '%', { baseline: 15, qualifier: 'under', baselineQualifier: 'about' })]
      }),
      w('On-call pages 40/wk -> 12/wk', '2025-03-01', 'month', {
        impact: '40/wk -> 12/wk',
        metrics: [m(12, 'pages/week', { baseline: 40 })]
      }),
      w('Migrated 14 services to k8s', '2025-04-01', 'month', { metrics: [m(14, 'services')] }),
      w('Build cache', '2025-05-01', 'month', {
        impact: 'CI from ~22 min to 7 min',
        metrics: [m(7, 'minutes', { baseline: 22, baselineQualifier: 'about' })]
      }),
      w('Postgres upgrade runbook', '2025-06-01', 'month', { impact: 'Used for 3 upgrades', metrics: [m(3, 'upgrades')] }),
      w('2x throughput on ingest workers', '2025-07-01', 'month', { impact: '2x throughput', metrics: [m(2, 'x')] }),
      w('Bumped node 18 -> 20 across all repos', '', 'undated'),
      w('Fixed the thing with the cron', '', 'undated')
    ]
  },
  {
    name: 'manager-people.md',
    style: "A manager's doc with people metrics: halves, theme sub-headings, hires, promotions, eNPS, attrition, on-call load",
    markdown: doc('manager-people.md'),
    wins: [
      w('Hired 4 engineers (2 senior, 2 mid) against a plan of 5', '2025-01-01', 'half', {
        tags: ['hiring'],
        metrics: [m(4, 'engineers')]
      }),
      w('Restructured the loop', '2025-01-01', 'half', {
        tags: ['hiring'],
        impact: 'Time to offer from 31 days to 18 days',
        metrics: [m(18, 'days', { baseline: 31 })]
      }),
      w('Interviewed 60+ candidates myself', '2025-01-01', 'half', {
        tags: ['hiring'],
        metrics: [m(60, 'candidates', { qualifier: 'at least' })]
      }),
      w('Promoted 2 reports', '2025-01-01', 'half', {
        tags: ['growing-people'],
        whatIDid: 'Sam to Senior and Ana to Staff',
        metrics: [m(2, 'reports')]
      }),
      w('Held weekly 1:1s with all 8 direct reports and wrote growth plans for each', '2025-01-01', 'half', {
        tags: ['growing-people'],
        metrics: [m(8, ['direct reports', 'reports'])]
      }),
      w('Coached Lee through a tough first year', '2025-01-01', 'half', {
        tags: ['growing-people'],
        impact: 'She now leads our on-call rotation'
      }),
      w('eNPS from 12 to 41 between the January and June surveys', '2025-01-01', 'half', {
        tags: ['team-health'],
        impact: 'eNPS from 12 to 41',
        metrics: [m(41, '', { baseline: 12 })]
      }),
      w('Regretted attrition 0% (org average 9%)', '2025-01-01', 'half', {
        tags: ['team-health'],
        impact: 'Regretted attrition 0%',
        metrics: [m(0, '%'), m(9, '%')]
      }),
      w('On-call pages per engineer down from 6 a week to 2', '2025-01-01', 'half', {
        tags: ['team-health'],
        impact: 'down from 6 a week to 2',
        metrics: [m(2, 'pages/week', { baseline: 6 })]
      }),
      w('Team shipped the billing migration a quarter early', '2025-07-01', 'half', {
        tags: ['delivery'],
        impact: 'Saving $300k a year in vendor fees',
        metrics: [m(1, 'quarters'), m(300_000, 'USD/year')]
      }),
      w('Cut the sprint carry-over rate from 35% to 10%', '2025-07-01', 'half', {
        tags: ['delivery'],
        impact: 'from 35% to 10%',
        metrics: [m(10, '%', { baseline: 35 })]
      }),
      w('Started the cross-team incident review', '2025-07-01', 'half', {
        tags: ['org'],
        impact: 'Now attended by 5 teams',
        metrics: [m(5, 'teams')]
      }),
      w('Wrote the EM onboarding guide', '2025-07-01', 'half', {
        tags: ['org'],
        impact: 'Used by 3 new managers',
        metrics: [m(3, 'managers')]
      })
    ]
  }
]

/**
 * Written after the importer was done and scored before any change to it: a product manager's
 * Notion-style export (emoji, a quote, month headings, a month range, links).
 */
export const HOLDOUT_FIXTURES: BragFixture[] = [
  {
    name: 'holdout-pm-notion.md',
    style: "A PM's Notion-style export: emoji, a blockquote, month headings under years, a month range, links in bullets",
    markdown: doc('holdout-pm-notion.md'),
    wins: [
      w('Launched referral program v2', '2024-11-01', 'month', {
        impact: '1,450 referrals in the first month',
        metrics: [m(1450, ['referrals/month', 'referrals'], { baseline: 600, baselineQualifier: 'about' })]
      }),
      w('Ran 12 customer interviews for the pricing research', '2024-11-01', 'month', {
        impact: 'Findings shaped the Q1 roadmap',
        metrics: [m(12, 'interviews')]
      }),
      w('Got checkout conversion from 2.1% to 2.9% with the one-page checkout', '2024-12-01', 'month', {
        impact: 'from 2.1% to 2.9%',
        metrics: [m(2.9, '%', { baseline: 2.1 })]
      }),
      w('Presented the growth strategy to the exec team', '2024-12-01', 'month'),
      w('Hired 2 PMs and an analyst for the growth pod', '2025-01-01', 'month', { metrics: [m(2, 'PMs')] }),
      w('Killed the legacy coupon flow', '2025-01-01', 'month', {
        impact: 'Saving ~$6k a month in support time',
        metrics: [m(6000, 'USD/month', { qualifier: 'about' })]
      }),
      w('Weekly office hours for sales', '2025-01-01', 'year', {
        whatIDid: 'Answered 80+ questions',
        metrics: [m(80, 'questions', { qualifier: 'at least' })]
      }),
      w('Improved NPS by 8 points for the self-serve segment', '2025-01-01', 'year', {
        impact: 'Improved NPS by 8 points',
        metrics: [m(8, 'points')]
      })
    ]
  }
]
