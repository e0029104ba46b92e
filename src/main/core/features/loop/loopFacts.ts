import type { CommitmentStatus } from '../../../../shared/domain/commitment'
import type { GoalInput } from '../../../../shared/domain/goal'
import type { AgendaVariant } from '../../../../shared/domain/loop'
import type { PersonRole } from '../../../../shared/domain/person'
import type { StoreData } from '../../../../shared/domain/storeData'
import { AppError, notFound } from '../../base/errors'
import { effectiveCadence } from '../people/cadence'
import { commitmentSlice, newestInOrder } from './commitmentSlice'
import type { Win } from '../../../../shared/domain/win'
import { linkIndex } from '../commitments/commitmentsService'
import { promptSafeView } from '../drafting/context/promptSafeView'

/** Caps on what a plan (and so a prompt) can carry: the newest current items, like the context slice. */
const MAX_HEARD = 8
const MAX_NOTES = 5
const MAX_MY_GOALS = 10

export interface HeardItem {
  id: string
  text: string
  /** "As heard on". */
  date: string
}

/**
 * One of their goals or blockers and where it stands: answered only by a commitment that
 * serves this very item (the user closes an item by marking it no longer current).
 */
export interface ItemFact extends HeardItem {
  kind: 'goal' | 'blocker'
  /** A commitment that served this item and was delivered before the meeting. */
  deliveredBy: { id: string; title: string; on: string } | null
  /** A commitment serving it that is accepted or in progress. */
  workingOn: { id: string; title: string } | null
}

/** What the last conversation brought that deserves a word in the opening. */
export interface NotableAnswer {
  kind: 'promotion' | 'decision' | 'feedback'
  /** Their words, as logged. */
  text: string
  /** For a decision: what the user had asked. */
  asked: string | null
}

export interface CommitmentFact {
  id: string
  title: string
  detail: string
  /** Status as it stood on the meeting day. */
  status: CommitmentStatus
  statusDate: string
  startedOn: string
  dueDate: string | null
  /** Only once delivered or dropped by the meeting day. */
  outcome: string
  serves: { kind: 'goal' | 'personGoal' | 'blocker'; id: string; text: string } | null
  win: { id: string; title: string; impact: string } | null
}

export interface LoopFacts {
  meetingDate: string
  person: { id: string; name: string; firstName: string; role: PersonRole; title: string; notes: string[] }
  variant: AgendaVariant
  /** The manager's first name, for a skip-level agenda ("never going around them"). */
  managerName: string | null
  checkInDates: string[]
  lastCheckIn: {
    id: string
    date: string
    howAmIDoing: string
    offer: string
    myAsk: string
    theirAnswer: string
    goalIds: string[]
  } | null
  /** The latest conversation where the user asked for help with their own goals (step four). */
  lastAsk: { date: string; myAsk: string; theirAnswer: string; goalIds: string[] } | null
  firstLoop: boolean
  /** Their goals and blockers still current before the meeting day, newest first. */
  goals: HeardItem[]
  blockers: HeardItem[]
  /** The same goals and blockers with where each stands. */
  items: ItemFact[]
  /** The last conversation's news worth acknowledging in the opening. */
  notable: NotableAnswer | null
  /**
   * Commitments to this person that existed by the meeting day, newest first — only the slice
   * the plan reads (features/loop/commitmentSlice.ts), never the whole history.
   */
  commitments: CommitmentFact[]
  myGoals: { id: string; title: string; kind: NonNullable<GoalInput['kind']>; why: string }[]
  profile: StoreData['profile']
  recentWins: { id: string; title: string; impact: string; date: string; fromLoop: boolean }[]
  cadenceDays: number | null
  /** Ids of every stored entity these facts came from: the sources the agenda draws on. */
  sourceIds: string[]
  /** Titles of every commitment past proposed (deduplicated): offers never repeat delivered work. Not sent to a model. */
  pastOfferTitles: string[]
}

// ISO days compare as plain strings; localeCompare made sorting thousands of them the cost of a plan.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The three newest wins on or before the day, in one pass (sorting every win per plan cost most of it). */
function newestThree(wins: readonly Win[], day: string): Win[] {
  const top: Win[] = []
  for (const w of wins) {
    if (w.date > day) continue
    // Ties keep store order, as the stable sort this replaces did.
    const at = top.findIndex((t) => w.date > t.date)
    if (at !== -1) top.splice(at, 0, w)
    else top.push(w)
    if (top.length > 3) top.pop()
  }
  return top
}

const firstName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '').split(/\s+/)[0] ?? name

/**
 * Everything the agenda and offers rules read about one person, as it stood on the meeting
 * day. It reads only the prompt-safe view (drafting/context/promptSafeView.ts), so nothing
 * private can reach the built-in text or an LLM prompt.
 */
export function loopFacts(stored: StoreData, personId: string, meetingDate: string, variant?: AgendaVariant): LoopFacts {
  const data = promptSafeView(stored)
  const person = data.people.find((p) => p.id === personId)
  if (!person) throw notFound('person', personId)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) throw new AppError('VALIDATION', 'Use a meeting date like 2026-03-14.')
  const sourceIds = new Set<string>([person.id])
  // "Last time" is the last conversation before the meeting: replaying a past date must not
  // count that day's own conversation, nor what was heard, agreed or delivered in it.
  const asOf = (d: string) => d < meetingDate
  // An item that stopped being current on the meeting day was still current going into it.
  const currentOn = (i: { date: string; current: boolean; until?: string }) =>
    asOf(i.date) && (i.until ? i.until >= meetingDate : i.current)
  const visible = person.items
  const heard = (kind: 'goal' | 'blocker') =>
    visible
      .filter((i) => i.kind === kind && currentOn(i))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((i) => ({ id: i.id, text: i.text, date: i.date }))
  const goals = heard('goal').slice(0, MAX_HEARD)
  const blockers = heard('blocker').slice(0, MAX_HEARD)
  for (const i of [...goals, ...blockers]) sourceIds.add(i.id)

  const checkIns = data.checkIns.filter((c) => c.personId === personId && asOf(c.date)).sort((a, b) => cmp(a.date, b.date))
  const last = checkIns.at(-1)
  if (last) sourceIds.add(last.id)
  const lastAsk = checkIns.filter((c) => c.myAsk.trim()).at(-1)
  if (lastAsk) sourceIds.add(lastAsk.id)

  const itemText = new Map(person.items.map((i) => [i.id, i.text]))
  const goalTitle = new Map(data.goals.map((g) => [g.id, g.title]))
  const pastOfferTitles = new Set<string>()
  const dated = data.commitments
    .filter((c) => c.personId === personId)
    .flatMap((c) => {
      const past = c.history.filter((h) => asOf(h.on))
      const now = past.at(-1)
      if (!now) return []
      if (now.status !== 'proposed') pastOfferTitles.add(c.title)
      return [
        {
          c,
          id: c.id,
          status: now.status,
          statusDate: now.on,
          startedOn: past[0]!.on,
          dueDate: c.dueDate ?? null,
          serves: c.serves ?? null
        }
      ]
    })
    .sort((a, b) => cmp(b.startedOn, a.startedOn) || cmp(b.statusDate, a.statusDate))
  const sliced = commitmentSlice(dated, {
    meetingDate,
    targetIds: [...goals, ...blockers].map((i) => i.id),
    lastAskDate: lastAsk?.date ?? null
  })
  // Built once per plan, only when a closed commitment needs its win (one pass over the wins).
  let links: Map<string, Win[]> | undefined
  const commitments: CommitmentFact[] = sliced.map(({ c, status, statusDate, startedOn, dueDate }) => {
    const closed = status === 'delivered' || status === 'dropped'
    const win = closed ? ((links ??= linkIndex(data.wins)).get(c.id) ?? []).find((w) => asOf(w.date)) : undefined
    const servesText = c.serves ? (itemText.get(c.serves.id) ?? goalTitle.get(c.serves.id)) : undefined
    return {
      id: c.id,
      title: c.title,
      detail: c.detail,
      status,
      statusDate,
      startedOn,
      dueDate,
      outcome: closed ? c.outcome : '',
      serves: c.serves && servesText ? { ...c.serves, text: servesText } : null,
      win: win ? { id: win.id, title: win.title, impact: win.impact } : null
    }
  })
  for (const c of commitments) {
    sourceIds.add(c.id)
    if (c.win) sourceIds.add(c.win.id)
  }

  // The user's own dates: a goal held since before the meeting and not yet achieved on it was active then.
  // Dropped/paused goals carry no date of their own, so their last edit stands in.
  const myGoals = data.goals
    .filter(
      (g) =>
        g.since <= meetingDate &&
        (g.status === 'active' ||
          (g.status === 'achieved' ? (g.achievedOn ?? g.updatedAt.slice(0, 10)) >= meetingDate : g.updatedAt.slice(0, 10) >= meetingDate))
    )
    .slice(0, MAX_MY_GOALS)
    .map((g) => ({ id: g.id, title: g.title, kind: g.kind, why: g.why }))
  for (const g of myGoals) sourceIds.add(g.id)

  const recentWins = newestThree(data.wins, meetingDate).map((w) => ({
    id: w.id,
    title: w.title,
    impact: w.impact,
    date: w.date,
    fromLoop: Boolean(w.commitmentId)
  }))

  const manager = data.people.find((p) => p.role === 'manager' && !p.archived && p.id !== personId)
  const chosen: AgendaVariant = variant ?? (person.role === 'skip-level' ? 'skip-level' : 'manager')
  if (chosen === 'skip-level') for (const w of recentWins) sourceIds.add(w.id)
  if (myGoals.length || data.profile.strengths.length) sourceIds.add('profile')
  const items = itemFacts(goals, blockers, commitments)

  return {
    meetingDate,
    person: {
      id: person.id,
      name: person.name,
      firstName: firstName(person.name),
      role: person.role,
      title: person.title,
      notes: newestInOrder(
        visible.filter((i) => i.kind === 'note' && asOf(i.date)),
        MAX_NOTES
      ).map((i) => i.text)
    },
    variant: chosen,
    managerName: manager ? firstName(manager.name) : null,
    checkInDates: checkIns.map((c) => c.date),
    lastCheckIn: last
      ? {
          id: last.id,
          date: last.date,
          howAmIDoing: last.howAmIDoing,
          offer: last.offer,
          myAsk: last.myAsk,
          theirAnswer: last.theirAnswer,
          goalIds: last.goalIds
        }
      : null,
    lastAsk: lastAsk ? { date: lastAsk.date, myAsk: lastAsk.myAsk, theirAnswer: lastAsk.theirAnswer, goalIds: lastAsk.goalIds } : null,
    firstLoop: checkIns.length === 0,
    goals,
    blockers,
    items,
    notable: last ? notableAnswer(last) : null,
    commitments,
    myGoals,
    profile: data.profile,
    recentWins,
    cadenceDays: effectiveCadence(person.role, person.cadenceDays),
    sourceIds: [...sourceIds],
    pastOfferTitles: [...pastOfferTitles]
  }
}

function itemFacts(goals: HeardItem[], blockers: HeardItem[], commitments: CommitmentFact[]): ItemFact[] {
  const serving = (id: string) => commitments.filter((c) => c.serves?.id === id)
  const state = (i: HeardItem, kind: ItemFact['kind']): ItemFact => {
    const mine = serving(i.id)
    const delivered = mine.find((c) => c.status === 'delivered')
    const working = mine.find((c) => c.status === 'accepted' || c.status === 'in-progress')
    return {
      ...i,
      kind,
      deliveredBy: delivered ? { id: delivered.id, title: delivered.title, on: delivered.statusDate } : null,
      workingOn: working ? { id: working.id, title: working.title } : null
    }
  }
  return [...goals.map((g) => state(g, 'goal')), ...blockers.map((b) => state(b, 'blocker'))]
}

const PROMOTION = /\bpromot(ed|ion)\b/i
const DECISION = /^(yes|no|agreed|ok(ay)?|sure|go ahead|let'?s|approved|do it)\b|\b(approved|agreed|decided|signed off)\b/i

/** A promotion beats a decision on my ask, which beats plain feedback: the opening names one. */
function notableAnswer(c: { howAmIDoing: string; myAsk: string; theirAnswer: string }): NotableAnswer | null {
  const promoted = [c.howAmIDoing, c.theirAnswer].find((t) => PROMOTION.test(t) && !/\?\s*$/.test(t))
  if (promoted) return { kind: 'promotion', text: promoted.trim(), asked: null }
  if (c.theirAnswer.trim() && c.myAsk.trim() && DECISION.test(c.theirAnswer.trim()))
    return { kind: 'decision', text: c.theirAnswer.trim(), asked: c.myAsk.trim() }
  if (c.howAmIDoing.trim()) return { kind: 'feedback', text: c.howAmIDoing.trim(), asked: null }
  return null
}
