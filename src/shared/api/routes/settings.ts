import { z } from 'zod'
import { route } from '../define'
import { noInput } from '../../domain/common'
import { draftingSettingsSchema, keyStatusSchema, settingsPatchSchema } from '../../domain/drafting'

const settingsView = z.object({ settings: draftingSettingsSchema, key: keyStatusSchema })
const connectionTarget = z.strictObject({ engine: z.enum(['openai', 'compatible']).optional(), baseUrl: z.string().max(500).optional() })

export const settingsRoutes = {
  'settings.get': route({
    summary: 'Drafting settings and whether an API key is set (never the key).',
    input: noInput,
    output: settingsView
  }),
  'settings.update': route({ summary: 'Change drafting settings.', input: settingsPatchSchema, output: settingsView }),
  'settings.setKey': route({
    summary: 'Give the main process an API key for the OpenAI or compatible engine (write-only).',
    input: z.strictObject({
      engine: z.enum(['openai', 'compatible'], { error: 'A key is for the OpenAI or the compatible engine.' }),
      key: z.string().trim().min(1, 'Paste a key.').max(400, 'That key is too long.')
    }),
    output: settingsView
  }),
  'settings.clearKey': route({
    summary: 'Forget the stored API key for an engine.',
    input: z.strictObject({ engine: z.enum(['openai', 'compatible']) }),
    output: settingsView
  }),
  'settings.testConnection': route({
    summary: 'Reach the configured provider and list its models; says what to fix when it fails.',
    input: connectionTarget,
    output: z.object({
      ok: z.boolean(),
      message: z.string(),
      models: z.array(z.string()),
      latencyMs: z.number()
    })
  })
}
