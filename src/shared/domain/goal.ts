import { z } from 'zod'
import { entityId, isoDate, longText, shortText, timestamp } from './common'

export const GOAL_KINDS = [
  'promotion',
  'role-change',
  'raise',
  'new-skill',
  'project-or-team-change',
  'work-life-balance',
  'other'
] as const
export const GOAL_KIND_LABELS: Record<(typeof GOAL_KINDS)[number], string> = {
  promotion: 'Promotion',
  'role-change': 'Role change',
  raise: 'Raise',
  'new-skill': 'New skill',
  'project-or-team-change': 'Project or team change',
  'work-life-balance': 'Work-life balance',
  other: 'Other'
}
export const GOAL_HORIZONS = ['this-quarter', 'this-year', '1-2-years', 'longer'] as const
export const GOAL_HORIZON_LABELS: Record<(typeof GOAL_HORIZONS)[number], string> = {
  'this-quarter': 'This quarter',
  'this-year': 'This year',
  '1-2-years': '1–2 years',
  longer: 'Longer'
}
export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const
export const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  active: 'Active',
  achieved: 'Achieved',
  paused: 'Paused',
  dropped: 'Dropped'
}

/** One of the user's own career goals: what step 4 of the loop asks the manager to help with. */
export const goalInputSchema = z.strictObject({
  title: shortText('A goal'),
  kind: z.enum(GOAL_KINDS, { error: 'Choose a kind of goal (promotion, role change, raise, new skill…).' }).default('other'),
  horizon: z.enum(GOAL_HORIZONS, { error: 'Choose a horizon: this quarter, this year, 1–2 years or longer.' }).default('this-year'),
  status: z.enum(GOAL_STATUSES, { error: 'Choose a status: active, achieved, paused or dropped.' }).default('active'),
  why: longText('Why it matters', 4000).default(''),
  /** The day the user has had this goal: their date, not when it was typed (back-filled history). Today when left out. */
  since: isoDate.optional(),
  /** The day it was achieved; only meaningful when achieved. */
  achievedOn: isoDate.optional()
})
export type GoalInput = z.input<typeof goalInputSchema>

export const goalSchema = goalInputSchema.extend({ since: isoDate, id: entityId, createdAt: timestamp, updatedAt: timestamp })
export type Goal = z.infer<typeof goalSchema>
