import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../../../shared/domain/storeData'
import { addDays, quarterRange, todayIso } from '../../base/clock'

/**
 * The worked example from the framework (seed 000): a Senior PM at a B2B SaaS company runs the
 * loop with the CPO for four quarters — strategy doc, planning-tool rollout, interview-loop
 * overhaul, promotion to Group PM. Dates are placed in the four quarters before today's so the
 * dashboard and timeline look alive. Numbers are only the ones the story states.
 */
export function buildSampleData(now: Date): StoreData {
  const today = todayIso(now)
  // Start of the quarter `back` quarters before today's.
  const start = (back: number) => quarterRange(today, -back).from
  // The four quarters end in the current one, so the first screen shows a loop that is running.
  const q1 = start(3)
  const q2 = start(2)
  const q3 = start(1)
  const q4 = start(0)
  // The fourth conversation: two weeks ago, or the quarter's first day if that is later; never after today.
  const talk4 = [q4, addDays(today, -14)].sort().at(-1)!
  const soon = (days: number) => [addDays(talk4, days), today].sort()[0]!
  const at = (d: string) => `${d}T09:00:00.000Z`
  const id = (s: string) => `sample-${s}`

  const data = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: {
      name: 'Sam Rivera (sample)',
      role: 'Group Product Manager',
      level: 'L6',
      company: 'Acme Cloud — B2B SaaS',
      targetRole: 'Director of Product',
      targetLevel: 'L7',
      targetDate: addDays(today, 540),
      strengths: ['Strategy writing', 'Running cross-team rollouts'],
      growthAreas: ['Managing managers', 'Org-level influence']
    },
    goals: [
      {
        id: id('goal-promo'),
        title: 'Promotion to Group PM',
        kind: 'promotion',
        horizon: 'this-year',
        status: 'achieved',
        why: 'Bigger scope on the strategy work I already do; the CPO can only sponsor it if they know I want it.',
        since: q1,
        achievedOn: talk4,
        createdAt: at(q1),
        updatedAt: at(talk4)
      },
      {
        id: id('goal-lead'),
        title: 'Grow two direct reports into strong PMs',
        kind: 'new-skill',
        horizon: 'this-year',
        status: 'active',
        why: 'Leading people is the gap to Director.',
        since: talk4,
        createdAt: at(talk4),
        updatedAt: at(talk4)
      }
    ],
    people: [
      {
        id: id('cpo'),
        name: 'Dana Okafor',
        role: 'manager',
        title: 'Chief Product Officer',
        cadenceDays: null,
        items: [
          {
            id: id('g1'),
            kind: 'goal',
            text: 'Refresh the product strategy',
            date: addDays(q1, 12),
            current: false,
            until: addDays(q2, 10),
            private: false,
            checkInId: id('ci1')
          },
          {
            id: id('b1'),
            kind: 'blocker',
            text: 'No time to write the strategy doc',
            date: addDays(q1, 12),
            current: false,
            until: addDays(q2, 10),
            private: false,
            checkInId: id('ci1')
          },
          {
            id: id('g2'),
            kind: 'goal',
            text: 'Move the team onto a new planning tool',
            date: addDays(q2, 10),
            current: false,
            until: addDays(q3, 8),
            private: false,
            checkInId: id('ci2')
          },
          {
            id: id('b2'),
            kind: 'blocker',
            text: 'Nobody owns the planning-tool rollout',
            date: addDays(q2, 10),
            current: false,
            until: addDays(q3, 8),
            private: false,
            checkInId: id('ci2')
          },
          {
            id: id('g3'),
            kind: 'goal',
            text: 'Fix the hiring pipeline',
            date: addDays(q3, 8),
            current: false,
            until: talk4,
            private: false,
            checkInId: id('ci3')
          },
          {
            id: id('b3'),
            kind: 'blocker',
            text: 'The PM interview loop lets weak candidates through',
            date: addDays(q3, 8),
            current: false,
            until: talk4,
            private: false,
            checkInId: id('ci3')
          },
          {
            id: id('g4'),
            kind: 'goal',
            text: 'Scale the PM org without losing quality',
            date: talk4,
            current: true,
            private: false,
            checkInId: id('ci4')
          },
          {
            id: id('n1'),
            kind: 'note',
            text: 'Prefers a one-page written pre-read before the check-in.',
            date: addDays(q1, 12),
            current: true,
            private: false
          },
          {
            id: id('n2'),
            kind: 'note',
            text: 'Mentioned a reorg is possible next year — keep to myself.',
            date: talk4,
            current: true,
            private: true
          }
        ],
        createdAt: at(q1),
        updatedAt: at(talk4)
      },
      {
        id: id('ceo'),
        name: 'Morgan Lee',
        role: 'skip-level',
        title: 'CEO',
        cadenceDays: null,
        items: [
          {
            id: id('g5'),
            kind: 'goal',
            text: 'Win larger enterprise accounts',
            date: addDays(q3, 30),
            current: true,
            private: false,
            checkInId: id('ci5')
          }
        ],
        createdAt: at(q3),
        updatedAt: at(addDays(q3, 30))
      }
    ],
    checkIns: [
      {
        id: id('ci1'),
        personId: id('cpo'),
        date: addDays(q1, 12),
        howAmIDoing: 'Roadmap work is landing well; asked to keep release notes tighter.',
        theirGoals: ['Refresh the product strategy'],
        theirBlockers: ['No time to write the strategy doc'],
        offer: 'I will draft v1 of the strategy doc.',
        myAsk: 'I want to grow towards Group PM; what would you need to see?',
        theirAnswer: 'Show strategic range beyond your own area.',
        goalIds: [id('goal-promo')],
        notes: '',
        notesPrivate: false
      },
      {
        id: id('ci2'),
        personId: id('cpo'),
        date: addDays(q2, 10),
        howAmIDoing: 'Strategy doc was a hit; the org now calls me the strategy PM.',
        theirGoals: ['Move the team onto a new planning tool'],
        theirBlockers: ['Nobody owns the planning-tool rollout'],
        offer: 'I will run the planning-tool rollout.',
        myAsk: 'Could I present the strategy at the all-hands?',
        theirAnswer: 'Yes — co-present with me.',
        goalIds: [id('goal-promo')],
        notes: '',
        notesPrivate: false
      },
      {
        id: id('ci5'),
        personId: id('ceo'),
        date: addDays(q3, 30),
        howAmIDoing: 'Read the strategy doc and liked it.',
        theirGoals: ['Win larger enterprise accounts'],
        theirBlockers: [],
        offer: 'Share the enterprise section of the strategy with sales leadership.',
        myAsk: '',
        theirAnswer: '',
        goalIds: [],
        notes: 'A lighter loop: 20 minutes.',
        notesPrivate: false
      },
      {
        id: id('ci3'),
        personId: id('cpo'),
        date: addDays(q3, 8),
        howAmIDoing: 'Rollout was smooth; keep the same standard.',
        theirGoals: ['Fix the hiring pipeline'],
        theirBlockers: ['The PM interview loop lets weak candidates through'],
        offer: 'I will overhaul the PM interview loop.',
        myAsk: 'Am I on track for Group PM this cycle?',
        theirAnswer: 'Yes, if the interview loop lands.',
        goalIds: [id('goal-promo')],
        notes: '',
        notesPrivate: false
      },
      {
        id: id('ci4'),
        personId: id('cpo'),
        date: talk4,
        howAmIDoing: 'Promoted to Group PM with two direct reports.',
        theirGoals: ['Scale the PM org without losing quality'],
        theirBlockers: [],
        offer: 'I will write the onboarding plan for new PMs.',
        myAsk: 'Coaching on managing managers.',
        theirAnswer: 'Monthly 30 minutes on it.',
        goalIds: [id('goal-lead')],
        notes: '',
        notesPrivate: false
      }
    ].map((c) => ({ ...c, createdAt: at(c.date), updatedAt: at(c.date) })),
    commitments: [
      {
        id: id('c1'),
        title: 'Draft v1 of the product strategy doc',
        detail: 'A 5-page narrative the CPO can edit rather than write.',
        personId: id('cpo'),
        checkInId: id('ci1'),
        serves: { kind: 'blocker', id: id('b1') },
        dueDate: addDays(q1, 30),
        status: 'delivered',
        history: [
          { status: 'proposed', on: addDays(q1, 12) },
          { status: 'accepted', on: addDays(q1, 12) },
          { status: 'in-progress', on: addDays(q1, 14) },
          { status: 'delivered', on: addDays(q1, 28) }
        ],
        outcome: 'The CPO used 80% of it.'
      },
      {
        id: id('c2'),
        title: 'Run the planning-tool rollout',
        detail: '',
        personId: id('cpo'),
        checkInId: id('ci2'),
        serves: { kind: 'blocker', id: id('b2') },
        dueDate: addDays(q2, 60),
        status: 'delivered',
        history: [
          { status: 'proposed', on: addDays(q2, 10) },
          { status: 'accepted', on: addDays(q2, 11) },
          { status: 'in-progress', on: addDays(q2, 14) },
          { status: 'delivered', on: addDays(q2, 56) }
        ],
        outcome: 'Done in 6 weeks; smooth migration.'
      },
      {
        id: id('c3'),
        title: 'Overhaul the PM interview loop',
        detail: '',
        personId: id('cpo'),
        checkInId: id('ci3'),
        serves: { kind: 'blocker', id: id('b3') },
        dueDate: addDays(q3, 90),
        status: 'delivered',
        history: [
          { status: 'proposed', on: addDays(q3, 8) },
          { status: 'accepted', on: addDays(q3, 8) },
          { status: 'in-progress', on: addDays(q3, 10) },
          { status: 'delivered', on: addDays(q3, 85) }
        ],
        outcome: 'Candidate quality improved measurably within 90 days.'
      },
      {
        id: id('c4'),
        title: 'Write the onboarding plan for new PMs',
        detail: '',
        personId: id('cpo'),
        checkInId: id('ci4'),
        serves: { kind: 'personGoal', id: id('g4') },
        dueDate: addDays(today, 21),
        status: 'in-progress',
        history: [
          { status: 'proposed', on: talk4 },
          { status: 'accepted', on: soon(1) },
          { status: 'in-progress', on: soon(5) }
        ],
        outcome: ''
      }
    ].map((c) => ({ ...c, createdAt: at(c.history[0]!.on), updatedAt: at(c.history.at(-1)!.on) })),
    wins: [
      {
        id: id('w1'),
        date: addDays(q1, 28),
        title: 'Wrote v1 of the product strategy',
        whatIDid: 'Spent 2 weeks producing a sharp 5-page narrative for the CPO.',
        impact: 'The CPO used 80% of it; I became the "strategy PM" for the rest of the org.',
        metrics: [{ label: 'Share of the draft the CPO kept', value: 80, unit: '%' }],
        scope: 'org',
        stakeholders: ['Dana Okafor (CPO)'],
        tags: ['strategy', 'magic-loop'],
        evidence: [],
        commitmentId: id('c1')
      },
      {
        id: id('w2'),
        date: addDays(q2, 56),
        title: 'Ran the planning-tool rollout',
        whatIDid: 'Owned the migration of the product team to the new planning tool.',
        impact: 'Done in 6 weeks with a smooth migration.',
        metrics: [{ label: 'Rollout time', value: 6, unit: 'weeks' }],
        scope: 'team',
        stakeholders: ['Dana Okafor (CPO)'],
        tags: ['operations', 'magic-loop'],
        evidence: [],
        commitmentId: id('c2')
      },
      {
        id: id('w3'),
        date: addDays(q3, 85),
        title: 'Overhauled the PM interview loop',
        whatIDid: 'Redesigned the PM interview loop and trained the interviewers.',
        impact: 'Candidate quality improved measurably within 90 days.',
        metrics: [],
        scope: 'org',
        stakeholders: ['Dana Okafor (CPO)', 'Recruiting'],
        tags: ['hiring', 'magic-loop'],
        evidence: [],
        commitmentId: id('c3')
      },
      {
        id: id('w4'),
        date: talk4,
        title: 'Promoted to Group PM with two direct reports',
        whatIDid: 'Three loops with the CPO compounded into bigger scope.',
        impact: 'Now leading two PMs.',
        metrics: [{ label: 'Direct reports', value: 2, unit: 'people' }],
        scope: 'org',
        stakeholders: [],
        tags: ['promotion'],
        evidence: []
      }
    ].map((w) => ({ ...w, createdAt: at(w.date), updatedAt: at(w.date) }))
  }
  return storeDataSchema.parse(data)
}
