import type { z } from 'zod'
import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import type { ChatMessage, DraftError, DraftParams, DraftStatus, EngineId } from '../../../../shared/domain/drafting'
import type { SelectionCriteria } from './context/selectContext'
import type { PromptSafeView } from './context/promptSafeView'

/** What a kind gets to write with: the chosen entries (labelled S1…Sn in this order). */
export interface DraftInput {
  params: DraftParams
  entries: ContextEntry[]
  /** The entries as they appear in the prompt. */
  rendered: string
  /**
   * The whole prompt-safe history as typed objects: a built-in writer looks up what it needs
   * for the chosen entries here (by id), never in the store and never by parsing entry text.
   */
  view: PromptSafeView
  now: Date
}

/**
 * A kind of draft (summary, agenda, offer, impact statement…). Register one in
 * kinds/registry.ts and every engine, guard, route and the DraftPanel work with it.
 */
export interface DraftKind<S = unknown> {
  id: string
  label: string
  description: string
  /** How to pick context for these params. */
  criteria(params: DraftParams): SelectionCriteria
  /** The exact messages sent to an LLM engine. */
  messages(input: DraftInput): ChatMessage[]
  /** The built-in engine's deterministic Markdown: grounded only in input.entries, never a new number. */
  builtin(input: DraftInput): string
  /**
   * Texts Loopwise computes from the user's own dates and choices and shows in the draft (time
   * since the last loop, the meeting's length): the trust guard accepts their amounts.
   */
  computed?(input: DraftInput): string[]
  /** Structured output: a zod schema validated in main; the text shown is render(data). */
  structured?: DraftOutput<S>
}

/**
 * A kind's typed output. The built-in engine produces it from the kind's own plan (`plan`), an
 * LLM engine is asked for JSON matching `schema`, and either way the run carries the validated
 * object (`structured`) for the screens that use it, and `render` writes the text the trust
 * guard checks and the user copies.
 */
export interface DraftOutput<S> {
  /** The JSON schema's name (letters, digits, _ and -): OpenAI's response_format needs one. */
  name: string
  schema: z.ZodType<S>
  /** The built-in engine's typed output, from the same plan its text comes from. */
  plan?(input: DraftInput): S
  /** Markdown through the mdast serializer: every word from the user or the model is escaped. */
  render(data: S, input?: DraftInput): string
}

export interface EngineRun {
  kind: DraftKind
  input: DraftInput
  messages: ChatMessage[]
  temperature: number
  signal: AbortSignal
  firstTokenTimeoutMs: number
  totalTimeoutMs: number
  onDelta(text: string): void
}

export interface EngineOutcome {
  status: Exclude<DraftStatus, 'streaming'>
  /**
   * The streamed text; for a structured kind that completed, the rendered output (or, when the
   * reply did not validate, the raw reply, with `structuredProblem` saying why).
   */
  text: string
  /** A structured kind's validated output. */
  structured?: unknown
  structuredProblem?: string
  /** How the JSON was asked for: the server's json_schema mode, or the schema in the prompt. */
  structuredMode?: 'json_schema' | 'prompt'
  finishReason: string | null
  error: DraftError | null
  firstTokenMs: number | null
  httpStatus?: number
}

/** Built-in, OpenAI and OpenAI-compatible engines all look like this. Never throws. */
export interface DraftEngine {
  id: EngineId
  model: string
  /** Where requests go (null: nowhere, the built-in engine). */
  host: string | null
  run(run: EngineRun): Promise<EngineOutcome>
}
