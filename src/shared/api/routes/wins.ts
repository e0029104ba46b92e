import { z } from 'zod'
import { route } from '../define'
import { byId, entityId } from '../../domain/common'
import { winInputSchema, winSchema } from '../../domain/win'

export const winsRoutes = {
  'wins.list': route({
    summary: 'Wins, newest first, optionally filtered by full-text query and tag; `limit` keeps the newest few.',
    input: z.strictObject({
      query: z.string().max(500, 'A search is at most 500 characters.').optional(),
      tag: z.string().max(40).optional(),
      limit: z.number().int().min(1, 'Ask for at least one win.').max(100_000).optional()
    }),
    output: z.array(winSchema)
  }),
  'wins.page': route({
    summary: 'One page of wins, newest first, with the total that match: what a virtualized list asks for as it scrolls.',
    input: z.strictObject({
      query: z.string().max(500, 'A search is at most 500 characters.').optional(),
      tag: z.string().max(40).optional(),
      offset: z.number().int().min(0, 'The offset cannot be negative.'),
      limit: z.number().int().min(1, 'Ask for at least one win.').max(500, 'A page holds at most 500 wins.')
    }),
    output: z.object({ total: z.number().int(), offset: z.number().int(), wins: z.array(winSchema) })
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
