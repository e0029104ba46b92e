import { route } from '../define'
import { loopPlanSchema, loopPrepareInputSchema } from '../../domain/loop'

export const loopRoutes = {
  'loop.prepare': route({
    summary:
      'Prepare the next loop conversation with one person: the built-in agenda (Markdown), its questions, 3–5 offers with flags, cadence, and the check-in prefill.',
    input: loopPrepareInputSchema,
    output: loopPlanSchema
  })
}
