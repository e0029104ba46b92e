import { z } from 'zod'
import { entityId, isoDate, longText, shortText, timestamp } from './common'

export const PERSON_ROLES = ['manager', 'skip-level', 'mentor', 'other'] as const
export type PersonRole = (typeof PERSON_ROLES)[number]
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  manager: 'Manager',
  'skip-level': 'Skip-level',
  mentor: 'Mentor',
  other: 'Other'
}

export const cadenceDaysSchema = z
  .number({ error: 'Cadence is a number of days.' })
  .int('Cadence is a whole number of days.')
  .min(7, 'A cadence shorter than a week is not a loop.')
  .max(730, 'A cadence longer than two years is not a loop.')

export const PERSON_ITEM_KINDS = ['goal', 'blocker', 'note'] as const

/**
 * Something heard from or noted about a person. Goals and blockers are dated "as heard on";
 * when a later check-in no longer mentions one it stops being current but stays as history.
 * A private item never leaves the core towards any model.
 */
export const personItemSchema = z.strictObject({
  id: entityId,
  kind: z.enum(PERSON_ITEM_KINDS),
  text: shortText('The text', 4000),
  /** "As heard on" for goals and blockers; written on for notes. */
  date: isoDate,
  current: z.boolean().default(true),
  /** The day it stopped being current (history). */
  until: isoDate.optional(),
  private: z.boolean().default(false),
  checkInId: entityId.optional()
})
export type PersonItem = z.infer<typeof personItemSchema>

export const personInputSchema = z.strictObject({
  name: shortText('A name', 120),
  role: z.enum(PERSON_ROLES, { error: 'Choose a role: manager, skip-level, mentor or other.' }),
  title: z.string().trim().max(200, 'A title must be at most 200 characters.').default(''),
  /** null = the default for the role (90 days manager, 180 skip-level). */
  cadenceDays: cadenceDaysSchema.nullable().default(null)
})
export type PersonInput = z.input<typeof personInputSchema>

export const personSchema = personInputSchema.extend({
  id: entityId,
  items: z.array(personItemSchema).default([]),
  /** A former manager keeps their history but leaves the dashboard and pickers; restorable. */
  archived: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp
})
export type Person = z.infer<typeof personSchema>

export const personItemInputSchema = z.strictObject({
  personId: entityId,
  kind: z.enum(PERSON_ITEM_KINDS, { error: 'Choose goal, blocker or note.' }),
  text: shortText('The text', 4000),
  date: isoDate,
  private: z.boolean().default(false)
})

export const personItemPatchSchema = z.strictObject({
  personId: entityId,
  itemId: entityId,
  text: shortText('The text', 4000).optional(),
  /** "As heard on" (or written on, for a note): the user's day. */
  date: isoDate.optional(),
  private: z.boolean().optional(),
  current: z.boolean().optional()
})

export const notesText = longText('Notes')
