import { z } from 'zod'
import { route } from '../define'
import { entityId, isoDate } from '../../domain/common'
import { loopPlanSchema, loopPrepareInputSchema } from '../../domain/loop'

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
  })
}
