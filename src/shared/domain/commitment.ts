import { z } from 'zod'
import { entityId, isoDate, longText, shortText, timestamp } from './common'

export const COMMITMENT_STATUSES = ['proposed', 'accepted', 'in-progress', 'delivered', 'dropped'] as const
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]
export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  dropped: 'Dropped'
}
/**
 * proposed → accepted → in progress → delivered | dropped. Accepted work may be delivered
 * without passing through "in progress" (small offers); nothing leaves delivered or dropped.
 */
export const COMMITMENT_TRANSITIONS: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  proposed: ['accepted', 'dropped'],
  accepted: ['in-progress', 'delivered', 'dropped'],
  'in-progress': ['delivered', 'dropped'],
  delivered: [],
  dropped: []
}
export const OPEN_STATUSES: readonly CommitmentStatus[] = ['proposed', 'accepted', 'in-progress']

/** What the commitment serves: one of my goals, or a person's goal or blocker. */
export const servesSchema = z.strictObject({
  kind: z.enum(['goal', 'personGoal', 'blocker'], { error: 'A commitment serves a goal, their goal or a blocker.' }),
  id: entityId
})

export const commitmentInputSchema = z.strictObject({
  title: shortText('What you will do'),
  detail: longText('Detail', 8000).default(''),
  personId: entityId.optional(),
  checkInId: entityId.optional(),
  serves: servesSchema.optional(),
  dueDate: isoDate.optional()
})
export type CommitmentInput = z.input<typeof commitmentInputSchema>

/** One step of the lifecycle with the user's day for it. */
export const commitmentStepSchema = z.strictObject({ status: z.enum(COMMITMENT_STATUSES), on: isoDate })

export const commitmentSchema = commitmentInputSchema.extend({
  id: entityId,
  status: z.enum(COMMITMENT_STATUSES),
  /** Every status it has been in, with the day: the lifecycle is history, not just a flag. */
  history: z.array(commitmentStepSchema).default([]),
  /** Why it was dropped, or how it went when delivered. */
  outcome: longText('Outcome', 4000).default(''),
  createdAt: timestamp,
  updatedAt: timestamp
})
export type Commitment = z.infer<typeof commitmentSchema>
