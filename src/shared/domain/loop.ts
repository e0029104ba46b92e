import { z } from 'zod'
import { entityId, isoDate } from './common'

export const AGENDA_VARIANTS = ['manager', 'skip-level'] as const
export type AgendaVariant = (typeof AGENDA_VARIANTS)[number]
export const AGENDA_LENGTHS = ['short', 'full'] as const
export type AgendaLength = (typeof AGENDA_LENGTHS)[number]
export const AGENDA_LENGTH_LABELS: Record<AgendaLength, string> = { short: 'A five-minute slot', full: 'A full half-hour one-on-one' }

/**
 * How to prepare the next loop conversation. Everything is optional: the variant follows the
 * person's role, the meeting is today, the length is a full 1:1.
 */
export const loopOptionsSchema = z.strictObject({
  variant: z.enum(AGENDA_VARIANTS, { error: 'Choose a manager or a skip-level agenda.' }).optional(),
  length: z.enum(AGENDA_LENGTHS, { error: 'Choose a five-minute or a full one-on-one agenda.' }).optional(),
  /** Advanced mode: anticipate their needs, propose a solution, keep them informed. */
  advanced: z.boolean().optional(),
  /** The day of the meeting; history after it is ignored (prepare an old conversation again). */
  meetingDate: isoDate.optional(),
  /** The offer to put into the agenda (an id from the offers list). */
  pinnedOfferId: z.string().max(120, 'That offer id is too long.').optional(),
  /** The user's own idea for the one thing: checked like the suggested offers. */
  ownIdea: z.string().trim().max(300, 'Your idea is at most 300 characters.').optional()
})
export type LoopOptions = z.infer<typeof loopOptionsSchema>

export const OFFER_FLAG_KINDS = ['too-easy', 'too-big', 'unanchored'] as const
export const offerFlagSchema = z.object({ kind: z.enum(OFFER_FLAG_KINDS), message: z.string() })
export type OfferFlag = z.infer<typeof offerFlagSchema>

export const offerSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Which of their goals or blockers it serves (null: none found — flagged unanchored). */
  serves: z.object({ kind: z.enum(['personGoal', 'blocker']), id: z.string(), text: z.string() }).nullable(),
  whyStretch: z.string(),
  effort: z.string(),
  showDelivery: z.string(),
  /** The user's strength it draws on, if any. */
  strength: z.string().nullable(),
  /** The user's own goal it advances, if any (the step-four link). */
  advancesGoal: z.object({ id: z.string(), title: z.string() }).nullable(),
  flags: z.array(offerFlagSchema),
  origin: z.enum(['suggested', 'yours', 'history'])
})
export type Offer = z.infer<typeof offerSchema>

export const checkInPrefillSchema = z.object({
  date: z.string(),
  theirGoals: z.array(z.string()),
  theirBlockers: z.array(z.string()),
  howAmIDoing: z.string(),
  offer: z.string(),
  myAsk: z.string(),
  notes: z.string(),
  goalIds: z.array(z.string()),
  /** What the offered commitment serves, as the form names it. */
  serves: z.object({ kind: z.enum(['personGoal', 'blocker']), text: z.string() }).nullable()
})
export type CheckInPrefill = z.infer<typeof checkInPrefillSchema>

/** Which field of the logged check-in a question's answer goes to. */
export const ANSWER_SLOTS = ['howAmIDoing', 'myAsk', 'notes'] as const

/** One line of an agenda, the plan's or a model's. */
export const agendaLineSchema = z.object({
  text: z.string(),
  /** A question to ask: its answer goes to this field of the logged check-in. */
  ask: z.enum(ANSWER_SLOTS).nullable(),
  /** The prompt's labels of the entries the line came from ("S1"). */
  sources: z.array(z.string())
})

/** One agenda section as plain text (escaped only when rendered), as the built-in plan has it; a model's has the same shape (draftOutputs). */
export const agendaSectionSchema = z.object({
  /** What the section is for ("report-back", "their-goals"…), stable across wording changes. */
  key: z.string(),
  heading: z.string(),
  /** A suggested timing ("about five minutes"), never a fact. */
  time: z.string().nullable(),
  lines: z.array(agendaLineSchema)
})
export type AgendaSectionOutput = z.infer<typeof agendaSectionSchema>

export const loopPlanSchema = z.object({
  person: z.object({ id: z.string(), name: z.string(), role: z.string(), title: z.string() }),
  variant: z.enum(AGENDA_VARIANTS),
  length: z.enum(AGENDA_LENGTHS),
  advanced: z.boolean(),
  firstLoop: z.boolean(),
  meetingDate: z.string(),
  cadence: z.object({ lastLoop: z.string().nullable(), note: z.string(), warning: z.string().nullable() }),
  offers: z.array(offerSchema),
  pinnedOfferId: z.string().nullable(),
  /** The built-in agenda as Markdown (the same text the built-in engine streams): the user's words only. */
  markdown: z.string(),
  /** The same agenda as typed sections. */
  sections: z.array(agendaSectionSchema),
  /** Advice for the user beside the agenda (cadence, flags, why an offer stretches them): never in the agenda text. */
  coaching: z.array(z.object({ label: z.string(), text: z.string() })),
  /** Their goals and blockers as they stand: answered only by a commitment that served that very item. */
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['goal', 'blocker']),
      text: z.string(),
      heardOn: z.string(),
      state: z.enum(['open', 'in-progress', 'delivered']),
      by: z.string().nullable()
    })
  ),
  /** The last conversation before the meeting day, and its news the opening acknowledges. */
  lastConversation: z
    .object({
      date: z.string(),
      notable: z.object({ kind: z.enum(['promotion', 'decision', 'feedback']), text: z.string(), asked: z.string().nullable() }).nullable()
    })
    .nullable(),
  title: z.string(),
  /** Every question the agenda asks, in order: what "Log this check-in" prefills. */
  questions: z.array(z.string()),
  prefill: checkInPrefillSchema
})
export type LoopPlan = z.infer<typeof loopPlanSchema>

export const loopPrepareInputSchema = z.strictObject({ personId: entityId, options: loopOptionsSchema.default({}) })
