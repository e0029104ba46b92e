import { APIConnectionError, APIError } from 'openai'
import { describe, expect, it } from 'vitest'
import { describeProviderError, retryAfterSeconds, stripSecrets } from './providerErrors'

const target = { engine: 'compatible' as const, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' }

describe('provider errors', () => {
  it('strips the key and anything key-shaped from provider text', () => {
    const key = 'sk-proj-abcdefghijklmnop'
    expect(stripSecrets(`Incorrect API key provided: ${key}.`, [key])).toBe('Incorrect API key provided: [key].')
    expect(stripSecrets('Incorrect API key provided: sk-abc*****wxyz.')).toBe('Incorrect API key provided: [key].')
    expect(stripSecrets('header Bearer abc.def')).toBe('header [key]')
  })

  it('reads Retry-After as seconds, an HTTP date, or retry-after-ms', () => {
    expect(retryAfterSeconds(new Headers({ 'retry-after': '12' }))).toBe(12)
    expect(retryAfterSeconds(new Headers({ 'retry-after-ms': '1500' }))).toBe(2)
    expect(retryAfterSeconds(new Headers({ 'retry-after': new Date(30_000).toUTCString() }), 0)).toBe(30)
    expect(retryAfterSeconds(new Headers())).toBeUndefined()
  })

  it('asks whether Ollama is running when the connection is refused', () => {
    const error = new APIConnectionError({ cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })
    const d = describeProviderError(error, target)
    expect(d.kind).toBe('connection_refused')
    expect(d.message).toContain('Is Ollama running at http://127.0.0.1:11434/v1?')
    expect(d.message).toContain('ollama serve')
  })

  it('suggests ollama pull for a missing model and never repeats a 401 body', () => {
    const notFound = APIError.generate(404, { message: 'model not found' }, undefined, new Headers())
    expect(describeProviderError(notFound, target).message).toContain('ollama pull llama3.1')
    const key = 'sk-live-1234567890abcdef'
    const auth = APIError.generate(401, { error: { message: `Incorrect API key provided: ${key}` } }, undefined, new Headers())
    const d = describeProviderError(auth, { ...target, engine: 'openai' }, [key])
    expect(d.kind).toBe('auth')
    expect(d.message).not.toContain(key)
    expect(d.message).toMatch(/Paste a valid key in Settings/)
  })

  it('tells a quota 429 from a rate limit', () => {
    const quota = APIError.generate(429, { error: { message: 'You exceeded your current quota' } }, undefined, new Headers())
    expect(describeProviderError(quota, target).message).toMatch(/quota is used up/)
  })
})
