import { z } from 'zod'
import {
  chatMessageSchema,
  derivedClaimSchema,
  draftErrorSchema,
  draftSourceSchema,
  draftStatusSchema,
  engineSchema,
  numberFlagSchema
} from './drafting'

/** One streamed piece of a draft run. `seq` starts at 1 so a client can spot a gap. */
export interface DraftDeltaEvent {
  runId: string
  seq: number
  text: string
}

export const draftRunResultSchema = z.object({
  runId: z.string(),
  kind: z.string(),
  status: draftStatusSchema,
  text: z.string(),
  /** The provider's finish_reason, or null when the stream ended without one. */
  finishReason: z.string().nullable(),
  error: draftErrorSchema.nullable(),
  engine: engineSchema,
  model: z.string(),
  /** Every source the run was given, labelled S1…Sn in this order. */
  sources: z.array(draftSourceSchema),
  /** The ids of the sources the text cites ([S#]), in the order first cited. */
  citedSourceIds: z.array(z.string()).default([]),
  /** Given but not cited. */
  unusedSourceIds: z.array(z.string()).default([]),
  /** Amounts or citations the run's sources do not back. */
  flags: z.array(numberFlagSchema),
  /** Amounts backed by arithmetic on the user's own baseline, with the working. */
  derived: z.array(derivedClaimSchema).default([]),
  /** Amounts on a line labelled as a suggestion ("estimate — yours to set"), not claims. */
  suggestions: z.array(numberFlagSchema).default([]),
  /** Parsed, zod-validated structured output for kinds that ask for it. */
  structured: z.unknown().optional(),
  timings: z.object({ firstTokenMs: z.number().nullable(), totalMs: z.number() }),
  promptTokens: z.number().int()
})
export type DraftDoneEvent = z.infer<typeof draftRunResultSchema>

export const draftPreviewSchema = z.object({
  kind: z.string(),
  engine: engineSchema,
  model: z.string(),
  /** Where the messages would go; null for the built-in engine, which sends nothing. */
  host: z.string().nullable(),
  messages: z.array(chatMessageSchema),
  sources: z.array(draftSourceSchema),
  promptTokens: z.number().int(),
  contextTokens: z.number().int(),
  budget: z.number().int(),
  consideredEntries: z.number().int(),
  usedEntries: z.number().int()
})
export type DraftPreview = z.infer<typeof draftPreviewSchema>
