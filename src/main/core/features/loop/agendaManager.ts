import type { Offer } from '../../../../shared/domain/loop'
import { ask, clean, coach, lowerFirst, quote, say, type AgendaLine, type AgendaSection } from './agendaModel'
import {
  FIX_HINT,
  offerLines,
  thankedInOpening,
  openStatus,
  reportLines,
  stepFourLines,
  stepOneLines,
  stepTwoLines,
  tryingTo
} from './agendaParts'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'
import { overlap } from './offerChecks'

interface Choice {
  offer: Offer | null
  pinned: boolean
}

function oneThing(f: LoopFacts, choice: Choice): AgendaSection {
  const lines = [ask('What is one thing I could take on that would help you most?', 'notes', true)]
  if (choice.offer) lines.push(...offerLines(f, choice.offer, choice.pinned ? 'My offer' : 'One thing I could take on'))
  else {
    const strength = f.profile.strengths[0]
    lines.push(
      coach(
        `Come with one idea ready: something that matters to them${strength ? ` and plays to your strength in ${lowerFirst(strength)}` : ''}. A real challenge, not admin work.`
      )
    )
  }
  lines.push(ask('What would done look like for you, and by when?'))
  lines.push(coach('Then deliver it exceptionally well: taking work and delivering it poorly reverses the loop.'))
  return { key: 'oneThing', heading: 'The one thing · step three', time: 'about five minutes', lines }
}

function report(f: LoopFacts): AgendaSection[] {
  const last = f.commitments[0]
  if (!last) return []
  const others = f.commitments.slice(1).filter(openStatus)
  const lines = reportLines(last, f.meetingDate)
  for (const o of others)
    lines.push(say(`Also open: ${clean(o.title)} (${o.status}${o.dueDate ? `, due ${proseDay(o.dueDate, f.meetingDate)}` : ''}).`))
  // A loop just begun has nothing to report yet; the last delivery, on its own day, is the track record it builds on.
  const before = last.status === 'delivered' ? undefined : f.commitments.slice(1).find((c) => c.status === 'delivered')
  if (before) {
    // A win that only restates the commitment ("Overhauled the PM interview loop") adds nothing: say its impact instead.
    const win = before.win
    const restated = win && overlap(win.title, before.title) >= 0.8
    const led = !win ? '.' : restated ? `.${win.impact ? ` ${clean(win.impact)}.` : ''}` : ` — it led to “${clean(win.title)}”.`
    lines.push(say(`Delivered before: ${clean(before.title)}, on ${proseDay(before.statusDate, f.meetingDate)}${led}`))
  }
  return [{ key: 'report', heading: `Report back: ${clean(last.title)}`, time: 'about five minutes', lines }]
}

function close(f: LoopFacts, next: string | null, advanced: boolean): AgendaSection {
  return {
    key: 'close',
    heading: 'Close',
    time: 'about two minutes',
    optional: true,
    lines: [
      say(
        advanced
          ? 'Recap what I am taking on and the date. I will keep you posted in writing at each milestone — no surprises.'
          : 'Recap the one thing, its date, and how I will keep you posted.'
      ),
      ...(next ? [say(`Next loop: around ${proseDay(next, f.meetingDate)} (suggested).`)] : []),
      ...(f.firstLoop ? [ask('Could we make this a quarterly habit?')] : [])
    ]
  }
}

function opening(f: LoopFacts, choice: Choice, advanced: boolean): AgendaSection {
  const last = f.commitments[0]
  const parts = [
    last ? `an update on ${quote(last.title)}` : null,
    advanced ? 'what I see coming for you and what I propose to do about it' : 'what you are focused on and what is in the way',
    advanced ? null : 'one thing I can take on',
    'a quick word about where I am heading'
  ].filter(Boolean)
  const text = f.firstLoop
    ? `I would like to make this a regular conversation, about once a quarter: how I can help you most, and where I am heading. Is that useful for you?`
    : `Thanks for the time. I would like to cover ${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}.`
  const news = newsLine(f)
  // The opening is cut from the five-minute slot, unless there is news to acknowledge.
  return {
    key: 'opening',
    heading: 'Opening',
    time: 'about two minutes',
    lines: [...(news ? [news] : []), say(text, f.firstLoop)],
    optional: !f.firstLoop && !news
  }
}

/** The last conversation's news, acknowledged before anything else: a promotion, a yes, their feedback. */
function newsLine(f: LoopFacts): AgendaLine | null {
  const n = f.notable
  const when = f.lastCheckIn && proseDay(f.lastCheckIn.date, f.meetingDate)
  if (!n || !when || !thankedInOpening(f)) return null
  switch (n.kind) {
    case 'promotion':
      return say(`First, thank you for backing my promotion (${when}: ${quote(n.text)}). I want to make it count.`, true)
    case 'decision':
      return say(`Thank you for your answer last time (${when}): ${quote(n.text)}. I will come back to it below.`, true)
    case 'feedback':
      // Praise needs no thanks in the opening; something they asked me to change does.
      if (!FIX_HINT.test(n.text)) return null
      return say(`Thank you for your feedback last time (${when}) — I have taken it on board; more on it below.`, true)
  }
}

/**
 * The manager loop: report on the last commitment, step one when the history suggests it, the
 * loop questions tailored to what they said last time, the one thing with a concrete offer,
 * and the step-four ask. Advanced mode turns questions into anticipation and a proposal.
 */
export function managerSections(f: LoopFacts, choice: Choice, advanced: boolean, nextLoop: string | null): AgendaSection[] {
  const stepOne: AgendaSection[] = [
    { key: 'stepOne', heading: 'Is my work landing? · step one', time: 'about three minutes', lines: stepOneLines(f) }
  ]
  const stepFour: AgendaSection = {
    key: 'stepFour',
    heading: advanced && !f.firstLoop ? 'Where I am heading · step four' : 'My goals · step four',
    time: 'about five minutes',
    lines: stepFourLines(f, choice.offer)
  }

  if (!advanced || f.firstLoop) {
    return [
      opening(f, choice, false),
      ...report(f),
      ...stepOne,
      { key: 'stepTwo', heading: 'What you are trying to do · step two', time: 'about eight minutes', lines: stepTwoLines(f) },
      oneThing(f, choice),
      stepFour,
      close(f, nextLoop, false)
    ]
  }

  // Advanced mode: anticipate their needs, propose a solution, keep them informed.
  const goals = f.items.filter((i) => i.kind === 'goal')
  const blocker = f.items.find((i) => i.kind === 'blocker' && !i.deliveredBy)
  const anticipate: AgendaLine[] = [
    ...goals.slice(0, 2).map((g, n) => say(`You are ${tryingTo(g.text)} (as heard on ${proseDay(g.date, f.meetingDate)}).`, n === 0)),
    ...(goals.length ? [] : [coach('Say what you think their priority is for the quarter, from what you see.')]),
    blocker
      ? say(`What I expect to get in the way: ${lowerFirst(quote(blocker.text))}.`, true)
      : coach('Name the next obstacle you expect them to hit, before they hit it.'),
    ask('Am I reading that right — or has something moved?', 'notes', true)
  ]
  const propose = choice.offer
    ? [...offerLines(f, choice.offer, 'I propose to take on'), ask('Any reason I should not start this week?', 'notes', true)]
    : [
        coach('Bring a proposal, not a question: the obstacle, your fix, and when you would start.'),
        ask('Here is what I would propose to take on next. Any reason I should not start this week?', 'notes', true)
      ]
  return [
    opening(f, choice, true),
    ...report(f).map((s) => ({ ...s, heading: `Keeping you informed: ${s.heading.replace(/^Report back: /, '')}` })),
    ...stepOne,
    { key: 'anticipate', heading: 'What I see coming · anticipate', time: 'about five minutes', lines: anticipate },
    { key: 'propose', heading: 'What I propose · step three', time: 'about eight minutes', lines: propose },
    stepFour,
    close(f, nextLoop, true)
  ]
}
