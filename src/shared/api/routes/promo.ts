import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, isoDate, noInput } from '../../domain/common'
import { packetSettingsSchema, packetSummarySchema, placementSchema, promoPacketRecordSchema } from '../../domain/promo'
import { ladderLevelSchema, ladderSchema } from '../../domain/ladder'

export const promoRoutes = {
  'promo.defaults': route({
    summary:
      'A starting point for a packet: the target level from your profile, its usual criteria (or your last edited list), and the last year.',
    input: z.strictObject({ targetLevel: z.string().trim().max(80, 'A level is at most 80 characters.').optional() }),
    output: z.object({
      from: isoDate,
      to: isoDate,
      targetLevel: z.string(),
      criteria: z.array(z.string()),
      /** The ladder level the target names, when the ladder knows it. */
      level: ladderLevelSchema.optional()
    })
  }),
  'promo.move': route({
    summary:
      'Move a win to another section of a packet (or pin it as a key project); remembered for later builds and applied to the latest version.',
    input: z.strictObject({ packetId: entityId, winId: entityId, to: placementSchema }),
    output: promoPacketRecordSchema
  }),
  'promo.ladder': route({
    summary: 'The career ladder criteria come from: your imported one, or the default L3–L9 ladder.',
    input: noInput,
    output: z.object({ ladder: ladderSchema, custom: z.boolean() })
  }),
  'promo.importLadder': route({
    summary:
      'Replace the ladder with one written as Markdown (## L5 Senior Engineer headings, criteria as bullets) or CSV (level,name,track,aliases,scope,criterion); reset goes back to the default.',
    input: z.discriminatedUnion('format', [
      z.strictObject({ format: z.enum(['markdown', 'csv']), text: z.string().min(1, 'Paste a ladder first.').max(200_000) }),
      z.strictObject({ format: z.literal('reset') })
    ]),
    output: z.object({ ladder: ladderSchema, custom: z.boolean() })
  }),
  'promo.build': route({
    summary: 'Compile wins and delivered commitments into a packet; with packetId, adds a new version to that packet.',
    input: z.strictObject({ packetId: entityId.optional(), settings: packetSettingsSchema }),
    output: promoPacketRecordSchema
  }),
  'promo.list': route({ summary: 'Saved packets, newest first (no bodies).', input: noInput, output: z.array(packetSummarySchema) }),
  'promo.get': route({ summary: 'One packet with all its versions.', input: byId, output: promoPacketRecordSchema }),
  'promo.export': route({
    summary: 'A packet version as Markdown (text) or DOCX (base64), ready to save.',
    input: z.strictObject({
      id: entityId,
      version: z.number().int('A version is a whole number.').min(1).optional(),
      format: z.enum(['markdown', 'docx'], { error: 'Export as markdown or docx.' })
    }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), encoding: z.enum(['utf8', 'base64']), content: z.string() })
  })
}
