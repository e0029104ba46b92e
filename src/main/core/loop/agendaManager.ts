import type { Offer } from '../../../shared/domain/loop'
import { ask, clean, lowerFirst, quote, say, type AgendaSection } from './agendaModel'
import { offerLines, openStatus, reportLines, stepFourLines, stepOneLines, stepOneReason, stepTwoLines } from './agendaParts'
import type { LoopFacts } from './loopFacts'

interface Choice {
  offer: Offer | null
  pinned: boolean
}

function oneThing(f: LoopFacts, choice: Choice): AgendaSection {
  const lines = [ask('What is one thing I could take on that would help you most?', 'notes', true)]
  if (choice.offer) lines.push(...offerLines(f, choice.offer, choice.pinned ? 'My offer' : 'If nothing bigger comes up, offer'))
  else {
    const strength = f.profile.strengths[0]
    lines.push(
      say(
        `Come with one idea ready: something that matters to them${strength ? ` and plays to your strength in ${lowerFirst(strength)}` : ''}. A real challenge, not admin work.`,
        true
      )
    )
  }
  lines.push(say('Agree what done looks like and the date — then deliver it exceptionally well.'))
  return { heading: 'The one thing · step three', time: 'about five minutes', lines }
}

function report(f: LoopFacts): AgendaSection[] {
  const last = f.commitments[0]
  if (!last) return []
  const others = f.commitments.slice(1).filter(openStatus)
  const lines = reportLines(last, f.meetingDate)
  for (const o of others) lines.push(say(`Also open: ${clean(o.title)} (${o.status}${o.dueDate ? `, due ${o.dueDate}` : ''}).`))
  // A loop just begun has nothing to report yet; the last delivery, on its own day, is the track record it builds on.
  const before = last.status === 'delivered' ? undefined : f.commitments.slice(1).find((c) => c.status === 'delivered')
  if (before)
    lines.push(
      say(
        `Delivered before: ${clean(before.title)}, on ${before.statusDate}${before.win ? ` — it led to “${clean(before.win.title)}”` : ''}.`
      )
    )
  return [{ heading: `Report back: ${clean(last.title)}`, time: 'about five minutes', lines }]
}

function close(f: LoopFacts, next: string | null, advanced: boolean): AgendaSection {
  return {
    heading: 'Close',
    time: 'about two minutes',
    optional: true,
    lines: [
      say(
        advanced
          ? 'Recap what I am taking on and the date. I will keep you posted in writing at each milestone — no surprises.'
          : 'Recap the one thing, its date, and how I will keep you posted.'
      ),
      ...(next ? [say(`Next loop: around ${next} (suggested)${f.firstLoop ? ' — suggest making this a quarterly habit' : ''}.`)] : [])
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
  return { heading: 'Opening', time: 'about two minutes', lines: [say(text, true)], optional: !f.firstLoop }
}

/**
 * The manager loop: report on the last commitment, step one when the history suggests it, the
 * loop questions tailored to what they said last time, the one thing with a concrete offer,
 * and the step-four ask. Advanced mode turns questions into anticipation and a proposal.
 */
export function managerSections(f: LoopFacts, choice: Choice, advanced: boolean, nextLoop: string | null): AgendaSection[] {
  const why = stepOneReason(f)
  const stepOne: AgendaSection[] = why
    ? [{ heading: 'Is my work landing? · step one', time: 'about three minutes', lines: stepOneLines(f, why) }]
    : []
  const stepFour: AgendaSection = {
    heading: advanced && !f.firstLoop ? 'Where I am heading · step four' : 'My goals · step four',
    time: 'about five minutes',
    lines: stepFourLines(f, choice.offer)
  }

  if (!advanced || f.firstLoop) {
    return [
      opening(f, choice, false),
      ...report(f),
      ...stepOne,
      { heading: 'What you are trying to do · step two', time: 'about eight minutes', lines: stepTwoLines(f) },
      oneThing(f, choice),
      stepFour,
      close(f, nextLoop, false)
    ]
  }

  // Advanced mode: anticipate their needs, propose a solution, keep them informed.
  const goal = f.goals[0]
  const blocker = f.blockers[0]
  const anticipate = [
    goal
      ? say(`You are trying to ${lowerFirst(clean(goal.text))} (as heard on ${goal.date}).`, true)
      : say('Say what you think their priority is for the quarter, from what you see.', true),
    blocker
      ? say(`What I expect to get in the way: ${lowerFirst(quote(blocker.text))}.`, true)
      : say('Name the next obstacle you expect them to hit, before they hit it.', true),
    ask('Am I reading that right — or has something moved?', 'notes', true)
  ]
  const propose = choice.offer
    ? [...offerLines(f, choice.offer, 'I propose to take on'), ask('Any reason I should not start this week?', 'notes', true)]
    : [say('Bring a proposal, not a question: the obstacle, your fix, and when you would start.', true)]
  return [
    opening(f, choice, true),
    ...report(f).map((s) => ({ ...s, heading: `Keeping you informed: ${s.heading.replace(/^Report back: /, '')}` })),
    ...stepOne,
    { heading: 'What I see coming · anticipate', time: 'about five minutes', lines: anticipate },
    { heading: 'What I propose · step three', time: 'about eight minutes', lines: propose },
    stepFour,
    close(f, nextLoop, true)
  ]
}
