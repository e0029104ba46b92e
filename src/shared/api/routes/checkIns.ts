import { z } from 'zod'
import { route } from '../define'
import { byId, entityId } from '../../domain/common'
import { checkInInputSchema, checkInSchema, logCheckInSchema } from '../../domain/checkIn'
import { commitmentSchema } from '../../domain/commitment'
import { personSchema } from '../../domain/person'
import { pageInput, pageOf } from '../paging'

export const checkInsRoutes = {
  'checkIns.list': route({
    summary: 'Logged check-ins, newest first, optionally for one person.',
    input: z.strictObject({ personId: entityId.optional() }),
    output: z.array(checkInSchema)
  }),
  'checkIns.page': route({
    summary:
      'One page of logged check-ins, newest first, optionally for one person, with the total: what the Past check-ins list asks for as it scrolls.',
    input: z.strictObject({ personId: entityId.optional(), ...pageInput }),
    output: pageOf(checkInSchema)
  }),
  'checkIns.get': route({ summary: 'One check-in.', input: byId, output: checkInSchema }),
  // The same schema the check-in form validates with (domain/checkIn.ts).
  'checkIns.create': route({
    summary: "Log a loop conversation; updates the person's current goals and blockers (history kept) and can create the commitment.",
    input: logCheckInSchema,
    output: z.object({ checkIn: checkInSchema, person: personSchema, commitment: commitmentSchema.optional() })
  }),
  'checkIns.update': route({
    summary: "Correct the record of a conversation (does not rewrite the person's current goals).",
    input: z.strictObject({ id: entityId, checkIn: checkInInputSchema }),
    output: checkInSchema
  }),
  'checkIns.delete': route({ summary: 'Delete a check-in; its commitments stay, unlinked.', input: byId, output: checkInSchema })
}
