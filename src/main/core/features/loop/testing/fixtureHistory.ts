import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../../../../shared/domain/storeData'

const at = (d: string) => `${d}T09:00:00.000Z`

/**
 * A small history for loop tests: a manager (Priya) with two loops behind her, a skip-level
 * (Omar) and a brand-new manager with nothing recorded. Each option plants one situation the
 * rules must react to.
 */
export function fixtureHistory(
  plant: {
    /** The last commitment to Priya was dropped instead of delivered. */
    dropped?: boolean
    /** A proposed, never-agreed admin offer to Priya. */
    adminOffer?: string
    /** A private blocker on Priya that must never surface. */
    privateBlocker?: string
    /** No goals of the user's own. */
    noGoals?: boolean
  } = {}
): StoreData {
  const items = [
    { id: 'pg-old', kind: 'goal', text: 'Ship the self-serve billing launch', date: '2026-01-15', current: false, until: '2026-04-14' },
    { id: 'pb-old', kind: 'blocker', text: 'Nobody owns the billing migration', date: '2026-01-15', current: false, until: '2026-04-14' },
    { id: 'pg-new', kind: 'goal', text: 'Cut churn in the mid-market segment', date: '2026-04-14', current: true },
    { id: 'pb-new', kind: 'blocker', text: 'No clear data on why customers leave', date: '2026-04-14', current: true },
    { id: 'pn-1', kind: 'note', text: 'Likes decisions framed as options.', date: '2026-01-15', current: true },
    ...(plant.privateBlocker
      ? [{ id: 'pb-secret', kind: 'blocker', text: plant.privateBlocker, date: '2026-04-14', current: true, private: true }]
      : [])
  ]
  const data = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: {
      name: 'Alex Kim',
      role: 'Senior Product Manager',
      level: 'L6',
      targetRole: 'Group Product Manager',
      strengths: ['Data analysis', 'Running cross-team rollouts'],
      growthAreas: ['Org-level influence']
    },
    goals: plant.noGoals
      ? []
      : [
          {
            id: 'my-promo',
            title: 'Promotion to Group PM',
            kind: 'promotion',
            horizon: 'this-year',
            status: 'active',
            why: 'Lead a product area end to end.',
            since: '2026-01-01',
            createdAt: at('2026-01-01'),
            updatedAt: at('2026-01-01')
          }
        ],
    people: [
      {
        id: 'priya',
        name: 'Priya Shah',
        role: 'manager',
        title: 'VP Product',
        cadenceDays: null,
        items,
        createdAt: at('2026-01-01'),
        updatedAt: at('2026-04-14')
      },
      {
        id: 'omar',
        name: 'Omar Haddad',
        role: 'skip-level',
        title: 'Chief Product Officer',
        cadenceDays: null,
        items: [{ id: 'og-1', kind: 'goal', text: 'Expand into enterprise accounts', date: '2026-02-01', current: true }],
        createdAt: at('2026-01-01'),
        updatedAt: at('2026-02-01')
      },
      {
        id: 'newbie',
        name: 'Jo Park',
        role: 'manager',
        title: '',
        cadenceDays: null,
        items: [],
        createdAt: at('2026-05-01'),
        updatedAt: at('2026-05-01')
      }
    ],
    checkIns: [
      {
        id: 'ci-1',
        personId: 'priya',
        date: '2026-01-15',
        howAmIDoing: 'Good work on the roadmap.',
        theirGoals: ['Ship the self-serve billing launch'],
        theirBlockers: ['Nobody owns the billing migration'],
        offer: 'Run the billing migration.',
        myAsk: 'What would Group PM take?',
        theirAnswer: 'Own something cross-team end to end.',
        goalIds: ['my-promo']
      },
      {
        id: 'ci-2',
        personId: 'priya',
        date: '2026-04-14',
        howAmIDoing: 'Migration went well.',
        theirGoals: ['Cut churn in the mid-market segment'],
        theirBlockers: ['No clear data on why customers leave'],
        offer: 'Build the churn analysis.',
        myAsk: '',
        theirAnswer: '',
        goalIds: []
      },
      {
        id: 'ci-3',
        personId: 'omar',
        date: '2026-02-01',
        howAmIDoing: '',
        theirGoals: ['Expand into enterprise accounts'],
        theirBlockers: [],
        offer: '',
        myAsk: '',
        theirAnswer: ''
      }
    ].map((c) => ({ ...c, createdAt: at(c.date), updatedAt: at(c.date) })),
    commitments: [
      {
        id: 'cm-1',
        title: 'Run the billing migration',
        personId: 'priya',
        checkInId: 'ci-1',
        serves: { kind: 'blocker', id: 'pb-old' },
        status: 'delivered',
        history: [
          { status: 'proposed', on: '2026-01-15' },
          { status: 'delivered', on: '2026-03-20' }
        ],
        outcome: 'Migrated 40 accounts with zero downtime.'
      },
      {
        id: 'cm-2',
        title: 'Build the churn analysis',
        personId: 'priya',
        checkInId: 'ci-2',
        serves: { kind: 'blocker', id: 'pb-new' },
        dueDate: '2026-06-01',
        status: plant.dropped ? 'dropped' : 'in-progress',
        history: [
          { status: 'proposed', on: '2026-04-14' },
          { status: 'in-progress', on: '2026-04-20' },
          ...(plant.dropped ? [{ status: 'dropped', on: '2026-05-30' }] : [])
        ],
        outcome: plant.dropped ? 'Ran out of time during the launch crunch.' : ''
      },
      ...(plant.adminOffer
        ? [
            {
              id: 'cm-admin',
              title: plant.adminOffer,
              personId: 'priya',
              status: 'proposed',
              history: [{ status: 'proposed', on: '2026-04-14' }]
            }
          ]
        : [])
    ].map((c) => ({ ...c, createdAt: at(c.history[0]!.on), updatedAt: at(c.history.at(-1)!.on) })),
    wins: [
      {
        id: 'win-1',
        date: '2026-03-20',
        title: 'Billing migration',
        impact: 'Moved 40 accounts to the new billing system with zero downtime.',
        scope: 'org',
        commitmentId: 'cm-1',
        createdAt: at('2026-03-20'),
        updatedAt: at('2026-03-20')
      }
    ]
  }
  return storeDataSchema.parse(data)
}
