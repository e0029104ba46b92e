import OpenAI, { APIError } from 'openai'
import { z } from 'zod'
import type { ChatMessage } from '../../../../../shared/domain/drafting'
import { createJsonProgress } from '../jsonProgress'
import { parseStructuredReply, promptOnlySchemaMessage, repairMessage } from '../structuredReply'
import type { DraftEngine, EngineOutcome, EngineRun } from '../types'
import { describeProviderError, stripSecrets, type ProviderTarget } from './providerErrors'

export interface OpenAIEngineOptions extends ProviderTarget {
  /** Only ever the key that belongs to this base URL's host (the caller checks). */
  apiKey: string | null
  fetch?: typeof fetch
}

/** One configured client; no retries (we report 429/5xx and let the person decide), no SDK logging. */
export function createClient(o: { baseUrl: string; apiKey: string | null; timeoutMs: number; fetch?: typeof fetch }): OpenAI {
  return new OpenAI({
    baseURL: o.baseUrl,
    // An explicit placeholder: without it the SDK would read OPENAI_API_KEY from the environment
    // and could send the OpenAI key to a local server.
    apiKey: o.apiKey ?? 'no-key',
    maxRetries: 0,
    timeout: o.timeoutMs,
    logLevel: 'off',
    ...(o.fetch ? { fetch: o.fetch } : {})
  })
}

const JSON_FALLBACK_HINT = /response_format|json_schema|structured|not supported|unsupported/i

/** A server that refuses the json_schema response format says so with a 400/422 naming it. */
const rejectsJsonSchema = (error: unknown) =>
  error instanceof APIError &&
  (error.status === 400 || error.status === 422) &&
  JSON_FALLBACK_HINT.test(String((error.error as { message?: string } | undefined)?.message ?? error.message))

/** OpenAI and every OpenAI-compatible server (Ollama, LM Studio, llama.cpp) through one client. */
export function createOpenAIEngine(o: OpenAIEngineOptions): DraftEngine {
  const host = new URL(o.baseUrl).host
  const secrets = o.apiKey ? [o.apiKey] : []
  return {
    id: o.engine,
    model: o.model,
    host,
    async run(run: EngineRun): Promise<EngineOutcome> {
      const started = performance.now()
      const controller = new AbortController()
      let why: 'user' | 'first_token' | 'total' | null = null
      const abort = (reason: typeof why) => {
        why ??= reason
        controller.abort()
      }
      if (run.signal.aborted) abort('user')
      run.signal.addEventListener('abort', () => abort('user'), { once: true })
      const firstTimer = setTimeout(() => abort('first_token'), run.firstTokenTimeoutMs)
      const totalTimer = setTimeout(() => abort('total'), run.totalTimeoutMs)
      const client = createClient({ baseUrl: o.baseUrl, apiKey: o.apiKey, timeoutMs: run.totalTimeoutMs + 1000, fetch: o.fetch })

      let text = ''
      let finishReason: string | null
      let firstTokenMs: number | null = null
      const structured = run.kind.structured
      const jsonSchema = structured ? (z.toJSONSchema(structured.schema) as Record<string, unknown>) : null
      // Structured runs show readable progress while the JSON streams, never the JSON itself.
      const progress = structured ? createJsonProgress(run.onDelta) : null
      let mode: 'json_schema' | 'prompt' = 'json_schema'
      let repaired = false
      let messages: ChatMessage[] = run.messages
      const end = (outcome: Omit<EngineOutcome, 'firstTokenMs' | 'text'>, shown = text): EngineOutcome => {
        clearTimeout(firstTimer)
        clearTimeout(totalTimer)
        return { ...outcome, text: shown, firstTokenMs, ...(structured ? { structuredMode: mode } : {}) }
      }
      const aborted = (): EngineOutcome | null => {
        if (why === 'user') return end({ status: 'cancelled', finishReason: null, error: null })
        if (why === 'first_token')
          return end({
            status: 'failed',
            finishReason: null,
            error: {
              kind: 'first_token_timeout',
              message: `No first token within ${Math.round(run.firstTokenTimeoutMs / 1000)} s. Local models can take a while to load: try again, or raise the first-token timeout in Settings.`
            }
          })
        if (why === 'total')
          return end({
            status: text ? 'incomplete' : 'failed',
            finishReason: null,
            error: {
              kind: 'total_timeout',
              message: `The draft took longer than ${Math.round(run.totalTimeoutMs / 1000)} s and was stopped${text ? '; the partial text is kept' : ''}. Raise the total timeout in Settings or try a smaller model.`
            }
          })
        return null
      }

      // At most: the json_schema request, the prompt-only retry, one repair turn.
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const stream = await client.chat.completions.create(
            {
              model: o.model,
              messages,
              temperature: run.temperature,
              stream: true,
              ...(structured && mode === 'json_schema'
                ? { response_format: { type: 'json_schema' as const, json_schema: { name: structured.name, schema: jsonSchema! } } }
                : {})
            },
            { signal: controller.signal }
          )
          text = ''
          finishReason = null
          for await (const chunk of stream) {
            if (why) break
            const choice = chunk.choices?.[0]
            const delta = choice?.delta?.content ?? ''
            if (delta) {
              if (firstTokenMs === null) {
                firstTokenMs = performance.now() - started
                clearTimeout(firstTimer)
              }
              text += delta
              if (progress) progress.push(delta)
              else run.onDelta(delta)
            }
            if (choice?.finish_reason) finishReason = choice.finish_reason
          }
          const stopped = aborted()
          if (stopped) return stopped
          if (finishReason === 'stop') {
            if (!structured) return end({ status: 'complete', finishReason, error: null })
            const parsed = parseStructuredReply(text, structured.schema)
            if (parsed.ok)
              return end(
                { status: 'complete', finishReason, error: null, structured: parsed.data },
                structured.render(parsed.data, run.input)
              )
            // Prompt-only servers get one repair turn; a json_schema server that still sent a bad reply does not.
            if (mode === 'prompt' && !repaired) {
              repaired = true
              progress?.reset()
              run.onDelta('\n*The reply did not match the structure; asking the model once more…*\n\n')
              messages = [...messages, { role: 'assistant', content: text }, { role: 'user', content: repairMessage(parsed.reason) }]
              continue
            }
            return end({ status: 'complete', finishReason, error: null, structuredProblem: parsed.reason })
          }
          if (finishReason === 'length')
            return end({
              status: 'truncated',
              finishReason,
              error: null
            })
          if (finishReason)
            return end({
              status: 'incomplete',
              finishReason,
              error: { kind: 'other', message: `The model stopped early (${finishReason}). The partial text is kept.` }
            })
          return end({
            status: 'incomplete',
            finishReason: null,
            error: {
              kind: 'dropped',
              message: 'The stream ended before the model said it was finished. The partial text is kept; Regenerate to try again.'
            }
          })
        } catch (error) {
          const stopped = aborted()
          if (stopped) return stopped
          // Servers without JSON-schema support: retry once with the schema spelled out in the prompt.
          if (structured && mode === 'json_schema' && !text && rejectsJsonSchema(error)) {
            mode = 'prompt'
            messages = [...messages, { role: 'system', content: promptOnlySchemaMessage(jsonSchema) }]
            continue
          }
          if (text) {
            return end({
              status: 'incomplete',
              finishReason: null,
              error: {
                kind: 'dropped',
                message: `The connection dropped mid-stream (${stripSecrets(String((error as Error)?.message ?? 'network error'), secrets).slice(0, 80)}). The partial text is kept; Regenerate to try again.`
              }
            })
          }
          const described = describeProviderError(error, o, secrets)
          return end({ status: 'failed', finishReason: null, error: described, httpStatus: described.httpStatus })
        }
      }
      return end({ status: 'failed', finishReason: null, error: { kind: 'other', message: 'The draft failed.' } })
    }
  }
}

/** Test connection + model list: GET /models on the configured server. */
export async function listModels(o: { baseUrl: string; apiKey: string | null; timeoutMs: number }): Promise<string[]> {
  const client = createClient(o)
  const ids: string[] = []
  for await (const model of client.models.list()) {
    ids.push(model.id)
    if (ids.length >= 500) break
  }
  return ids.sort()
}
