import type { Offer } from '../../../../shared/domain/loop'
import { OPEN_STATUSES } from '../../../../shared/domain/commitment'
import { phraseForms } from '../../base/english'
import { ESTIMATE_LABEL } from '../drafting/suggestionLabels'
import { ask, clean, coach, lowerFirst, quote, say, sub, type AgendaLine } from './agendaModel'
import { md } from '../../base/markdown/safeMarkdown'
import type { CommitmentFact, ItemFact, LoopFacts } from './loopFacts'
import { FLAG_LABELS } from './offerChecks'
import { proseDay } from './proseDay'

/** Last time they pointed at something to fix: "asked to…", "should…", "concern…". */
export const FIX_HINT =
  /\b(asked (me )?to|fix|improv\w*|concern\w*|should|needs? to|worr\w*|missed|late|slow\w*|tighter|sharper|clearer|more|less|instead)\b/i

export const openStatus = (c: CommitmentFact) => OPEN_STATUSES.includes(c.status)

/** "trying to cut churn…" for a verb, "focused on promotion to Group PM" for anything else. */
export function tryingTo(text: string): string {
  const f = phraseForms(text)
  return f.shape === 'verb' ? `trying to ${f.infinitive}` : `focused on ${f.gerund}`
}

/** Why the work may not be landing — coaching for the user, never said in the meeting. */
function stepOneWarning(f: LoopFacts): string | null {
  const dropped = f.commitments.find((c) => c.status === 'dropped')
  if (dropped)
    return `You dropped ${quote(dropped.title)} on ${proseDay(dropped.statusDate, f.meetingDate)}: own it in one sentence before asking for more.`
  const late = f.commitments.find((c) => openStatus(c) && c.dueDate && c.dueDate < f.meetingDate)
  if (late)
    return `${quote(late.title)} was due on ${proseDay(late.dueDate!, f.meetingDate)} and is not delivered: own the slip before asking for more.`
  return null
}

/**
 * Whether the opening already thanks them for something said last time (the promotion, a
 * decision, feedback to act on): then later lines refer back to it rather than saying "last time" again.
 */
export function thankedInOpening(f: LoopFacts): boolean {
  const n = f.notable
  if (!n || !f.lastCheckIn) return false
  return n.kind !== 'feedback' || FIX_HINT.test(n.text)
}

/** "Last time (date) you said:" once; after the opening's thanks, "You said:" or "You also said:". */
function saidWhen(f: LoopFacts, said: string): string {
  if (!thankedInOpening(f)) return `Last time (${proseDay(f.lastCheckIn!.date, f.meetingDate)}) you said:`
  return f.notable!.text === said ? 'You said:' : 'You also said:'
}

/**
 * Step one — do your current job well — is in every manager agenda: is my work landing, what
 * should I do differently. It follows on from what they said last time.
 */
export function stepOneLines(f: LoopFacts): AgendaLine[] {
  const lines: AgendaLine[] = []
  const warning = stepOneWarning(f)
  if (warning) lines.push(coach(warning))
  const said = f.lastCheckIn?.howAmIDoing.trim()
  if (f.notable?.kind === 'promotion' && said === f.notable.text) {
    // The news was the promotion: the opening thanks them; step one asks about the new level.
    lines.push(
      ask('In the new role, is my work landing the way you need? What should I do differently at this level?', 'howAmIDoing', true)
    )
  } else if (f.firstLoop) {
    lines.push(ask('How is my work landing from where you sit? Is there anything I should do differently?', 'howAmIDoing', true))
  } else if (said && FIX_HINT.test(said)) {
    lines.push(say(`${saidWhen(f, said)} ${quote(said)}.`, true))
    lines.push(ask('Have I fixed that, from where you sit? What should I do differently next?', 'howAmIDoing', true))
  } else if (said) {
    lines.push(say(`${saidWhen(f, said)} ${quote(said)}.`, true))
    lines.push(ask('Is my work still landing that way? What should I do differently?', 'howAmIDoing', true))
  } else lines.push(ask('Is my work landing the way you need? What should I do differently?', 'howAmIDoing', true))
  return lines
}

/** The short report on the last commitment to this person: delivered with its impact, or its status. */
export function reportLines(c: CommitmentFact, meetingDate: string): AgendaLine[] {
  const lines: AgendaLine[] = []
  switch (c.status) {
    case 'delivered': {
      lines.push(
        say(md`**Delivered** on ${proseDay(c.statusDate, meetingDate)}.${c.outcome ? ` Outcome: ${clean(c.outcome)}.` : ''}`, true)
      )
      if (c.win?.impact && clean(c.win.impact) !== clean(c.outcome)) lines.push(say(`Impact: ${clean(c.win.impact)}.`))
      if (!c.outcome && !c.win?.impact)
        lines.push(coach('Before the meeting, write down what it changed: what changed, for whom, by how much?'))
      lines.push(ask('Did it land the way you needed? Anything you would want done differently next time?'))
      break
    }
    case 'dropped':
      lines.push(say(md`**Dropped** on ${proseDay(c.statusDate, meetingDate)}.${c.outcome ? ` Why: ${clean(c.outcome)}.` : ''}`, true))
      lines.push(say('What happened, what I learned, and what I will do differently.', true))
      lines.push(coach('Say it plainly, in a sentence or two: owning a miss keeps the loop alive.'))
      break
    case 'proposed':
      lines.push(say(md`**Proposed** on ${proseDay(c.startedOn, meetingDate)}, never agreed.`, true))
      lines.push(ask('Should I take it on properly, or let it go?', 'notes', true))
      break
    default: {
      // Past its date, "any risk to the date" would read as if the slip had not happened: own it instead.
      if (c.dueDate && c.dueDate < meetingDate) {
        lines.push(
          say(
            md`**In progress** since ${proseDay(c.startedOn, meetingDate)}; it was due on ${proseDay(c.dueDate, meetingDate)}. Where it is, what is left, why it slipped, and a new date.`,
            true
          )
        )
        lines.push(coach('Own the slip in one sentence, then give the new date.'))
      } else {
        const due = c.dueDate ? `, due ${proseDay(c.dueDate, meetingDate)}` : ''
        lines.push(
          say(
            md`**In progress** since ${proseDay(c.startedOn, meetingDate)}${due}. Where it is, what is left, and any risk to the date.`,
            true
          )
        )
      }
      lines.push(ask('Is this still the most useful thing I can do for you, or should I adjust it?'))
    }
  }
  return lines
}

function goalQuestion(g: ItemFact, core: boolean, meetingDate: string): AgendaLine {
  const heard = `On ${proseDay(g.date, meetingDate)} you were ${tryingTo(g.text)}.`
  if (g.deliveredBy)
    return ask(
      `${heard} Now that ${quote(g.deliveredBy.title)} is delivered, is that still the priority — or what comes next?`,
      'notes',
      core
    )
  if (g.workingOn)
    return ask(`${heard} I am on ${quote(g.workingOn.title)} for it. Is that still the priority this quarter?`, 'notes', core)
  return ask(`${heard} Is that still the priority this quarter?`, 'notes', core)
}

function blockerQuestion(b: ItemFact, core: boolean): AgendaLine {
  if (b.deliveredBy)
    return ask(`${quote(b.text)} was in your way — ${quote(b.deliveredBy.title)} should have cleared it. Has it?`, 'notes', core)
  if (b.workingOn)
    return ask(`${quote(b.text)} — I am on it with ${quote(b.workingOn.title)}. Is it still what blocks you most?`, 'notes', core)
  return ask(`Is ${lowerFirst(quote(b.text))} still in your way?`, 'notes', core)
}

/**
 * Step two, item by item: each goal and blocker is asked about as it stands — answered only by
 * work that served that very item; anything still open stays open and is asked about.
 */
export function stepTwoLines(f: LoopFacts): AgendaLine[] {
  const goals = f.items.filter((i) => i.kind === 'goal').slice(0, 3)
  const blockers = f.items.filter((i) => i.kind === 'blocker').slice(0, 3)
  const lines: AgendaLine[] = goals.map((g, n) => goalQuestion(g, n === 0, f.meetingDate))
  if (goals.length === 0) lines.push(ask('What are you trying to do this quarter?', 'notes', true))
  // The open blocker is the one worth the five-minute slot.
  const first = blockers.find((b) => !b.deliveredBy && !b.workingOn) ?? blockers[0]
  for (const b of blockers) lines.push(blockerQuestion(b, b === first))
  if (!blockers.some((b) => !b.deliveredBy)) lines.push(ask('What is blocking you most right now?', 'notes', blockers.length === 0))
  lines.push(ask('Is there something you are trying to do that I might not know about?'))
  return lines
}

/** What an offer serves, for the user (offers list, side panel). */
export function servesText(f: LoopFacts, offer: Offer): string {
  if (!offer.serves) return 'Not tied to anything they said yet — ask first.'
  const item = f.items.find((i) => i.id === offer.serves!.id)
  const kind = offer.serves.kind === 'blocker' ? 'blocker' : 'goal'
  return `their ${kind} ${quote(offer.serves.text)}${item ? ` (as heard on ${proseDay(item.date, f.meetingDate)})` : ''}`
}

/**
 * The offer as said in the meeting — what, what it serves, its size — and, beside the agenda,
 * the user's coaching: why it stretches them, their strength, how delivery shows, any flag.
 */
export function offerLines(f: LoopFacts, offer: Offer, lead: string): AgendaLine[] {
  const lines = [say(md`${lead}: **${clean(offer.title)}**`, true)]
  if (offer.serves)
    lines.push(
      sub(
        offer.serves.kind === 'blocker'
          ? `It would clear ${quote(offer.serves.text)} for you.`
          : `It serves your goal ${quote(offer.serves.text)}.`
      )
    )
  if (offer.origin !== 'yours') lines.push(sub(`Effort (${ESTIMATE_LABEL}): ${offer.effort}`))
  // Unanchored, the flag below already says so; "Serves Not tied …" read as a slip.
  if (offer.serves) lines.push(coach(`Serves ${servesText(f, offer)}.`))
  else if (!offer.flags.some((x) => x.kind === 'unanchored')) lines.push(coach(servesText(f, offer)))
  lines.push(coach(`Why it stretches you: ${offer.whyStretch}`))
  if (offer.strength) lines.push(coach(`Plays to your strength: ${lowerFirst(clean(offer.strength))}.`))
  lines.push(coach(`How delivery could be shown: ${offer.showDelivery}`))
  for (const flag of offer.flags) lines.push(coach(`⚠ ${FLAG_LABELS[flag.kind]}: ${flag.message}`))
  return lines
}

/** The goal step four asks about: the one discussed last time, else a promotion or role change, else the first. */
export function askGoal(f: LoopFacts) {
  const discussed = f.myGoals.find((g) => f.lastAsk?.goalIds.includes(g.id))
  return discussed ?? f.myGoals.find((g) => g.kind === 'promotion' || g.kind === 'role-change') ?? f.myGoals[0] ?? null
}

const KIND_ASK: Record<string, (goal: string) => string> = {
  promotion: (g) => `I am working towards ${phraseForms(g).gerund}. What would you need to see from me to back it?`,
  'role-change': (g) => {
    const p = phraseForms(g)
    return `I would like to ${p.shape === 'verb' ? p.infinitive : `move towards ${p.gerund}`}. Could you help me find the path there?`
  },
  raise: (g) => `I would like to talk about ${phraseForms(g).gerund}. What would make the case, in your eyes?`,
  'new-skill': (g) => `I am working on ${phraseForms(g).gerund}. Could the one thing double as practice, and would you coach me on it?`,
  'project-or-team-change': (g) =>
    `I would like to make this happen: ${clean(g)}. Who should I talk to, and how do we make it a win for you too?`,
  'work-life-balance': (g) => `I am working on ${phraseForms(g).gerund}. Can we shape the one thing so I deliver it well and keep that?`,
  other: (g) => `Could you help me with ${phraseForms(g).gerund}?`
}

export function stepFourLines(f: LoopFacts, offer: Offer | null): AgendaLine[] {
  const goal = askGoal(f)
  if (!goal)
    return [
      coach(
        'You have not written down your own goals yet. Step four only works if you know them — add one in People → Your profile before the meeting.'
      ),
      ask('Could we talk about where I am heading next? I would value your view.', 'myAsk', true)
    ]
  const forms = phraseForms(goal.title)
  const career = goal.kind === 'promotion' || goal.kind === 'role-change'
  // The why is its own sentence: after a dash its capital letter reads as a slip.
  const lines = [say(md`My goal: **${clean(goal.title)}**.${goal.why ? ` ${clean(goal.why)}.` : ''}`, true)]
  const last = f.lastAsk
  // Only work delivered since that conversation is news worth tying to the ask.
  const delivered = last ? f.commitments.find((c) => c.status === 'delivered' && c.statusDate >= last.date) : undefined
  if (last?.theirAnswer && last.goalIds.includes(goal.id)) {
    // Kept in the five-minute version: "does that count towards what you said" needs what was said.
    // Dated rather than "last time", which step one or the opening has already said.
    const asked = /\?\s*$/.test(last.myAsk.trim()) ? 'When I asked' : 'When I asked for'
    lines.push(say(`${asked} ${quote(last.myAsk)} on ${proseDay(last.date, f.meetingDate)}, you said: ${quote(last.theirAnswer)}.`, true))
    const next = career
      ? `what would the next proof point be for ${forms.gerund}?`
      : `what would you want to see next from me on ${forms.gerund}?`
    lines.push(
      ask(
        delivered
          ? `Since then I delivered ${quote(delivered.title)}. Does that count towards what you said — and ${next}`
          : `How am I doing against what you said — and ${next}`,
        'myAsk',
        true
      )
    )
  } else lines.push(ask(KIND_ASK[goal.kind]!(goal.title), 'myAsk', true))
  const mine = career ? `shows I am ready ${forms.purpose}` : `helps me with ${forms.gerund}`
  if (offer?.serves) {
    const theirs =
      offer.serves.kind === 'blocker'
        ? `clears ${lowerFirst(quote(offer.serves.text))} for you`
        : `moves ${quote(offer.serves.text)} forward for you`
    lines.push(say(`Why it is good for both of us: the offer above ${theirs}, and it is the kind of work that ${mine}.`))
  } else lines.push(say(`Why it is good for both of us: the more of your load I carry, the more you can hand off — and it ${mine}.`))
  return lines
}
