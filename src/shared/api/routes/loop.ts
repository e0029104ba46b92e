import { z } from 'zod'
import { route } from '../define'
import { entityId, isoDate, longText } from '../../domain/common'
import { checkInSchema, logCheckInSchema } from '../../domain/checkIn'
import { COMMITMENT_STATUSES, commitmentSchema } from '../../domain/commitment'
import { loopPlanSchema, loopPrepareInputSchema } from '../../domain/loop'
import { personSchema } from '../../domain/person'
import { winInputSchema, winSchema } from '../../domain/win'

/**
 * One back-filled quarter ("Your last year"): the conversation, the offer's later steps and the
 * win it led to. Saved together or not at all, so a failure part-way leaves no half a quarter.
 */
export const backfillQuarterInputSchema = logCheckInSchema.extend({
  steps: z
    .array(
      z.strictObject({
        to: z.enum(COMMITMENT_STATUSES, { error: 'Choose proposed, accepted, in-progress, delivered or dropped.' }),
        on: isoDate,
        outcome: longText('Outcome', 4000).optional()
      })
    )
    .max(4, 'At most four steps for one offer.')
    .default([]),
  win: winInputSchema.omit({ commitmentId: true }).optional()
})
export type BackfillQuarterInput = z.input<typeof backfillQuarterInputSchema>

export const loopRoutes = {
  'loop.prepare': route({
    summary:
      'Prepare the next loop conversation with one person: the built-in agenda (Markdown), its questions, 3–5 offers with flags, cadence, and the check-in prefill.',
    input: loopPrepareInputSchema,
    output: loopPlanSchema
  }),
  'loop.calendar': route({
    summary:
      'The next check-in with one person as an .ics file: the cadence day (today if it has passed), 09:00 local for 30 minutes, the agenda Markdown as its description.',
    input: z.strictObject({ personId: entityId }),
    output: z.object({ fileName: z.string(), text: z.string(), date: isoDate })
  }),
  'loop.backfillQuarter': route({
    summary:
      'Record one past quarter in a single save: the check-in (and its offer as a commitment), the offer’s later steps, and the win it led to. All or nothing.',
    input: backfillQuarterInputSchema,
    output: z.object({ checkIn: checkInSchema, person: personSchema, commitment: commitmentSchema.optional(), win: winSchema.optional() })
  })
}
