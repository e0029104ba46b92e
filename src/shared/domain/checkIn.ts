import { z } from 'zod'
import { entityId, isoDate, longText, shortText, timestamp } from './common'

const lines = (label: string) => z.array(shortText(label, 4000)).max(30, `At most 30 entries for ${label.toLowerCase()}.`).default([])

/** One loop conversation with one person, in the order the framework walks it. */
export const checkInInputSchema = z.strictObject({
  personId: entityId,
  date: isoDate,
  /** Step 1: how is my current work landing — anything I should fix? */
  howAmIDoing: longText('How your work is landing', 8000).default(''),
  /** Step 2: what they are trying to do. Saving makes these the person's current goals. */
  theirGoals: lines('What they are trying to do'),
  /** Step 2: what blocks them. Saving makes these the person's current blockers. */
  theirBlockers: lines('What blocks them'),
  /** Step 2–3: the one thing I offered / they asked for. */
  offer: longText('The one thing offered', 4000).default(''),
  /** Step 4: what I asked for my own goals, and their answer. */
  myAsk: longText('What you asked for', 4000).default(''),
  theirAnswer: longText('Their answer', 4000).default(''),
  /** Own goals discussed in step 4. */
  goalIds: z.array(entityId).max(20).default([]),
  notes: longText('Notes', 20_000).default(''),
  /** Private notes never leave the core towards any model. */
  notesPrivate: z.boolean().default(false)
})
export type CheckInInput = z.input<typeof checkInInputSchema>

/**
 * Which person item a goal/blocker copy came from, with the copy's words as recorded. Privacy
 * follows the item, not the words: editing a private item's text keeps its copies hidden.
 * `private` is set when a private item is deleted, so its copies stay hidden without it.
 */
export const heardCopySchema = z.strictObject({
  kind: z.enum(['goal', 'blocker']),
  text: shortText('The text', 4000),
  itemId: entityId,
  private: z.boolean().optional()
})
export type HeardCopy = z.infer<typeof heardCopySchema>

export const checkInSchema = checkInInputSchema.extend({
  id: entityId,
  /** Absent on check-ins logged before copies carried their item's id (matched by words then). */
  heard: z.array(heardCopySchema).max(240).optional(),
  createdAt: timestamp,
  updatedAt: timestamp
})
export type CheckIn = z.infer<typeof checkInSchema>

/** "The one thing I'll do", created with the check-in in the same save. */
export const commitmentFromCheckInSchema = z.strictObject({
  title: shortText('What you will do'),
  detail: longText('Detail', 8000).optional(),
  dueDate: isoDate.optional(),
  serves: z
    .strictObject({
      kind: z.enum(['goal', 'personGoal', 'blocker'], { error: 'A commitment serves your goal, their goal or their blocker.' }),
      ref: z.string().min(1, 'Pick what the commitment serves.').max(4000)
    })
    .optional()
})
export type CommitmentFromCheckIn = z.input<typeof commitmentFromCheckInSchema>

/** Logging a conversation: the check-in, and the commitment it may create (one form, one save). */
export const logCheckInSchema = z.strictObject({ checkIn: checkInInputSchema, commitment: commitmentFromCheckInSchema.optional() })
export type LogCheckInInput = z.input<typeof logCheckInSchema>
