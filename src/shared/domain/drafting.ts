import { z } from 'zod'
import { entityId, isoDate, timestamp } from './common'
import { CONTEXT_ENTRY_KINDS } from './contextEntry'
import { loopOptionsSchema } from './loop'

export const ENGINES = ['builtin', 'openai', 'compatible'] as const
export const engineSchema = z.enum(ENGINES, { error: 'Choose an engine: built-in, OpenAI or OpenAI-compatible.' })
export type EngineId = z.infer<typeof engineSchema>

export const OPENAI_BASE_URL = 'https://api.openai.com/v1'
export const ENGINE_PRESETS = [
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' },
  { id: 'lmstudio', label: 'LM Studio', baseUrl: 'http://127.0.0.1:1234/v1', model: '' }
] as const

const baseUrl = z
  .string()
  .trim()
  .max(500, 'A base URL must be at most 500 characters.')
  .refine(
    (u) => u === '' || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/i.test(u),
    'A base URL must start with http:// or https://, e.g. http://127.0.0.1:11434/v1.'
  )

/** Light, dark, or follow the system. */
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const

/** Drafting settings, stored in the store (never the key: that lives in a SecretStore). */
export const draftingSettingsSchema = z.object({
  engine: engineSchema.default('builtin'),
  openaiModel: z.string().trim().max(120).default('gpt-4o-mini'),
  compatibleBaseUrl: baseUrl.default('http://127.0.0.1:11434/v1'),
  compatibleModel: z.string().trim().max(120).default('llama3.1'),
  temperature: z.number().min(0, 'Temperature is between 0 and 2.').max(2, 'Temperature is between 0 and 2.').default(0.3),
  /** Local models load slowly: the wait for the first token is separate from the whole run. */
  firstTokenTimeoutSec: z.number().int().min(1).max(600, 'At most 600 seconds.').default(60),
  totalTimeoutSec: z.number().int().min(5).max(3600, 'At most 3,600 seconds.').default(300),
  /** Prompt budget for context entries, counted in tokens. */
  contextTokenBudget: z.number().int().min(200).max(100_000).default(3000),
  /** Opt-in to keep the key on disk when the OS offers no real keyring (Linux basic_text). */
  allowPlainTextKeyStorage: z.boolean().default(false),
  /** The app's theme; kept with the data so browser mode (a new address each run) remembers it. */
  colorScheme: z.enum(COLOR_SCHEMES).default('auto'),
  /** Reminders of a check-in due within a week or an overdue commitment (banner, desktop notification). */
  reminders: z.boolean().default(true)
})
export type DraftingSettings = z.infer<typeof draftingSettingsSchema>
export const defaultDraftingSettings = (): DraftingSettings => draftingSettingsSchema.parse({})

export const settingsPatchSchema = z.strictObject({
  engine: engineSchema.optional(),
  openaiModel: z.string().trim().max(120, 'A model name is at most 120 characters.').optional(),
  compatibleBaseUrl: baseUrl.optional(),
  compatibleModel: z.string().trim().max(120, 'A model name is at most 120 characters.').optional(),
  temperature: z
    .number({ error: 'Temperature must be a number.' })
    .min(0, 'Temperature is between 0 and 2.')
    .max(2, 'Temperature is between 0 and 2.')
    .optional(),
  firstTokenTimeoutSec: z.number().int('Use whole seconds.').min(1, 'At least 1 second.').max(600, 'At most 600 seconds.').optional(),
  totalTimeoutSec: z.number().int('Use whole seconds.').min(5, 'At least 5 seconds.').max(3600, 'At most 3,600 seconds.').optional(),
  contextTokenBudget: z.number().int().min(200, 'At least 200 tokens.').max(100_000, 'At most 100,000 tokens.').optional(),
  allowPlainTextKeyStorage: z.boolean().optional(),
  colorScheme: z.enum(COLOR_SCHEMES, { error: 'Choose light, dark or system.' }).optional(),
  reminders: z.boolean({ error: 'Reminders must be on or off.' }).optional()
})

/** What the renderer may know about a key: never the key itself. */
export const keyStatusSchema = z.object({
  present: z.boolean(),
  source: z.enum(['env', 'stored', 'session']).nullable(),
  /** Host the key is sent to (it is never sent anywhere else). */
  host: z.string().nullable(),
  persisted: z.boolean(),
  /** Why the key is or is not kept across restarts, in a sentence. */
  storageNote: z.string(),
  canPersistSecurely: z.boolean()
})
export type KeyStatus = z.infer<typeof keyStatusSchema>

export const DRAFT_STATUSES = ['streaming', 'complete', 'truncated', 'incomplete', 'cancelled', 'failed'] as const
export const draftStatusSchema = z.enum(DRAFT_STATUSES)
export type DraftStatus = z.infer<typeof draftStatusSchema>

export const DRAFT_ERROR_KINDS = [
  'auth',
  'forbidden',
  'model_not_found',
  'rate_limited',
  'server',
  'connection_refused',
  'first_token_timeout',
  'total_timeout',
  'dropped',
  'malformed_json',
  'bad_request',
  'no_key',
  'other'
] as const
export const draftErrorSchema = z.object({
  kind: z.enum(DRAFT_ERROR_KINDS),
  message: z.string(),
  httpStatus: z.number().int().optional(),
  retryAfterSec: z.number().optional()
})
export type DraftError = z.infer<typeof draftErrorSchema>

export const draftSourceSchema = z.object({
  id: z.string(),
  kind: z.enum(CONTEXT_ENTRY_KINDS),
  title: z.string(),
  date: z.string()
})
export type DraftSource = z.infer<typeof draftSourceSchema>

/**
 * A span of draft text the user's sources do not back: an amount or date (`quantity`, the
 * default when absent) or a citation to a source the run did not have (`citation`).
 */
export const numberFlagSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string(),
  kind: z.enum(['quantity', 'citation']).optional()
})

/** An amount the sources back only by arithmetic on the user's own baseline, shown with its working. */
export const derivedClaimSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  derivation: z.string(),
  sourceId: z.string()
})
export type DerivedClaim = z.infer<typeof derivedClaimSchema>
export type NumberFlag = z.infer<typeof numberFlagSchema>

export const chatMessageSchema = z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })
export type ChatMessage = z.infer<typeof chatMessageSchema>

/** Parameters a draft kind understands; kinds ignore what they do not use. */
export const draftParamsSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Free text: a theme, a goal, a question — used to rank entries and steer the draft. */
  focus: z.string().trim().max(500, 'A focus is at most 500 characters.').optional(),
  personId: entityId.optional(),
  tags: z.array(z.string().max(40)).max(20).optional(),
  audience: z.string().trim().max(200).optional(),
  /** Draft about this one win only (the rewrite panel it was opened from). */
  winId: entityId.optional(),
  /** Agenda and offers: variant, length, advanced mode, meeting day, pinned offer. */
  loop: loopOptionsSchema.optional()
})
export type DraftParams = z.infer<typeof draftParamsSchema>

export const draftRequestSchema = z.strictObject({
  kind: z.string().min(1, 'Choose what to draft.').max(40),
  params: draftParamsSchema.default({})
})

export const draftVersionSchema = z.object({
  version: z.number().int().min(1),
  text: z.string(),
  status: draftStatusSchema,
  engine: engineSchema,
  model: z.string(),
  params: draftParamsSchema,
  sources: z.array(draftSourceSchema),
  createdAt: timestamp
})

export const savedDraftSchema = z.object({
  id: entityId,
  kind: z.string(),
  title: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  versions: z.array(draftVersionSchema)
})
export type SavedDraft = z.infer<typeof savedDraftSchema>
