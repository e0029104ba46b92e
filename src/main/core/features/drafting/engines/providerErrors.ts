import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai'
import type { DraftError } from '../../../../../shared/domain/drafting'

export interface ProviderTarget {
  engine: 'openai' | 'compatible'
  baseUrl: string
  model: string
}

const KEYISH = /\b(sk-[A-Za-z0-9_*-]{4,}|Bearer\s+\S+)/g

/** Remove the key (and anything key-shaped) from a provider's message: OpenAI's 401 echoes it. */
export function stripSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[key]')
  return out.replace(KEYISH, '[key]')
}

/** Which local server a base URL most likely is, for "is Ollama running at …?". */
export function serverName(baseUrl: string): string {
  let port: string
  try {
    port = new URL(baseUrl).port
  } catch {
    return 'the server'
  }
  if (port === '11434') return 'Ollama'
  if (port === '1234') return 'LM Studio'
  if (port === '8080') return 'the llama.cpp server'
  return 'the server'
}

/** Seconds to wait from Retry-After (seconds or HTTP date) or retry-after-ms. */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get('retry-after-ms')
  if (ms && Number.isFinite(Number(ms))) return Math.max(1, Math.ceil(Number(ms) / 1000))
  const value = headers?.get('retry-after')
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(1, Math.ceil(Number(value)))
  const at = Date.parse(value)
  return Number.isFinite(at) ? Math.max(1, Math.ceil((at - now) / 1000)) : undefined
}

const causeCode = (error: unknown): string | undefined => {
  let e = error as { code?: string; cause?: unknown } | undefined
  for (let i = 0; i < 5 && e; i++) {
    if (typeof e.code === 'string') return e.code
    e = e.cause as typeof e
  }
  return undefined
}

/** Every provider failure becomes a sentence that says what happened and what to do next. */
export function describeProviderError(error: unknown, target: ProviderTarget, secrets: readonly string[] = []): DraftError {
  const described = describe(error, target, secrets)
  return { ...described, message: described.message.charAt(0).toUpperCase() + described.message.slice(1) }
}

function describe(error: unknown, target: ProviderTarget, secrets: readonly string[]): DraftError {
  const where = target.engine === 'openai' ? 'OpenAI' : `${serverName(target.baseUrl)} at ${target.baseUrl}`
  const providerSaid = (e: APIError) => {
    const raw = (e.error as { message?: string } | undefined)?.message ?? ''
    return raw ? ` The server said: “${stripSecrets(raw, secrets).slice(0, 300)}”` : ''
  }
  if (error instanceof APIConnectionTimeoutError) {
    return { kind: 'total_timeout', message: `${where} did not answer in time. Try again, or raise the total timeout in Settings.` }
  }
  if (error instanceof APIConnectionError) {
    const code = causeCode(error)
    if (code === 'ECONNREFUSED') {
      const name = serverName(target.baseUrl)
      const hint =
        name === 'Ollama' ? ' Start it with `ollama serve`.' : name === 'LM Studio' ? ' Start the local server in LM Studio.' : ''
      return {
        kind: 'connection_refused',
        message: `Nothing is listening at ${target.baseUrl}. Is ${name === 'the server' ? 'the server' : name} running at ${target.baseUrl}?${hint}`
      }
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return { kind: 'connection_refused', message: `Could not find the host in ${target.baseUrl}. Check the base URL and your network.` }
    }
    return { kind: 'dropped', message: `The connection to ${where} failed (${code ?? 'network error'}). Check the base URL and try again.` }
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status
    switch (status) {
      case 401:
        return {
          kind: 'auth',
          httpStatus: 401,
          message:
            target.engine === 'openai'
              ? 'OpenAI rejected the API key (401). Paste a valid key in Settings → Drafting engine.'
              : `${where} rejected the key (401). Set the right key for this server in Settings, or clear it if the server needs none.`
        }
      case 403:
        return {
          kind: 'forbidden',
          httpStatus: 403,
          message: `${where} refused access (403): this key or project may not be allowed to use “${target.model}”, or your region is not supported.${providerSaid(error)}`
        }
      case 404:
        return {
          kind: 'model_not_found',
          httpStatus: 404,
          message:
            target.engine === 'compatible' && serverName(target.baseUrl) === 'Ollama'
              ? `Model “${target.model}” was not found. Pull it with \`ollama pull ${target.model}\`, or pick one from the model list in Settings.`
              : `Model “${target.model}” was not found at ${where}. Pick one from the model list in Settings (Test connection).`
        }
      case 429: {
        const wait = retryAfterSeconds(error.headers)
        const quota = /quota/i.test((error.error as { message?: string } | undefined)?.message ?? '')
        return {
          kind: 'rate_limited',
          httpStatus: 429,
          ...(wait !== undefined ? { retryAfterSec: wait } : {}),
          message: quota
            ? `${where} says your quota is used up (429). Check your plan and billing, then try again.`
            : `${where} is rate-limiting requests (429). ${wait !== undefined ? `Try again in ${wait} second${wait === 1 ? '' : 's'}.` : 'Wait a minute and try again.'}`
        }
      }
      case 400:
      case 422:
        return {
          kind: 'bad_request',
          httpStatus: status,
          message: `${where} could not use this request (${status}).${providerSaid(error)}`
        }
      default:
        if (status >= 500) {
          return {
            kind: 'server',
            httpStatus: status,
            message: `${where} had an internal error (${status}). This is on the provider's side; try again in a moment.`
          }
        }
        return { kind: 'other', httpStatus: status, message: `${where} answered ${status}.${providerSaid(error)}` }
    }
  }
  const message = error instanceof Error ? stripSecrets(error.message, secrets).slice(0, 200) : 'unknown error'
  return { kind: 'other', message: `The draft failed: ${message}` }
}
