import type { Metric, Win } from '../../../../../shared/domain/win'
import type { WinSection } from '../classify'

/**
 * Wins labelled by hand with the section a promotion committee would file them under. Written
 * before the classifier was tuned; HOLDOUT was never looked at while tuning.
 */
export interface LabelledWin {
  title: string
  whatIDid?: string
  impact?: string
  metrics?: Metric[]
  scope?: Win['scope']
  tags?: string[]
  expected: WinSection
}

const m = (label: string, value: number, unit = '', baseline?: number): Metric => ({
  label,
  value,
  unit,
  ...(baseline !== undefined ? { baseline } : {})
})

export const DEVELOPMENT: LabelledWin[] = [
  { title: 'Promoted to Group PM', expected: 'recognition' },
  {
    title: 'Saved $1.2M in annual cloud spend',
    whatIDid: 'Audited our reserved instances and moved batch jobs to spot capacity.',
    impact: 'Cloud bill down $1.2M a year.',
    metrics: [m('Annual cloud savings', 1_200_000, 'USD/year')],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Migrated 14 services to the new deploy pipeline',
    whatIDid: 'Designed the migration plan, wrote the shared templates and led the cutover for each service.',
    impact: 'Deploys went from 40 minutes to 8.',
    metrics: [m('Deploy time', 8, 'minutes', 40)],
    scope: 'org',
    expected: 'leadership'
  },
  {
    title: 'Gave an all-hands talk on our incident culture',
    whatIDid: 'Presented our blameless postmortem practice to the whole company.',
    scope: 'company',
    expected: 'influence'
  },
  {
    title: 'Mentored two junior engineers',
    whatIDid: 'Weekly 1:1s with Priya and Sam, paired on their first on-call shifts.',
    impact: 'Both now lead features on their own.',
    metrics: [m('Engineers mentored', 2, 'people')],
    expected: 'mentoring'
  },
  {
    title: 'Wrote the on-call runbook',
    whatIDid: 'Volunteered in Q3 when nobody owned it; wrote runbooks for the 12 most common alerts.',
    impact: 'Pages resolved without escalation went up.',
    expected: 'glue'
  },
  {
    title: 'Launched self-serve checkout',
    whatIDid: 'Led the launch with design and payments.',
    impact: 'Conversion rose from 2.1% to 2.9%, about $400k more revenue a quarter.',
    metrics: [m('Checkout conversion', 2.9, '%', 2.1), m('Extra revenue', 400_000, 'USD/quarter')],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Fraud rules for card-testing patterns',
    whatIDid: 'Wrote rules for card-testing patterns and tuned thresholds with the risk team.',
    impact: 'Chargebacks fell by 35%, saving $80k a month.',
    metrics: [m('Chargeback savings', 80_000, 'USD/month')],
    scope: 'org',
    expected: 'delivery'
  },
  {
    title: 'Set the technical direction for search',
    whatIDid: 'Wrote the search architecture RFC, chose the index design and broke the work into milestones for three teams.',
    scope: 'org',
    expected: 'leadership'
  },
  {
    title: 'Ran the hiring loop redesign',
    whatIDid: 'Rewrote our interview rubric and trained 20 interviewers.',
    impact: 'Time to hire down from 45 to 30 days.',
    metrics: [m('Time to hire', 30, 'days', 45)],
    expected: 'glue'
  },
  {
    title: 'Coached Dana through her first project lead',
    whatIDid: 'Volunteered in Q3 when Dana was struggling; met twice a week and reviewed her plans.',
    impact: 'Dana shipped on time and was promoted in the next cycle.',
    expected: 'mentoring'
  },
  {
    title: 'Payments API adopted by 3 other teams',
    whatIDid: 'Proposed a shared payments API and convinced the platform and growth teams to adopt it.',
    metrics: [m('Teams adopting', 3, 'teams')],
    scope: 'org',
    expected: 'influence'
  },
  {
    title: 'Won the company hackathon',
    whatIDid: 'Built a prototype of offline sync in two days.',
    expected: 'recognition'
  },
  {
    title: 'Cut p95 latency on the feed',
    whatIDid: 'Profiled the feed query and added a read-through cache.',
    impact: 'p95 from 820 ms to 310 ms.',
    metrics: [m('p95 latency', 310, 'ms', 820)],
    scope: 'team',
    expected: 'delivery'
  },
  {
    title: 'Fixed flaky CI',
    whatIDid: 'Quarantined flaky tests and added retries with reporting.',
    impact: 'CI failure rate from 15% to under 1%.',
    metrics: [m('CI failure rate', 1, '%', 15)],
    scope: 'team',
    tags: ['glue'],
    expected: 'glue'
  },
  {
    title: 'Led the mobile app rewrite',
    whatIDid: 'Tech lead for five engineers; chose React Native, defined the module boundaries and sequenced the rollout.',
    impact: 'Shipped in two quarters; crash-free sessions 99.2% to 99.8%.',
    metrics: [m('Crash-free sessions', 99.8, '%', 99.2)],
    scope: 'team',
    expected: 'leadership'
  },
  {
    title: 'Onboarded four new hires',
    whatIDid: 'Paired with each new engineer during their first two weeks and wrote starter tasks.',
    metrics: [m('New hires onboarded', 4, 'people')],
    expected: 'mentoring'
  },
  {
    title: 'Spoke at KubeCon about our autoscaler',
    whatIDid: 'Gave a conference talk on how we autoscale batch workloads.',
    scope: 'company',
    expected: 'influence'
  },
  {
    title: 'Received the quarterly customer hero award',
    whatIDid: 'Nominated by support for handling the Acme escalation.',
    expected: 'recognition'
  },
  {
    title: 'Reduced churn for small business plans',
    whatIDid: 'Ran interviews with 30 churned customers and shipped a simpler plan.',
    impact: 'Monthly churn from 4.1% to 3.2%.',
    metrics: [m('Monthly churn', 3.2, '%', 4.1)],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Defined the product strategy for onboarding',
    whatIDid: 'Wrote the onboarding strategy, set the roadmap for two squads and got sign-off from the CPO.',
    scope: 'org',
    expected: 'leadership'
  },
  {
    title: 'Started the team retro ritual',
    whatIDid: 'Set up fortnightly retros and a tracker for action items.',
    expected: 'glue'
  },
  {
    title: 'Documented the release process',
    whatIDid: 'Wrote the release guide and a checklist template in the wiki.',
    expected: 'glue'
  },
  {
    title: 'Reviewed 120 PRs across the org',
    whatIDid: 'Reviewed pull requests for the web and API teams, with written feedback on design.',
    metrics: [m('PRs reviewed', 120, 'PRs')],
    scope: 'org',
    expected: 'mentoring'
  },
  {
    title: 'Aligned three teams on one event schema',
    whatIDid: 'Ran the working group, wrote the proposal and persuaded data, growth and mobile to use one schema.',
    scope: 'org',
    expected: 'influence'
  },
  {
    title: 'Shipped the invoicing export',
    whatIDid: 'Built CSV and PDF invoice exports.',
    impact: 'Closed the two largest enterprise deals, worth $250k ARR.',
    metrics: [m('New ARR', 250_000, 'USD/year')],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Named tech lead for the platform team',
    expected: 'recognition'
  },
  {
    title: 'Designed the multi-region failover',
    whatIDid: 'Designed the failover architecture, wrote the design doc and led the game day.',
    impact: 'Recovery time objective from 4 hours to 15 minutes.',
    metrics: [m('Recovery time', 15, 'minutes', 240)],
    scope: 'company',
    expected: 'leadership'
  },
  {
    title: 'Taught a SQL workshop for the support team',
    whatIDid: 'Ran three sessions teaching 15 support agents to query the warehouse.',
    metrics: [m('Agents trained', 15, 'people')],
    expected: 'mentoring'
  },
  {
    title: 'Took over triage of the bug backlog',
    whatIDid: 'Triaged 300 stale tickets and set up a weekly triage rotation.',
    impact: 'Open bugs from 300 to 90.',
    metrics: [m('Open bugs', 90, 'bugs', 300)],
    expected: 'glue'
  },
  {
    title: 'Grew search revenue',
    whatIDid: 'Shipped sponsored results.',
    impact: 'Search revenue up 18% year over year.',
    metrics: [m('Search revenue growth', 18, '%')],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Published an engineering blog post on our queue design',
    whatIDid: 'Wrote the post; it was shared widely and cited by two other companies.',
    scope: 'company',
    expected: 'influence'
  },
  {
    title: 'Sponsored Lee’s promotion to senior',
    whatIDid: 'Gave Lee stretch work, wrote the promotion case with our manager.',
    impact: 'Lee was promoted to senior engineer.',
    expected: 'mentoring'
  },
  {
    title: 'Led the database upgrade from Postgres 11 to 15',
    whatIDid: 'Planned the upgrade, chose logical replication, and ran the zero-downtime cutover.',
    scope: 'org',
    expected: 'leadership'
  },
  {
    title: 'Fixed the onboarding docs',
    whatIDid: 'Rewrote the local setup guide.',
    impact: 'New hires get a working setup on day one instead of day three.',
    expected: 'glue'
  },
  {
    title: 'Improved trial to paid conversion',
    whatIDid: 'Ran four pricing page experiments.',
    impact: 'Trial to paid from 8% to 11%.',
    metrics: [m('Trial to paid conversion', 11, '%', 8)],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Got the security standard adopted company-wide',
    whatIDid: 'Drafted the secrets-handling standard and presented it to the architecture review; every team now follows it.',
    scope: 'company',
    expected: 'influence'
  },
  {
    title: 'Promoted to Senior Engineer',
    whatIDid: 'Promotion effective April.',
    expected: 'recognition'
  },
  {
    title: 'Ran the interns program',
    whatIDid: 'Mentored three interns and organised their project demos.',
    metrics: [m('Interns mentored', 3, 'people')],
    expected: 'mentoring'
  },
  {
    title: 'Owned the roadmap for the analytics product',
    whatIDid: 'Prioritised the backlog, set quarterly goals and made the build-versus-buy call on dashboards.',
    scope: 'team',
    expected: 'leadership'
  }
]

export const HOLDOUT: LabelledWin[] = [
  {
    title: 'Cut staging bill',
    whatIDid: 'Turned off idle staging environments at night.',
    impact: 'Saved $18k a month.',
    metrics: [m('Staging cost savings', 18_000, 'USD/month')],
    expected: 'delivery'
  },
  { title: 'Won the engineering excellence award', expected: 'recognition' },
  {
    title: 'Paired with a new designer on the design system',
    whatIDid: 'Coached her on tokens and component reviews for her first month.',
    expected: 'mentoring'
  },
  {
    title: 'Wrote the incident review template',
    whatIDid: 'Created a postmortem template and ran the first five reviews.',
    expected: 'glue'
  },
  {
    title: 'Convinced leadership to fund the data platform',
    whatIDid: 'Wrote the business case and presented it to the VP and CFO.',
    impact: 'Approved as a company priority for next year.',
    scope: 'company',
    expected: 'influence'
  },
  {
    title: 'Architected the event-driven order system',
    whatIDid: 'Designed the event model and led two teams through the build.',
    scope: 'org',
    expected: 'leadership'
  },
  {
    title: 'Shipped dark mode',
    whatIDid: 'Built theme tokens and shipped dark mode on web and mobile.',
    impact: 'Used by 40% of daily active users within a month.',
    metrics: [m('Daily users on dark mode', 40, '%')],
    scope: 'company',
    expected: 'delivery'
  },
  {
    title: 'Set up the on-call rotation for the new team',
    whatIDid: 'Defined escalation policy and the handover checklist.',
    expected: 'glue'
  },
  {
    title: 'Led the pricing strategy for the enterprise tier',
    whatIDid: 'Defined packaging and the pricing model, decided which features to gate.',
    scope: 'company',
    expected: 'leadership'
  },
  {
    title: 'Grew two engineers into tech leads',
    whatIDid: 'Mentored Ana and Raj over a year with stretch projects and feedback.',
    metrics: [m('Engineers grown to tech lead', 2, 'people')],
    expected: 'mentoring'
  }
]
