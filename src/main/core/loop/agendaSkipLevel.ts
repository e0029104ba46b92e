import type { Offer } from '../../../shared/domain/loop'
import { ask, clean, lowerFirst, quote, say, type AgendaSection } from './agendaModel'
import { offerLines, reportLines } from './agendaParts'
import { md } from '../markdown/safeMarkdown'
import type { LoopFacts } from './loopFacts'

/**
 * The lighter skip-level loop: their org's priorities and visibility for your work, a small
 * visible offer, and career perspective rather than sponsorship. It never goes around the
 * manager: nothing about the manager is raised, and the manager hears about it first.
 */
export function skipLevelSections(f: LoopFacts, offer: Offer | null, pinned: boolean, nextLoop: string | null): AgendaSection[] {
  const who = f.person.firstName
  const manager = f.managerName ?? 'your manager'
  const sections: AgendaSection[] = [
    {
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
  const highlight = f.recentWins.find((w) => w.fromLoop) ?? f.recentWins[0]
  if (own) sections.push({ heading: `Follow-up: ${clean(own.title)}`, time: 'about three minutes', lines: reportLines(own, f.meetingDate) })
  else if (highlight)
    sections.push({
      heading: 'A highlight worth sharing · visibility',
      time: 'about three minutes',
      lines: [
        say(md`**${clean(highlight.title)}**${highlight.impact ? ` — ${clean(highlight.impact)}.` : ''} (${highlight.date})`, true),
        say(`Share it as the team’s work with ${manager}, not a solo act.`)
      ]
    })

  const goal = f.goals[0]
  const priorities = [
    goal
      ? ask(
          `Last time (${goal.date}) you were focused on ${lowerFirst(clean(goal.text))}. Is that still top of the list for the org?`,
          'notes',
          true
        )
      : ask('What are the most important things for the org in the coming months?', 'notes', true),
    ask('Where could my area help most with that?', 'notes', true)
  ]
  if (f.blockers[0]) priorities.push(ask(`Is ${lowerFirst(quote(f.blockers[0].text))} still in the way?`))
  else priorities.push(ask('What is getting in the way?'))
  sections.push({ heading: 'Their org’s priorities', time: 'about eight minutes', lines: priorities })

  const lines = [ask('Is there something small and visible I could do that would help with that?', 'notes', true)]
  if (offer) lines.push(...offerLines(f, offer, pinned ? 'My offer' : 'If it fits, offer'))
  lines.push(say(`Anything you take on here, agree it with ${manager} first — it must not compete with what you owe ${manager}.`, true))
  sections.push({ heading: 'A small offer · lighter step three', time: 'about five minutes', lines })

  const target = f.profile.targetRole || f.myGoals[0]?.title
  sections.push({
    heading: 'Perspective on my growth · lighter step four',
    time: 'about five minutes',
    lines: target
      ? [
          ask(`I am working towards ${clean(target)}. What do you see in the people who make that step here?`, 'myAsk', true),
          say(`Ask for perspective, not sponsorship: sponsorship is a conversation with ${manager}.`)
        ]
      : [ask('What do you see in the people who grow fastest here?', 'myAsk', true)]
  })

  sections.push({
    heading: 'Close',
    time: 'about two minutes',
    optional: true,
    lines: [
      say(`Thank ${who}; send a short follow-up note with anything you offered.`),
      say(`Debrief ${manager} afterwards: what ${who} is focused on, and anything you offered.`),
      ...(nextLoop ? [say(`Next skip-level loop: around ${nextLoop} (suggested).`)] : [])
    ]
  })
  return sections
}

export function skipLevelNote(f: LoopFacts): string {
  const manager = f.managerName ?? 'your manager'
  return `Keep it about ${f.person.firstName}’s org and priorities. Do not raise problems with ${manager} or ask for what ${manager} decides — that goes through ${manager}. Tell ${manager} you are meeting ${f.person.firstName} beforehand.`
}
