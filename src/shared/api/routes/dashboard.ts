import { z } from 'zod'
import { route } from '../define'

const timelineItem = z.object({ id: z.string(), title: z.string(), personName: z.string().optional() })
export const timelineQuarterSchema = z.object({
  quarter: z.string(),
  checkIns: z.number().int(),
  offered: z.array(timelineItem),
  delivered: z.array(timelineItem),
  dropped: z.array(timelineItem),
  ledTo: z.array(timelineItem.extend({ fromCommitmentId: z.string().optional(), impact: z.string() })),
  goalsAchieved: z.array(timelineItem),
  /** How many items each lane holds in full; the lanes above may show only the first few. */
  counts: z.object({
    offered: z.number().int(),
    delivered: z.number().int(),
    dropped: z.number().int(),
    ledTo: z.number().int(),
    goalsAchieved: z.number().int()
  })
})

export const dashboardRoutes = {
  'dashboard.timeline': route({
    summary:
      'Quarter by quarter: what was offered, delivered, and what it led to. Lanes hold the first `perLane` items (default 3) with full counts; ask for one `quarter` to get all of it.',
    input: z.strictObject({
      quarter: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/, 'A quarter looks like 2025-Q3.')
        .optional(),
      perLane: z.number().int().min(1, 'Show at least one item per lane.').max(100_000).optional()
    }),
    output: z.array(timelineQuarterSchema)
  })
}
