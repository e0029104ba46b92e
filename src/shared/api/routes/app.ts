import { z } from 'zod'
import { route } from '../define'
import { noInput } from '../../domain/common'
import { storeStatusSchema } from '../../domain/storeStatus'

export const appRoutes = {
  'app.info': route({
    summary: 'Version, mode, data file, schema version, and the backups folder with its size on disk.',
    input: noInput,
    output: z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser']),
      dataFile: z.string(),
      dataDir: z.string(),
      schemaVersion: z.number().int(),
      /** The rotating backups (gzipped): where they are, how many, and the bytes they take. */
      backups: z.object({ folder: z.string(), count: z.number().int(), bytes: z.number().int() })
    })
  }),
  'app.status': route({
    summary: 'Whether everything is saved, read-only state, and any recovery notice.',
    input: noInput,
    output: storeStatusSchema
  }),
  'app.retrySave': route({
    summary: 'Write the in-memory data to disk again after a failed save.',
    input: noInput,
    output: storeStatusSchema
  }),
  'app.dismissRecovery': route({
    summary: 'Acknowledge the recovery notice shown after a corrupt store was moved aside.',
    input: noInput,
    output: storeStatusSchema
  })
}
