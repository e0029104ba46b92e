import type { Offer } from '../../../../shared/domain/loop'
import { ask, clean, coach, lowerFirst, quote, say, type AgendaLine, type AgendaSection } from './agendaModel'
import { offerLines, reportLines, tryingTo } from './agendaParts'
import { md } from '../../base/markdown/safeMarkdown'
import { phraseForms } from '../../base/english'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'

/** The last skip-level conversation's offer and their answer, when no commitment carries it already. */
function lastOfferLines(f: LoopFacts): AgendaLine[] {
  const last = f.lastCheckIn
  if (!last?.offer.trim()) return []
  const lines = [say(`On ${proseDay(last.date, f.meetingDate)} I offered: ${quote(last.offer)}.`, true)]
  if (last.myAsk.trim() && last.theirAnswer.trim())
    lines.push(say(`I asked ${quote(last.myAsk)} — you said ${quote(last.theirAnswer)}.`, true))
  else if (last.theirAnswer.trim()) lines.push(say(`You said: ${quote(last.theirAnswer)}.`, true))
  lines.push(ask('Was it useful? Is there a next step you would want from it?', 'notes', true))
  lines.push(coach('Say briefly what came of it; if you never followed through, say so and offer less this time.'))
  return lines
}

/**
 * The lighter skip-level loop: their org's priorities and visibility for your work, a small
 * visible offer (days, not weeks), and career perspective rather than sponsorship. It carries
 * the last skip-level offer and answer forward. It never goes around the manager: nothing about
 * the manager is raised, and the manager hears about it first.
 */
export function skipLevelSections(f: LoopFacts, offer: Offer | null, pinned: boolean, nextLoop: string | null): AgendaSection[] {
  const who = f.person.firstName
  const manager = f.managerName ?? 'your manager'
  const sections: AgendaSection[] = [
    {
      key: 'opening',
      heading: 'Opening',
      time: 'about two minutes',
      optional: true,
      lines: [
        say(
          f.firstLoop
            ? 'Thanks for the time. I would like to hear what matters most for the org right now, and share briefly what we are doing — maybe twice a year, if that is useful.'
            : 'Thanks for the time. I would like to hear what matters most for the org right now, and share briefly what we have been doing.'
        )
      ]
    }
  ]

  const own = f.commitments[0]
  const carried = own && f.lastCheckIn && own.startedOn >= f.lastCheckIn.date
  if (!carried) {
    const lines = lastOfferLines(f)
    if (lines.length) sections.push({ key: 'lastOffer', heading: 'Following up on last time', time: 'about three minutes', lines })
  }
  const highlight = f.recentWins.find((w) => w.fromLoop) ?? f.recentWins[0]
  if (own)
    sections.push({
      key: 'report',
      heading: `Follow-up: ${clean(own.title)}`,
      time: 'about three minutes',
      lines: reportLines(own, f.meetingDate)
    })
  else if (highlight)
    sections.push({
      key: 'highlight',
      heading: 'A highlight worth sharing · visibility',
      time: 'about three minutes',
      optional: sections.some((s) => s.key === 'lastOffer'),
      lines: [
        say(
          md`**${clean(highlight.title)}** (${proseDay(highlight.date, f.meetingDate)}).${highlight.impact ? ` ${clean(highlight.impact)}.` : ''}`,
          true
        ),
        coach(`Share it as the team’s work with ${manager}, not a solo act.`)
      ]
    })

  const goal = f.items.find((i) => i.kind === 'goal')
  // "Last time" is said once: after the follow-up on last time's offer, the priorities refer back to it.
  const heardWhen = !goal
    ? ''
    : goal.date !== f.lastCheckIn?.date
      ? `On ${proseDay(goal.date, f.meetingDate)}`
      : sections.some((s) => s.key === 'lastOffer')
        ? 'At the time,'
        : `Last time (${proseDay(goal.date, f.meetingDate)})`
  const blocker = f.items.find((i) => i.kind === 'blocker' && !i.deliveredBy)
  const priorities = [
    goal
      ? ask(`${heardWhen} you were ${tryingTo(goal.text)}. Is that still top of the list for the org?`, 'notes', true)
      : ask('What are the most important things for the org in the coming months?', 'notes', true),
    ask('Where could my area help most with that?', 'notes', true),
    blocker ? ask(`Is ${lowerFirst(quote(blocker.text))} still in the way?`) : ask('What is getting in the way?')
  ]
  sections.push({ key: 'priorities', heading: 'Their org’s priorities', time: 'about eight minutes', lines: priorities })

  const lines = [ask('Is there something small and visible I could do that would help with that?', 'notes', true)]
  if (offer) lines.push(...offerLines(f, offer, pinned ? 'My offer' : 'Something small I could do'))
  lines.push(coach(`Anything you take on here, agree it with ${manager} first — it must not compete with what you owe ${manager}.`))
  sections.push({ key: 'oneThing', heading: 'A small offer · lighter step three', time: 'about five minutes', lines })

  // A role as the profile spells it ("Director of Product"); a goal in the form the sentence needs.
  const target = f.profile.targetRole ? clean(f.profile.targetRole) : f.myGoals[0] ? phraseForms(f.myGoals[0].title).gerund : null
  sections.push({
    key: 'perspective',
    heading: 'Perspective on my growth · lighter step four',
    time: 'about five minutes',
    lines: target
      ? [
          ask(`I am working towards ${target}. What do you see in the people who make that step here?`, 'myAsk', true),
          coach(`Ask for perspective, not sponsorship: sponsorship is a conversation with ${manager}.`)
        ]
      : [ask('What do you see in the people who grow fastest here?', 'myAsk', true)]
  })

  sections.push({
    key: 'close',
    heading: 'Close',
    time: 'about two minutes',
    optional: true,
    lines: [
      say('Thank you — I will send a short note with anything I offered.'),
      coach(`Debrief ${manager} afterwards: what ${who} is focused on, and anything you offered.`),
      ...(nextLoop ? [say(`Next skip-level loop: around ${proseDay(nextLoop, f.meetingDate)} (suggested).`)] : [])
    ]
  })
  return sections
}

export function skipLevelNote(f: LoopFacts): string {
  const manager = f.managerName ?? 'your manager'
  return `Keep it about ${f.person.firstName}’s org and priorities. Do not raise problems with ${manager} or ask for what ${manager} decides — that goes through ${manager}. Tell ${manager} you are meeting ${f.person.firstName} beforehand.`
}
