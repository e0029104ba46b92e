import type { Win } from '../../../../../shared/domain/win'
import type { PacketHistory } from '../promoPacket'

const at = '2026-01-01T00:00:00.000Z'
/** A win with empty fields but the ones a test names (the promo tests' one factory). */
export const win = (w: Partial<Win> & Pick<Win, 'id' | 'date' | 'title'>): Win => ({
  whatIDid: '',
  impact: '',
  metrics: [],
  scope: 'team',
  stakeholders: [],
  tags: [],
  evidence: [],
  createdAt: at,
  updatedAt: at,
  ...w
})

/** A half-year of one person's loop: the packet tests build from this. */
export const PACKET_HISTORY: PacketHistory = {
  profile: { name: 'Sam Lee', role: 'Product Manager', level: 'Senior PM', targetLevel: 'Group PM', growthAreas: ['Public speaking'] },
  goals: [
    { id: 'g-promo', title: 'Promotion to Group PM', status: 'active', why: 'Lead a bigger area with two reports', kind: 'promotion' },
    { id: 'g-old', title: 'Learn SQL', status: 'dropped', why: '', kind: 'new-skill' }
  ],
  people: [
    { id: 'p-priya', name: 'Priya', role: 'manager', title: 'CPO' },
    { id: 'p-dana', name: 'Dana', role: 'skip-level', title: 'CEO' },
    { id: 'p-old', name: 'Oscar', role: 'other' }
  ],
  checkIns: [
    { id: 'ci-1', personId: 'p-priya', date: '2026-01-15', howAmIDoing: 'Strong on delivery; wants more strategic visibility' },
    { id: 'ci-2', personId: 'p-dana', date: '2026-03-02', howAmIDoing: '' },
    { id: 'ci-old', personId: 'p-priya', date: '2025-06-01', howAmIDoing: 'Outside the period' }
  ],
  commitments: [
    {
      id: 'c-strategy',
      title: 'Draft v1 of the product strategy',
      status: 'delivered',
      personId: 'p-priya',
      outcome: 'CPO used most of it in the board deck',
      history: [
        { status: 'accepted', on: '2026-01-15' },
        { status: 'delivered', on: '2026-02-01' }
      ]
    },
    {
      id: 'c-wiki',
      title: 'Clean up the team wiki and onboarding guide',
      status: 'delivered',
      personId: 'p-priya',
      outcome: 'New hires ramp from the guide',
      history: [{ status: 'delivered', on: '2026-04-10' }]
    },
    {
      id: 'c-open',
      title: 'Run the pricing experiment',
      status: 'in-progress',
      personId: 'p-priya',
      history: [{ status: 'accepted', on: '2026-05-01' }]
    }
  ],
  wins: [
    win({
      id: 'w-strategy',
      date: '2026-02-01',
      title: 'Drafted v1 of the product strategy',
      whatIDid:
        'Interviewed eight customers because the roadmap had no shared narrative. Decided to cut the doc to five pages. Proposed three bets and ran two reviews with the leads.',
      impact: 'CPO used 80% of it for the board strategy',
      metrics: [{ label: 'Share of doc used', value: 80, unit: '%' }],
      scope: 'company',
      stakeholders: ['Priya', 'Finance lead'],
      commitmentId: 'c-strategy',
      evidence: [{ url: 'https://docs.example.com/strategy-v1', label: 'Strategy v1' }]
    }),
    win({
      id: 'w-planning',
      date: '2026-03-20',
      title: 'Ran the planning-tool rollout',
      whatIDid: 'Planned the migration in three waves. Wrote a one-page guide per team.',
      impact: 'All product teams plan in one tool',
      metrics: [{ label: 'Teams migrated', value: 6, unit: 'teams' }],
      scope: 'org',
      stakeholders: ['Dana']
    }),
    win({
      id: 'w-interview',
      date: '2026-05-05',
      title: 'Overhauled the PM interview loop',
      whatIDid:
        'Hiring was slow because every interviewer asked the same questions. Designed one rubric per stage and trained the interviewers.',
      impact: 'Time to offer went from 12 days to 4',
      metrics: [{ label: 'Days to offer', value: 4, unit: 'days', baseline: 12 }],
      scope: 'org'
    }),
    win({
      id: 'w-mentor',
      date: '2026-04-02',
      title: 'Mentored a new APM',
      whatIDid: 'Paired weekly on specs.',
      impact: 'She shipped her first feature solo',
      scope: 'team'
    }),
    win({
      id: 'w-vague',
      date: '2026-06-01',
      title: 'Helped with the pricing page',
      whatIDid: 'Worked on copy.',
      impact: '',
      scope: 'self'
    }),
    win({
      id: 'w-outside',
      date: '2025-05-01',
      title: 'Old win outside the period',
      impact: 'Cut costs by 30%',
      metrics: [{ label: 'Cost', value: 30, unit: '%' }]
    })
  ]
}

export const PACKET_SETTINGS = {
  from: '2026-01-01',
  to: '2026-06-30',
  targetLevel: 'Group PM',
  criteria: [
    'Sets product direction across several teams',
    'Grows other product managers',
    'Delivers measured results',
    'Speaks for the company at industry events'
  ]
}
