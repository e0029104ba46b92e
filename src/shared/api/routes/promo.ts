import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, isoDate, noInput } from '../../domain/common'
import { packetSettingsSchema, packetSummarySchema, promoPacketRecordSchema } from '../../domain/promo'

export const promoRoutes = {
  'promo.defaults': route({
    summary:
      'A starting point for a packet: the target level from your profile, its usual criteria (or your last edited list), and the last year.',
    input: z.strictObject({ targetLevel: z.string().trim().max(80, 'A level is at most 80 characters.').optional() }),
    output: z.object({ from: isoDate, to: isoDate, targetLevel: z.string(), criteria: z.array(z.string()) })
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
