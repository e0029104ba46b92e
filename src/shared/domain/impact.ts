import { z } from 'zod'
import { entityId, longText, timestamp } from './common'

export const STRENGTH_LEVELS = ['task', 'outcome', 'measured', 'measured-scoped'] as const
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number]
export const STRENGTH_LABELS: Record<StrengthLevel, string> = {
  task: 'Task only',
  outcome: 'Outcome — no measure yet',
  measured: 'Measured outcome',
  'measured-scoped': 'Measured outcome with scope'
}

export const impactStrengthSchema = z.object({
  level: z.enum(STRENGTH_LEVELS),
  /** 0 (task only) … 3 (measured outcome with scope). */
  rank: z.number().int().min(0).max(3),
  label: z.string(),
  /** The one thing that would strengthen it most. */
  next: z.string()
})
export type ImpactStrength = z.infer<typeof impactStrengthSchema>

export const REWRITE_FORMS = ['xyz', 'star'] as const

export const impactRewriteSchema = z.object({
  winId: z.string(),
  strength: impactStrengthSchema,
  /** Accomplished X, as measured by Y, by doing Z. */
  xyz: z.string(),
  star: z.object({ situation: z.string(), task: z.string(), action: z.string(), result: z.string() }),
  starText: z.string(),
  /** Specific questions for what the win does not say yet (a measure, who it reached…). */
  questions: z.array(z.string()),
  /** Visible placeholders left in the text instead of invented facts, e.g. "[metric?]". */
  placeholders: z.array(z.string()),
  /** Entries the rewrite drew on (the win, a linked commitment). */
  sourceIds: z.array(z.string())
})
export type ImpactRewrite = z.infer<typeof impactRewriteSchema>

/** One change to a win's impact text made from the rewrite panel; the previous text is kept. */
export const impactVersionSchema = z.object({
  id: entityId,
  winId: entityId,
  at: timestamp,
  previous: z.string(),
  next: z.string(),
  form: z.enum(['xyz', 'star', 'edited', 'revert'])
})
export type ImpactVersion = z.infer<typeof impactVersionSchema>

export const applyRewriteInputSchema = z.strictObject({
  winId: entityId,
  text: longText('The impact text').refine((t) => t.trim().length > 0, 'The impact text is empty; nothing to apply.'),
  form: z.enum(['xyz', 'star', 'edited'], { error: 'Say which rewrite this is: xyz, star or edited.' })
})
