import { z } from 'zod'
import { entityId, isoDate, shortText, timestamp } from './common'
import { criteriaFor, DEFAULT_LADDER, ladderSchema, type Ladder, type Track } from './ladder'

/** What a win is evidence for, by meaning (core/features/promo/classify.ts reads it). */
export const WIN_SECTIONS = ['delivery', 'leadership', 'glue', 'mentoring', 'influence', 'recognition'] as const
export type WinSection = (typeof WIN_SECTIONS)[number]

export const PACKET_SECTIONS = [
  'target',
  'goals',
  'projects',
  'delivery',
  'leadership',
  'glue',
  'mentoring',
  'influence',
  'recognition',
  'supporters',
  'gaps'
] as const
export type PacketSectionId = (typeof PACKET_SECTIONS)[number]
export const PACKET_SECTION_TITLES: Record<PacketSectionId, string> = {
  target: 'Target level and criteria',
  goals: 'Goals and expectations for the period',
  projects: 'Key projects',
  delivery: 'Delivery with business impact',
  leadership: 'Technical and product leadership',
  glue: 'Org improvements and glue work',
  mentoring: 'Mentoring and growing others',
  influence: 'Influence beyond the team',
  recognition: 'Recognition',
  supporters: 'Supporters',
  gaps: 'Gaps and plans'
}

/** Where the user put a win, remembered across builds: a section, or pinned as a key project. */
export const PLACEMENTS = ['projects', ...WIN_SECTIONS] as const
export type Placement = (typeof PLACEMENTS)[number]
export const placementSchema = z.enum(PLACEMENTS, { error: 'Move it to one of the packet’s sections.' })

export const packetSettingsSchema = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    targetLevel: shortText('A target level', 80),
    criteria: z.array(shortText('A criterion', 300)).max(20, 'At most 20 criteria.').default([])
  })
  .refine((s) => s.from <= s.to, { message: 'The period must start before it ends.', path: ['to'] })
export type PacketSettings = z.infer<typeof packetSettingsSchema>

export const packetDetailSchema = z.object({
  label: z.string(),
  text: z.string(),
  sourceIds: z.array(z.string()),
  /** True when the text is a visible placeholder or a question, not a fact. */
  missing: z.boolean().default(false)
})
export type PacketDetail = z.infer<typeof packetDetailSchema>

export const packetItemSchema = z.object({
  text: z.string(),
  /** The entries this claim came from. A claim with no source is not allowed in a packet. */
  sourceIds: z.array(z.string()),
  /** False for headings the user chose (criteria) and for prompts to fill in. */
  claim: z.boolean(),
  details: z.array(packetDetailSchema).default([]),
  links: z.array(z.object({ url: z.string(), label: z.string() })).default([]),
  /** The win this item stands for, so the user can move it to another section. */
  winId: z.string().optional()
})
export type PacketItem = z.infer<typeof packetItemSchema>

export const packetSectionSchema = z.object({ id: z.enum(PACKET_SECTIONS), title: z.string(), items: z.array(packetItemSchema) })
export type PacketSection = z.infer<typeof packetSectionSchema>

export const packetSourceSchema = z.object({ id: z.string(), label: z.string(), kind: z.string(), title: z.string(), date: z.string() })
export type PacketSource = z.infer<typeof packetSourceSchema>

export const packetFlagSchema = z.object({ where: z.string(), text: z.string(), reason: z.string() })
export type PacketFlag = z.infer<typeof packetFlagSchema>

export const packetSchema = z.object({
  settings: z.object({ from: z.string(), to: z.string(), targetLevel: z.string(), criteria: z.array(z.string()) }),
  sections: z.array(packetSectionSchema),
  sources: z.array(packetSourceSchema),
  /** Numbers the guard could not find in the user's history. */
  flags: z.array(packetFlagSchema),
  checklist: z.array(z.string()),
  /** Which engine wrote it; LLM wording is checked by the same guard. */
  engine: z.string().default('builtin')
})
export type Packet = z.infer<typeof packetSchema>

export const packetVersionSchema = z.object({ version: z.number().int().min(1), at: timestamp, packet: packetSchema })

export const promoPacketRecordSchema = z.object({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  versions: z.array(packetVersionSchema).min(1)
})
export type PromoPacketRecord = z.infer<typeof promoPacketRecordSchema>

/** What the list shows: no packet bodies. */
export const packetSummarySchema = z.object({
  id: z.string(),
  targetLevel: z.string(),
  from: z.string(),
  to: z.string(),
  versions: z.number().int(),
  updatedAt: z.string()
})

/**
 * The user's promo choices kept across builds: where they moved each win (by win id) and the
 * ladder they imported (absent: the default ladder).
 */
export const promoPrefsSchema = z.object({
  placements: z.record(z.string(), placementSchema).default({}),
  ladder: ladderSchema.optional()
})
export type PromoPrefs = z.infer<typeof promoPrefsSchema>
export const emptyPromoPrefs = (): PromoPrefs => ({ placements: {} })

/** Criteria for a level, from the ladder (the user's imported one, else the default). */
export function defaultCriteria(targetLevel: string, ladder: Ladder = DEFAULT_LADDER, track?: Track): string[] {
  return criteriaFor(ladder, targetLevel, track)
}
