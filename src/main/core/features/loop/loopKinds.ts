import type { DraftParams } from '../../../../shared/domain/drafting'
import type { LoopPlan } from '../../../../shared/domain/loop'
import type { SelectionCriteria } from '../drafting/context/selectContext'
import { NO_INVENTION_RULES } from '../drafting/kinds/summary'
import type { DraftKind } from '../drafting/types'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'
import { renderOffers } from './offersMarkdown'
import { ESTIMATE_LABEL } from '../drafting/suggestionLabels'
import { agendaOutput, offersForModel, offersOutput, planLinesForModel } from './loopOutputs'
import type { AgendaOutput, OffersOutput } from '../../../../shared/domain/draftOutputs'

export interface LoopPlanner {
  fromParams(params: DraftParams, now?: Date): { facts: LoopFacts; plan: LoopPlan }
}

const FRAMEWORK = [
  'The Magic Loop, in five steps: (1) do your current job well; (2) ask your manager what they are trying to do and what blocks them;',
  '(3) offer one thing and do it exceptionally well, making them look good; (4) ask for help with your own goals, framed as a win for both;',
  '(5) repeat quarterly with the manager and a lighter loop with the skip-level. What kills it: taking work and delivering poorly,',
  'offering something too easy (admin), skipping the cadence, never doing it with the skip-level. A skip-level loop never goes around',
  'the manager. Advanced mode: anticipate their needs, propose a solution, keep them informed.'
].join(' ')

/** Exactly the entries the plan drew on (history up to the meeting day, nothing private). */
const criteria =
  (planner: LoopPlanner) =>
  (params: DraftParams): SelectionCriteria => {
    const { facts } = planner.fromParams(params)
    return {
      personId: params.personId,
      to: facts.meetingDate,
      ids: facts.sourceIds,
      kindWeights: { checkIn: 1.5, commitment: 1.5, personGoal: 1.3, blocker: 1.3, goal: 1.2, profile: 1.2, person: 1, win: 0.7 },
      halfLifeDays: 365
    }
  }

const who = (plan: LoopPlan) => `${plan.person.name} (${plan.variant === 'skip-level' ? 'my skip-level' : 'my manager'})`

/** What the plan computed from the user's dates and choices: how long since the last loop, the meeting's length. */
// The meeting day is the user's choice, or today when they chose none.
const computedTexts = (plan: LoopPlan) => [
  plan.cadence.note,
  plan.cadence.warning ?? '',
  lengthWords(plan),
  plan.meetingDate,
  plan.title,
  ...FRAMEWORK_AMOUNTS
]
/**
 * The framework's own rhythm and prep advice, written into every agenda: Loopwise's, not the user's.
 * The time words of the templates and the offer catalogue are here too: once an agenda names a
 * month ("due on 12 December"), the date reader also takes "within the week" or "this quarter"
 * for dates, and they are the plan's wording, relative to the meeting, not a fact to back.
 */
export const FRAMEWORK_AMOUNTS = [
  'about once a quarter',
  'the day before',
  'quarterly',
  'twice a year',
  'within the week',
  'for a month',
  'the next month’s',
  'the next months’',
  'this quarter',
  'right now'
]
const lengthWords = (plan: LoopPlan) => (plan.length === 'short' ? 'a five-minute slot' : 'a full half-hour one-on-one')

/** The check-in agenda: built-in rules and templates, or an LLM rewriting the same grounded plan. */
const LABEL_RULE =
  'Every line below ends with the labels of the entries it came from ([S1, S4]); [Loopwise] marks the framework’s own wording, which has no source. ' +
  'In your JSON, give each line the labels it draws on in "sources" (never a label you were not given; none for Loopwise wording).'

export function createAgendaKind(planner: LoopPlanner): DraftKind<AgendaOutput> {
  return {
    id: 'agenda',
    label: 'Check-in agenda',
    description: 'The agenda for your next loop conversation with one person, drafted from their history.',
    criteria: criteria(planner),
    structured: agendaOutput(planner),
    builtin: ({ params, now }) => planner.fromParams(params, now).plan.markdown,
    computed: ({ params, now }) => computedTexts(planner.fromParams(params, now).plan),
    messages: ({ params, now, rendered, entries }) => {
      const { plan } = planner.fromParams(params, now)
      return [
        {
          role: 'system',
          content:
            `You help a person prepare their next Magic Loop conversation. ${FRAMEWORK} ` +
            'Write in the first person, as an agenda they can bring to the meeting, returned as JSON: a title, the sections (heading, suggested time or null, lines) and the one thing I offer. ' +
            'Keep every section, question, offer and ask of the plan; a question keeps its "ask" field (howAmIDoing, notes or myAsk: where its answer is logged), other lines have ask null. ' +
            'Make the wording natural and specific; you may tighten, never add facts. Keep every amount and date exactly as written, with its label. ' +
            `${LABEL_RULE}\nRules:\n- ${NO_INVENTION_RULES}`
        },
        {
          role: 'user',
          content:
            `Prepare my agenda for the next loop with ${who(plan)} on ${proseDay(plan.meetingDate)}. ` +
            `Variant: ${plan.variant}${plan.advanced ? ', advanced mode' : ''}${plan.firstLoop ? ', first loop' : ''}; length: ${lengthWords(plan)}.` +
            `\n\nThe plan, computed from my history (timings marked suggested and efforts marked ${ESTIMATE_LABEL} are Loopwise’s suggestions, not facts: keep those labels):\n\n${planLinesForModel(plan.sections, entries)}\n\nThe one thing I offer: ${plan.prefill.offer || '(none chosen yet)'}\n\nEntries:\n\n${rendered || '(no entries)'}`
        }
      ]
    }
  }
}

/** Three to five offers of help, each tied to their goal or blocker, with too-easy and too-big flagged. */
export function createOffersKind(planner: LoopPlanner): DraftKind<OffersOutput> {
  return {
    id: 'offers',
    label: 'Offers of help',
    description: 'Concrete offers for the one-thing question, matched to their goals and blockers and your strengths and goals.',
    criteria: criteria(planner),
    structured: offersOutput(planner),
    builtin: ({ params, now }) => {
      const { facts, plan } = planner.fromParams(params, now)
      return renderOffers(facts, plan.offers)
    },
    computed: ({ params, now }) => computedTexts(planner.fromParams(params, now).plan),
    messages: ({ params, now, rendered, entries }) => {
      const { plan } = planner.fromParams(params, now)
      return [
        {
          role: 'system',
          content:
            `You help a person choose what to offer in a Magic Loop conversation. ${FRAMEWORK} ` +
            'Propose three to five concrete offers, returned as JSON. For each: which of their goals or blockers it serves (its kind and their words, or null), why it is a stretch for me, ' +
            `rough effort (an estimate: it is labelled “${ESTIMATE_LABEL}” for you), how delivering it could be shown, the strength of mine it plays to or null, and its labels. ` +
            'Flag any offer that is too easy (admin, note-taking, scheduling) as too-easy, too big to deliver exceptionally well as too-big, or not tied to anything they said as unanchored, with a one-sentence reason. ' +
            `${LABEL_RULE}\nRules:\n- ${NO_INVENTION_RULES}`
        },
        {
          role: 'user',
          content:
            `Offers for my next loop with ${who(plan)} on ${proseDay(plan.meetingDate)}. Start from these candidates computed from my history; improve them, keep them grounded:\n\n` +
            `(efforts marked ${ESTIMATE_LABEL} are Loopwise’s suggestions, not facts)\n\n${offersForModel(plan.offers, entries)}\n\nEntries:\n\n${rendered || '(no entries)'}`
        }
      ]
    }
  }
}
