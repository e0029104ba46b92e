import { z } from 'zod'
import { route } from '../define'
import { byId, entityId } from '../../domain/common'
import { winInputSchema, winSchema } from '../../domain/win'

export const winsRoutes = {
  'wins.list': route({
    summary: 'Wins, newest first, optionally filtered by full-text query and tag.',
    input: z.strictObject({
      query: z.string().max(500, 'A search is at most 500 characters.').optional(),
      tag: z.string().max(40).optional()
    }),
    output: z.array(winSchema)
  }),
  'wins.get': route({ summary: 'One win by id.', input: byId, output: winSchema }),
  'wins.create': route({ summary: 'Record a new win.', input: winInputSchema, output: winSchema }),
  'wins.update': route({
    summary: 'Replace the fields of an existing win.',
    input: z.strictObject({ id: entityId, win: winInputSchema }),
    output: winSchema
  }),
  'wins.delete': route({
    summary: 'Delete a win; returns it so the UI can offer undo.',
    input: byId,
    output: winSchema
  }),
  'wins.restore': route({
    summary: 'Put back a deleted win exactly as it was (undo).',
    input: z.strictObject({ win: winSchema }),
    output: winSchema
  }),
  'wins.tags': route({
    summary: 'Every tag in use, with how many wins carry it.',
    input: z.strictObject({}),
    output: z.array(z.object({ tag: z.string(), count: z.number().int() }))
  })
}
