import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, isoDate, longText, shortText } from '../../domain/common'
import { checkInInputSchema, checkInSchema } from '../../domain/checkIn'
import { commitmentSchema } from '../../domain/commitment'
import { personSchema } from '../../domain/person'

/** "The one thing I'll do", created with the check-in in the same save. */
export const commitmentFromCheckInSchema = z.strictObject({
  title: shortText('What you will do'),
  detail: longText('Detail', 8000).optional(),
  dueDate: isoDate.optional(),
  serves: z
    .strictObject({
      kind: z.enum(['goal', 'personGoal', 'blocker'], { error: 'A commitment serves your goal, their goal or their blocker.' }),
      ref: z.string().min(1, 'Pick what the commitment serves.').max(4000)
    })
    .optional()
})

export const checkInsRoutes = {
  'checkIns.list': route({
    summary: 'Logged check-ins, newest first, optionally for one person.',
    input: z.strictObject({ personId: entityId.optional() }),
    output: z.array(checkInSchema)
  }),
  'checkIns.get': route({ summary: 'One check-in.', input: byId, output: checkInSchema }),
  'checkIns.create': route({
    summary: "Log a loop conversation; updates the person's current goals and blockers (history kept) and can create the commitment.",
    input: z.strictObject({ checkIn: checkInInputSchema, commitment: commitmentFromCheckInSchema.optional() }),
    output: z.object({ checkIn: checkInSchema, person: personSchema, commitment: commitmentSchema.optional() })
  }),
  'checkIns.update': route({
    summary: "Correct the record of a conversation (does not rewrite the person's current goals).",
    input: z.strictObject({ id: entityId, checkIn: checkInInputSchema }),
    output: checkInSchema
  }),
  'checkIns.delete': route({ summary: 'Delete a check-in; its commitments stay, unlinked.', input: byId, output: checkInSchema })
}
