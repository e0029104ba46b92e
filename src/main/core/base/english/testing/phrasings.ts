/**
 * Goal, blocker, commitment and win-title phrasings the grammar test runs through every
 * template. Copied (not imported: base/ imports nothing above it) from the sample data
 * (core/features/sample/sampleData.ts), the loop fixtures (core/features/loop/testing/fixtureHistory.ts) and the
 * impact fixtures (core/features/promo/testing/packetHistory.ts), then 50+ more in the styles people
 * type: imperative, noun phrase, past tense, gerund, trailing periods, lower case, numbers.
 */

export const FROM_FIXTURES = {
  goals: [
    'Promotion to Group PM',
    'Grow two direct reports into strong PMs',
    'Refresh the product strategy',
    'Move the team onto a new planning tool',
    'Fix the hiring pipeline',
    'Scale the PM org without losing quality',
    'Win larger enterprise accounts',
    'Ship the self-serve billing launch',
    'Cut churn in the mid-market segment',
    'Expand into enterprise accounts',
    'Learn SQL',
    'Lead a product area end to end'
  ],
  blockers: [
    'No time to write the strategy doc',
    'Nobody owns the planning-tool rollout',
    'The PM interview loop lets weak candidates through',
    'Nobody owns the billing migration',
    'No clear data on why customers leave'
  ],
  commitments: [
    'Draft v1 of the product strategy doc',
    'Run the planning-tool rollout',
    'Overhaul the PM interview loop',
    'Write the onboarding plan for new PMs',
    'Run the billing migration',
    'Build the churn analysis',
    'Draft v1 of the product strategy',
    'Clean up the team wiki and onboarding guide',
    'Run the pricing experiment',
    'I will draft v1 of the strategy doc.',
    'I will run the planning-tool rollout.',
    'Share the enterprise section of the strategy with sales leadership.'
  ],
  wins: [
    'Wrote v1 of the product strategy',
    'Ran the planning-tool rollout',
    'Overhauled the PM interview loop',
    'Promoted to Group PM with two direct reports',
    'Billing migration',
    'Drafted v1 of the product strategy',
    'Mentored a new APM',
    'Helped with the pricing page',
    'Old win outside the period'
  ]
}

/** Written for this test, in the styles people use. */
export const WRITTEN = {
  goals: [
    'get promoted to Staff Engineer',
    'move upmarket',
    'Become a people manager.',
    'become staff eng by Q4',
    'Getting promoted this cycle',
    'Hiring 3 senior engineers',
    'Reduce on-call pages by 50%',
    'Double the enterprise pipeline',
    'launch in Europe',
    'ship v2 of the mobile app',
    'Sunset the legacy billing API',
    'own the platform roadmap',
    'Organize the team offsite in Lisbon',
    'Get every product team onto shared metrics',
    'Improve NPS to 50',
    'set up CI for the mobile app',
    'Lead the migration to Kubernetes',
    'A promotion to Senior PM',
    'Staff Engineer by 2027',
    'Better work-life balance',
    'More visibility with leadership',
    'hit $2M ARR',
    'Make the on-call rotation humane.',
    'Plan Q3'
  ],
  blockers: [
    'hiring is slow',
    'Customer churn is rising',
    'Too many meetings',
    'Budget cuts',
    'Lack of headcount',
    'the data warehouse keeps breaking.',
    'Legal review takes 6 weeks',
    'No owner for the design system',
    'We cannot hire fast enough',
    'Product and engineering disagree on priorities',
    'flaky tests in CI',
    'Waiting on the security review',
    'the release train keeps slipping because QA is manual',
    'Deals stall in legal review',
    'How do we get enterprise deals to close faster?',
    'Why are customers churning?',
    'Should we build or buy the analytics stack?',
    'What should our pricing be?',
    'Who owns the design system?'
  ],
  wins: [
    'Saved $1.2M in annual cloud spend',
    'Promoted to Group PM',
    'lead the rollout of the new pricing page',
    'Named tech lead for payments',
    'Cut p95 latency from 820 ms to 310 ms.',
    'Reduced build time 3x',
    'Unified three dashboards',
    'Hired 4 engineers',
    'Launched SSO for 12 customers',
    'Interviewed 25 candidates',
    'Awarded the Q3 engineering prize',
    'Onboarding plan for new PMs',
    'Mentoring two junior engineers',
    'Built the churn model in a weekend',
    'I led the incident review culture change.',
    'shipped the billing migration with zero downtime',
    'Ran the March 2025 offsite for 30 people',
    'Spoke at the all-hands about the strategy'
  ]
}

export const ALL_GOALS = [...FROM_FIXTURES.goals, ...WRITTEN.goals]
export const ALL_BLOCKERS = [...FROM_FIXTURES.blockers, ...WRITTEN.blockers]
export const ALL_COMMITMENTS = FROM_FIXTURES.commitments
export const ALL_WINS = [...FROM_FIXTURES.wins, ...WRITTEN.wins]
