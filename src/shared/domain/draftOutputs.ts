import { z } from 'zod'
import { SOURCE_LABEL } from './contextEntry'
import { agendaLineSchema, agendaSectionSchema, ANSWER_SLOTS, OFFER_FLAG_KINDS, type CheckInPrefill, type Offer } from './loop'

/**
 * Typed outputs of the structured draft kinds. The built-in engine produces them from its plan,
 * an LLM engine is asked for JSON matching them (zod → JSON schema), and the renderer feeds the
 * same screens from either: offers list with flags, agenda sections, "Log this check-in".
 * Every field is required (nullable where optional) so the schemas work in OpenAI's strict mode.
 */

/** The labels of the entries a line came from, as the prompt numbered them: "S1", "S4". */
const sourceLabels = z.array(z.string().regex(SOURCE_LABEL, 'A source label looks like S1.')).max(20)
const line = (max = 800) => z.string().trim().min(1).max(max)

/** What a model must return for one agenda section: the plan's section without its key, held to a model's limits. */
const modelAgendaSectionSchema = agendaSectionSchema.omit({ key: true }).extend({
  heading: line(200),
  /** A suggested timing ("about five minutes"), never a fact. */
  time: z.string().max(80).nullable(),
  lines: z
    .array(agendaLineSchema.extend({ text: line(), sources: sourceLabels }))
    .min(1)
    .max(30)
})

export const agendaOutputSchema = z.object({
  title: line(200),
  sections: z.array(modelAgendaSectionSchema).min(1).max(12),
  /** The one thing I offer, as it goes into the logged check-in. */
  offer: z.string().max(300)
})
export type AgendaOutput = z.infer<typeof agendaOutputSchema>

export const offersOutputSchema = z.object({
  offers: z
    .array(
      z.object({
        title: line(300),
        serves: z.object({ kind: z.enum(['personGoal', 'blocker']), text: line(300) }).nullable(),
        whyStretch: line(),
        effort: line(300),
        showDelivery: line(),
        strength: z.string().max(300).nullable(),
        flags: z.array(z.object({ kind: z.enum(OFFER_FLAG_KINDS), message: line(400) })).max(3),
        sources: sourceLabels
      })
    )
    .max(8)
})
export type OffersOutput = z.infer<typeof offersOutputSchema>

export const impactOutputSchema = z.object({
  statements: z
    .array(
      z.object({
        title: line(300),
        xyz: line(),
        star: z.array(line()).min(1).max(6),
        /** One specific question wherever a measure is missing. */
        questions: z.array(line(400)).max(4),
        sources: sourceLabels
      })
    )
    .max(10)
})
export type ImpactOutput = z.infer<typeof impactOutputSchema>

export const packetOutputSchema = z.object({
  targetLevel: line(120),
  sections: z
    .array(z.object({ heading: line(200), items: z.array(z.object({ text: line(1200), sources: sourceLabels })).max(20) }))
    .min(1)
    .max(12),
  checklist: z.array(line(400)).max(12)
})
export type PacketOutput = z.infer<typeof packetOutputSchema>

const qa = (qs: string[]) => qs.map((q) => `Q: ${q}\nA: `).join('\n\n')

/**
 * What "Log this check-in" prefills from an agenda: the questions the agenda actually asks
 * (built-in or the model's), over the plan's facts (date, their goals and blockers).
 */
export function prefillFromAgenda(agenda: AgendaOutput, base: CheckInPrefill): CheckInPrefill {
  const asks = agenda.sections.flatMap((s) => s.lines.filter((l) => l.ask))
  const of = (slot: (typeof ANSWER_SLOTS)[number]) => asks.filter((l) => l.ask === slot).map((l) => l.text)
  return {
    ...base,
    howAmIDoing: qa(of('howAmIDoing')),
    notes: qa(of('notes')),
    myAsk: of('myAsk')[0] ?? '',
    offer: agenda.offer.trim() || base.offer
  }
}

/** The model's offers as the offers list shows them (ids are the run's own, never a plan's). */
export function offersFromOutput(output: OffersOutput): Offer[] {
  return output.offers.map((o, i) => ({
    id: `model-${i + 1}`,
    title: o.title,
    serves: o.serves ? { kind: o.serves.kind, id: '', text: o.serves.text } : null,
    whyStretch: o.whyStretch,
    effort: o.effort,
    showDelivery: o.showDelivery,
    strength: o.strength,
    advancesGoal: null,
    flags: o.flags,
    origin: 'suggested'
  }))
}
