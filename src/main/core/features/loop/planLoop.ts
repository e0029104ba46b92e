import { prefillFromAgenda } from '../../../../shared/domain/draftOutputs'
import { AGENDA_LENGTH_LABELS, type LoopOptions, type LoopPlan } from '../../../../shared/domain/loop'
import { PERSON_ROLE_LABELS } from '../../../../shared/domain/person'
import { coachingOf, forLength, questionsOf, renderMarkdown, type AgendaDoc } from './agendaModel'
import { askGoal } from './agendaParts'
import { managerSections } from './agendaManager'
import { skipLevelNote, skipLevelSections } from './agendaSkipLevel'
import { cadenceNote } from './cadenceNote'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'
import { md } from '../../base/markdown/safeMarkdown'
import { chooseOffer, suggestOffers } from './offers'
import { sectionsOf } from './loopOutputs'

/**
 * The whole preparation for one conversation, deterministic and offline: offers, the agenda
 * (as a document and as Markdown), its questions, and what "Log this check-in" prefills.
 */
export function planLoop(f: LoopFacts, options: LoopOptions): LoopPlan {
  const length = options.length ?? 'full'
  const advanced = options.advanced ?? false
  const offers = suggestOffers(f, options.ownIdea)
  const choice = chooseOffer(offers, options.pinnedOfferId)
  const cadence = cadenceNote(f)
  const skip = f.variant === 'skip-level'

  const notes: AgendaDoc['notes'] = [{ label: 'Cadence', text: cadence.note }]
  if (cadence.warning) notes.push({ label: 'Heads-up', text: cadence.warning })
  if (skip) notes.push({ label: 'Never around your manager', text: skipLevelNote(f) })
  for (const n of f.person.notes) notes.push({ label: `About ${f.person.firstName}`, text: n })
  if (f.person.notes.some((n) => /pre-?read|in writing|written/i.test(n)))
    notes.push({ label: 'Prep', text: `Send ${f.person.firstName} this agenda the day before, as the pre-read.` })
  if (advanced && f.firstLoop)
    notes.push({ label: 'Advanced mode', text: 'Advanced mode needs an established loop and trust; for a first loop, ask the questions.' })

  const sections = skip
    ? skipLevelSections(f, choice.offer, choice.pinned, cadence.nextLoop)
    : managerSections(f, choice, advanced, cadence.nextLoop)
  const kindLabel = `${skip ? 'Skip-level loop' : 'Manager loop'}${advanced && !skip && !f.firstLoop ? ', advanced mode' : ''}${f.firstLoop ? ', first loop' : ''}`
  const doc = forLength(
    {
      title: `${f.firstLoop ? 'First loop' : 'Loop check-in'} with ${f.person.name}${length === 'short' ? ' — five-minute version' : ''}`,
      subtitle: md`**${proseDay(f.meetingDate, f.meetingDate)}** · ${kindLabel} · ${AGENDA_LENGTH_LABELS[length].toLowerCase()} · ${f.person.title || PERSON_ROLE_LABELS[f.person.role]}`,
      notes,
      sections
    },
    length
  )

  const questions = questionsOf(doc)
  const goal = askGoal(f)
  const agenda = {
    title: `Agenda: ${f.person.name}, ${proseDay(f.meetingDate, f.meetingDate)}`,
    sections: sectionsOf(doc),
    offer: choice.offer?.title ?? ''
  }
  return {
    person: { id: f.person.id, name: f.person.name, role: f.person.role, title: f.person.title },
    variant: f.variant,
    length,
    advanced,
    firstLoop: f.firstLoop,
    meetingDate: f.meetingDate,
    cadence: { lastLoop: cadence.lastLoop, note: cadence.note, warning: cadence.warning },
    offers,
    pinnedOfferId: choice.pinned ? choice.offer!.id : null,
    markdown: renderMarkdown(doc),
    sections: agenda.sections,
    coaching: coachingOf(doc),
    items: f.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      text: i.text,
      heardOn: i.date,
      state: i.deliveredBy ? 'delivered' : i.workingOn ? 'in-progress' : 'open',
      by: i.deliveredBy?.id ?? i.workingOn?.id ?? null
    })),
    lastConversation: f.lastCheckIn ? { date: f.lastCheckIn.date, notable: f.notable } : null,
    title: agenda.title,
    questions: questions.map((q) => q.text.replace(/^“|”$/g, '')),
    // The same builder an LLM's agenda goes through: the questions it asks, over the plan's facts.
    prefill: prefillFromAgenda(agenda, {
      date: f.meetingDate,
      theirGoals: f.goals.map((g) => g.text),
      theirBlockers: f.blockers.map((b) => b.text),
      howAmIDoing: '',
      offer: agenda.offer,
      myAsk: '',
      notes: '',
      goalIds: goal && !skip ? [goal.id] : [],
      serves: choice.offer?.serves ? { kind: choice.offer.serves.kind, text: choice.offer.serves.text } : null
    })
  }
}
