import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, noInput } from '../../domain/common'
import { goalInputSchema, goalSchema } from '../../domain/goal'

export const goalsRoutes = {
  'goals.list': route({ summary: 'Your own career goals, active first.', input: noInput, output: z.array(goalSchema) }),
  'goals.create': route({
    summary: 'Add one of your goals (kind, horizon, status, why it matters).',
    input: goalInputSchema,
    output: goalSchema
  }),
  'goals.update': route({
    summary: 'Replace the fields of one of your goals.',
    input: z.strictObject({ id: entityId, goal: goalInputSchema }),
    output: goalSchema
  }),
  'goals.delete': route({ summary: 'Delete one of your goals.', input: byId, output: goalSchema })
}
