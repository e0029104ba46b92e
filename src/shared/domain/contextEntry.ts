import { z } from 'zod'

export const CONTEXT_ENTRY_KINDS = ['profile', 'goal', 'person', 'personGoal', 'blocker', 'checkIn', 'commitment', 'win'] as const
export type ContextEntryKind = (typeof CONTEXT_ENTRY_KINDS)[number]

/** What each kind of entry is called where a person reads it (a draft's sources, a search hit). */
export const CONTEXT_ENTRY_KIND_LABELS: Record<ContextEntryKind, string> = {
  profile: 'Your profile',
  goal: 'Your goal',
  person: 'Person',
  personGoal: 'Their goal',
  blocker: 'Their blocker',
  checkIn: 'Check-in',
  commitment: 'Commitment',
  win: 'Win'
}

/**
 * How a prompt names its entries: S1…Sn in the order they were given. A draft cites them with
 * these labels and a model must write them exactly so; one definition for every writer and checker.
 */
export const sourceLabel = (index: number) => `S${index + 1}`
export const SOURCE_LABEL = /^S\d{1,4}$/

/**
 * One piece of the user's history as the drafting engines see it. Built in the core from the
 * store by prompt-facing views that have already removed everything marked private, so an
 * entry can be shown in a prompt, cited as a source, and searched for numbers.
 */
export const contextEntrySchema = z.object({
  /** The id of the stored entity this came from (clickable as a source). */
  id: z.string(),
  kind: z.enum(CONTEXT_ENTRY_KINDS),
  /** The most relevant day for recency: YYYY-MM-DD. */
  date: z.string(),
  /** Nobody wrote when (a win imported without a date): `date` is only the day it was recorded. */
  undated: z.boolean().optional(),
  title: z.string(),
  /** Prompt-safe text: nothing private. */
  text: z.string(),
  tags: z.array(z.string()).default([]),
  /** The person this is about (manager, skip-level…), if any. */
  personId: z.string().optional(),
  /** Ids of goals, commitments, wins or check-ins this entry is linked to. */
  linkedIds: z.array(z.string()).default([]),
  /** Typed metrics (wins): the claims guard derives honest changes from value and baseline. */
  metrics: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string(), baseline: z.number().optional() })).optional()
})
export type ContextEntry = z.infer<typeof contextEntrySchema>
