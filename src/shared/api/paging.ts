import { z } from 'zod'

/** What a list route takes: where to start and how many (a virtualized list asks for the rows under the screen). */
export const pageInput = {
  offset: z.number().int().min(0, 'The offset cannot be negative.').default(0),
  limit: z.number().int().min(1, 'Ask for at least one item.').max(200, 'A page holds at most 200 items.').default(50)
}

/** One page of a list, with how many there are in all. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int(), offset: z.number().int(), items: z.array(item) })
