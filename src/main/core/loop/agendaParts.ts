import type { Offer } from '../../../shared/domain/loop'
import { ESTIMATE_LABEL } from '../drafting/suggestionLabels'
import { ask, clean, lowerFirst, quote, say, sub, type AgendaLine } from './agendaModel'
import { md } from '../markdown/safeMarkdown'
import type { CommitmentFact, LoopFacts } from './loopFacts'
import { FLAG_LABELS } from './offerChecks'

/** Last time they pointed at something to fix: "asked to…", "should…", "concern…". */
const FIX_HINT =
  /\b(asked (me )?to|fix|improv\w*|concern\w*|should|needs? to|worr\w*|missed|late|slow\w*|tighter|sharper|clearer|more|less|instead)\b/i

export interface StepOneReason {
  because: string
}

/**
 * Step one — do your current job well — gets its own check when the history suggests the work
 * may not be landing: a dropped commitment, an open one past its due day, or something they
 * asked you to fix last time. The first loop always asks, to set a baseline.
 */
export function stepOneReason(f: LoopFacts): StepOneReason | null {
  if (f.firstLoop) return { because: 'the first loop sets a baseline' }
  const dropped = f.commitments.find((c) => c.status === 'dropped')
  if (dropped) return { because: `you dropped ${quote(dropped.title)} on ${dropped.statusDate}` }
  const late = f.commitments.find((c) => openStatus(c) && c.dueDate && c.dueDate < f.meetingDate)
  if (late) return { because: `${quote(late.title)} was due on ${late.dueDate} and is not delivered` }
  if (f.lastCheckIn?.howAmIDoing && FIX_HINT.test(f.lastCheckIn.howAmIDoing)) return { because: 'they asked for a change last time' }
  return null
}

export const openStatus = (c: CommitmentFact) => c.status === 'proposed' || c.status === 'accepted' || c.status === 'in-progress'

export function stepOneLines(f: LoopFacts, why: StepOneReason): AgendaLine[] {
  const lines: AgendaLine[] = []
  const last = f.lastCheckIn
  if (last?.howAmIDoing) lines.push(say(`Last time (${last.date}) you said: ${quote(last.howAmIDoing)}.`))
  if (f.firstLoop) {
    lines.push(ask('How is my work landing from where you sit? Is there anything I should do differently?', 'howAmIDoing', true))
  } else if (why.because.startsWith('they asked')) {
    lines.push(ask('Is that fixed, from where you sit? Is there anything else I should change?', 'howAmIDoing', true))
  } else {
    lines.push(say(`Why now: ${why.because}. Own it in one sentence before asking for more.`, true))
    lines.push(ask('Is my current work landing the way you need? What should I fix first?', 'howAmIDoing', true))
  }
  return lines
}

/** The short report on the last commitment to this person: delivered with its impact, or its status. */
export function reportLines(c: CommitmentFact, meetingDate: string): AgendaLine[] {
  const lines: AgendaLine[] = []
  switch (c.status) {
    case 'delivered': {
      lines.push(say(md`**Delivered** on ${c.statusDate}.${c.outcome ? ` Outcome: ${clean(c.outcome)}.` : ''}`, true))
      if (c.win?.impact && clean(c.win.impact) !== clean(c.outcome)) lines.push(say(`Impact: ${clean(c.win.impact)}.`))
      if (!c.outcome && !c.win?.impact)
        lines.push(say('Before the meeting, write down what it changed: what changed, for whom, by how much?', true))
      lines.push(ask('Did it land the way you needed? Anything you would want done differently next time?'))
      break
    }
    case 'dropped':
      lines.push(say(md`**Dropped** on ${c.statusDate}.${c.outcome ? ` Why: ${clean(c.outcome)}.` : ''}`, true))
      lines.push(say('Say it plainly: what happened, what you learned, what you will do differently.', true))
      break
    case 'proposed':
      lines.push(say(md`**Proposed** on ${c.startedOn} but never agreed. Decide today: take it on properly, or let it go.`, true))
      break
    default: {
      const due = c.dueDate ? `, due ${c.dueDate}` : ''
      lines.push(say(md`**In progress** since ${c.startedOn}${due}. Where it is, what is left, any risk to the date.`, true))
      if (c.dueDate && c.dueDate < meetingDate) lines.push(say(`It was due on ${c.dueDate}: own the slip and give a new date.`, true))
      lines.push(ask('Is this still the most useful thing I can do for you, or should I adjust it?'))
    }
  }
  return lines
}

/** A goal or blocker is answered when a delivered commitment served it or one heard alongside it. */
export function answeredBy(f: LoopFacts, item: { id: string; date: string }): CommitmentFact | undefined {
  const sameConversation = new Set([...f.goals, ...f.blockers].filter((i) => i.date === item.date).map((i) => i.id))
  sameConversation.add(item.id)
  return f.commitments.find((c) => c.status === 'delivered' && c.serves && sameConversation.has(c.serves.id))
}

export function stepTwoLines(f: LoopFacts): AgendaLine[] {
  const lines: AgendaLine[] = []
  for (const g of f.goals.slice(0, 2)) {
    const done = answeredBy(f, g)
    const what = lowerFirst(clean(g.text))
    lines.push(
      done
        ? ask(
            `On ${g.date} you were trying to ${what}. Now that ${quote(done.title)} is delivered, is that still the priority — or what comes next?`,
            'notes',
            lines.length === 0
          )
        : ask(`On ${g.date} you were trying to ${what}. Is that still the priority this quarter?`, 'notes', lines.length === 0)
    )
  }
  if (f.goals.length === 0) lines.push(ask('What are you trying to do this quarter?', 'notes', true))
  const blocker = f.blockers[0]
  if (blocker) {
    const done = answeredBy(f, blocker)
    lines.push(
      done
        ? ask(
            `${quote(blocker.text)} was what blocked you — that should be off your plate now. What is blocking you most now?`,
            'notes',
            true
          )
        : ask(`Is ${lowerFirst(quote(blocker.text))} still what blocks you most?`, 'notes', true)
    )
  } else lines.push(ask('What is blocking you most right now?', 'notes', true))
  lines.push(ask('Is there something you are trying to do that I might not know about?'))
  return lines
}

export function servesText(f: LoopFacts, offer: Offer): string {
  if (!offer.serves) return 'Not tied to anything they said yet — ask first.'
  const item = [...f.goals, ...f.blockers].find((i) => i.id === offer.serves!.id)
  const kind = offer.serves.kind === 'blocker' ? 'blocker' : 'goal'
  return `their ${kind} ${quote(offer.serves.text)}${item ? ` (as heard on ${item.date})` : ''}`
}

export function offerLines(f: LoopFacts, offer: Offer, lead: string): AgendaLine[] {
  const lines = [say(md`${lead}: **${clean(offer.title)}**`, true), sub(`Serves ${servesText(f, offer)}.`)]
  lines.push(sub(`Why it stretches me: ${offer.whyStretch}`))
  if (offer.strength) lines.push(sub(`Plays to my strength: ${lowerFirst(clean(offer.strength))}.`))
  lines.push(sub(`Effort (${ESTIMATE_LABEL}): ${offer.effort}`))
  lines.push(sub(`How you would see it delivered: ${offer.showDelivery}`))
  for (const flag of offer.flags) lines.push(sub(`⚠ ${FLAG_LABELS[flag.kind]}: ${flag.message}`))
  return lines
}

/** The goal step four asks about: the one discussed last time, else a promotion or role change, else the first. */
export function askGoal(f: LoopFacts) {
  const discussed = f.myGoals.find((g) => f.lastAsk?.goalIds.includes(g.id))
  return discussed ?? f.myGoals.find((g) => g.kind === 'promotion' || g.kind === 'role-change') ?? f.myGoals[0] ?? null
}

/** How a goal reads inside a sentence: career moves as noun phrases, anything else quoted. */
const goalRef = (goal: { title: string; kind: string }) =>
  goal.kind === 'promotion' || goal.kind === 'role-change' || goal.kind === 'raise' ? lowerFirst(clean(goal.title)) : quote(goal.title)

const KIND_ASK: Record<string, (goal: string) => string> = {
  promotion: (g) => `I am working towards ${g}. What would you need to see from me to back it?`,
  'role-change': (g) => `I would like to move towards ${g}. Could you help me find the path there?`,
  raise: (g) => `I would like to talk about ${g}. What would make the case, in your eyes?`,
  'new-skill': (g) => `I am working on ${g}. Could the one thing double as practice, and would you coach me on it?`,
  'project-or-team-change': (g) => `I would like to make this happen: ${g}. Who should I talk to, and how do we make it a win for you too?`,
  'work-life-balance': (g) => `I am working on ${g}. Can we shape the one thing so I deliver it well and keep that?`,
  other: (g) => `Could you help me with ${g}?`
}

export function stepFourLines(f: LoopFacts, offer: Offer | null): AgendaLine[] {
  const goal = askGoal(f)
  if (!goal)
    return [
      say(
        'You have not written down your own goals yet. Step four only works if you know them — add one in People → Your profile before the meeting.',
        true
      )
    ]
  const ref = goalRef(goal)
  const career = goal.kind === 'promotion' || goal.kind === 'role-change'
  const lines = [say(md`My goal: **${clean(goal.title)}**${goal.why ? ` — ${clean(goal.why)}.` : ''}`, true)]
  const last = f.lastAsk
  // Only work delivered since that conversation is news worth tying to the ask.
  const delivered = last ? f.commitments.find((c) => c.status === 'delivered' && c.statusDate >= last.date) : undefined
  if (last?.theirAnswer && last.goalIds.includes(goal.id)) {
    const when = last.date === f.lastCheckIn?.date ? 'Last time' : `On ${last.date}`
    lines.push(say(`${when} I asked: ${quote(last.myAsk)} — you said: ${quote(last.theirAnswer)}.`))
    const next = career ? `what would the next proof point be for ${ref}?` : `what would you want to see next from me on ${ref}?`
    lines.push(
      ask(
        delivered
          ? `Since then I delivered ${quote(delivered.title)}. Does that count towards what you said — and ${next}`
          : `How am I doing against what you said — and ${next}`,
        'myAsk',
        true
      )
    )
  } else lines.push(ask(KIND_ASK[goal.kind]!(ref), 'myAsk', true))
  const mine = career ? `shows I am ready for ${ref}` : `helps me with ${ref}`
  if (offer?.serves) {
    const theirs =
      offer.serves.kind === 'blocker'
        ? `clears ${lowerFirst(quote(offer.serves.text))} for you`
        : `moves ${quote(offer.serves.text)} forward for you`
    lines.push(say(`Why it is good for both: the offer above ${theirs}, and it is exactly the kind of work that ${mine}.`))
  } else lines.push(say(`Why it is good for both: the more of your load I carry, the more you can hand off — and it ${mine}.`))
  return lines
}
