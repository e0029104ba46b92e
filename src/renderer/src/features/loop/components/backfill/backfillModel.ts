/**
 * "Your last year": one screen per quarter's conversation. Pure: the quarters and their default
 * days, what a screen holds, the problems it has, and what records it: the parts of one
 * loop.backfillQuarter call, checked by the same rules as checkIns.create, commitments.transition
 * and wins.create, so a back-filled year and one typed through the API agree.
 */
import { formatDay } from '@shared/formatDay'
import { addDays, quarterRange } from '@shared/dates'

export interface BackfillSetup {
  personId: string | null
  newName: string
  newTitle: string
  goalTitle: string
  goalSince: string
}

export type Delivery = 'delivered' | 'open' | 'dropped'

export interface ConversationDraft {
  date: string
  theirGoals: string
  theirBlockers: string
  offer: string
  delivery: Delivery
  deliveredOn: string
  howItLanded: string
  winTitle: string
  myAsk: string
  theirAnswer: string
}

export interface BackfillDraft {
  /** 0 = who and which goal; 1..n = the quarters' conversations; n+1 = done. */
  step: number
  setup: BackfillSetup
  quarters: { label: string; start: string; end: string; draft: ConversationDraft; saved: boolean }[]
  /** Set once the setup is saved: the person and goal the conversations hang on. */
  saved: { personId: string; goalId: string | null } | null
}

const earlier = (a: string, b: string) => (a < b ? a : b)

/** The `count` quarters ending with today's, oldest first, with their first and last day. */
export function lastQuarters(today: string, count = 4): { label: string; start: string; end: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const { from, to, label } = quarterRange(today, i - (count - 1))
    return { label, start: from, end: to }
  })
}

/** A quarter's screen before anything is typed: the conversation two weeks in, delivery four weeks later, never after today. */
export function emptyConversation(quarter: { start: string; end: string }, today: string): ConversationDraft {
  const date = earlier(addDays(quarter.start, 14), today)
  return {
    date,
    theirGoals: '',
    theirBlockers: '',
    offer: '',
    delivery: 'delivered',
    deliveredOn: earlier(earlier(addDays(date, 28), quarter.end), today),
    howItLanded: '',
    winTitle: '',
    myAsk: '',
    theirAnswer: ''
  }
}

export function newBackfill(today: string, personId: string | null): BackfillDraft {
  const quarters = lastQuarters(today)
  return {
    step: 0,
    setup: { personId, newName: '', newTitle: '', goalTitle: '', goalSince: quarters[0]!.start },
    quarters: quarters.map((q) => ({ ...q, draft: emptyConversation(q, today), saved: false })),
    saved: null
  }
}

export const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

const ISO = /^\d{4}-\d{2}-\d{2}$/

/** Problems by field; dates are checked against each other only, never against today. */
export function conversationProblems(d: ConversationDraft): Partial<Record<keyof ConversationDraft, string>> {
  const problems: Partial<Record<keyof ConversationDraft, string>> = {}
  if (!ISO.test(d.date)) problems.date = 'Use a date like 2026-03-14.'
  if (d.delivery !== 'open' && d.offer.trim()) {
    if (!ISO.test(d.deliveredOn)) problems.deliveredOn = 'Use a date like 2026-03-14.'
    else if (ISO.test(d.date) && d.deliveredOn < d.date)
      problems.deliveredOn = `It cannot be ${d.delivery} before the conversation (${formatDay(d.date)}).`
  }
  if (d.winTitle.trim() && (!d.offer.trim() || d.delivery !== 'delivered'))
    problems.winTitle = 'A win comes from a delivered offer: fill in what you offered and mark it delivered.'
  if (d.offer.length > 200) problems.offer = 'What you offered must be at most 200 characters (say more in "How did it land?").'
  return problems
}

export interface Call {
  route: string
  input: Record<string, unknown>
}

/**
 * The parts that record one conversation: the check-in with its offer, the offer's later steps
 * in order, and the win. BackfillFlow sends them as one loop.backfillQuarter call.
 */
export function conversationCalls(d: ConversationDraft, personId: string, goalId: string | null) {
  const goals = lines(d.theirGoals)
  const offer = d.offer.trim()
  const checkIn = {
    checkIn: {
      personId,
      date: d.date,
      theirGoals: goals,
      theirBlockers: lines(d.theirBlockers),
      offer,
      myAsk: d.myAsk,
      theirAnswer: d.theirAnswer,
      goalIds: goalId && d.myAsk.trim() ? [goalId] : []
    },
    ...(offer ? { commitment: { title: offer, ...(goals[0] ? { serves: { kind: 'personGoal', ref: goals[0] } } : {}) } } : {})
  }
  const steps: { to: string; on: string; outcome?: string }[] = []
  if (offer) {
    steps.push({ to: 'accepted', on: d.date })
    if (d.delivery === 'delivered') steps.push({ to: 'delivered', on: d.deliveredOn, outcome: d.howItLanded })
    if (d.delivery === 'dropped') steps.push({ to: 'dropped', on: d.deliveredOn, outcome: d.howItLanded })
  }
  const win =
    offer && d.delivery === 'delivered' && d.winTitle.trim()
      ? { title: d.winTitle.trim(), date: d.deliveredOn, whatIDid: offer, impact: d.howItLanded }
      : null
  return { checkIn, steps, win }
}
