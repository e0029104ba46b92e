import { z } from 'zod'
import { route } from '../define'

export const searchHitSchema = z.object({
  kind: z.enum(['person', 'checkIn', 'commitment', 'goal']),
  id: z.string(),
  /** The person's name, the commitment's or goal's title; for a check-in, who it was with. */
  title: z.string(),
  /** A check-in's day, a commitment's due day. */
  date: z.string().optional(),
  /** A short excerpt: the offer, the person's role and title, a goal's status. */
  detail: z.string(),
  /** A commitment's or goal's status, a person's role. */
  status: z.string().optional()
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchRoutes = {
  'search.history': route({
    summary:
      'Ctrl/Cmd+K over the loop history, computed in the core: people (and what they said), check-ins, commitments and your goals whose words contain every term, most recently added first, at most `limit`.',
    input: z.strictObject({
      query: z.string().trim().min(2, 'Type at least two characters.').max(200, 'A search is at most 200 characters.'),
      limit: z.number().int().min(1).max(50, 'At most 50 results at once.').default(20)
    }),
    output: z.object({ hits: z.array(searchHitSchema), more: z.boolean() })
  })
}
