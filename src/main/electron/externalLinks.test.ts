import { describe, expect, it } from 'vitest'
import { EXTERNAL_LINK_HOSTS, isSafeExternalUrl } from './externalLinks'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://openai.com/',
    'https://platform.openai.com/api-keys',
    'https://ollama.com/download',
    'https://lmstudio.ai/docs',
    'https://github.com/ggml-org/llama.cpp',
    'https://OpenAI.com/pricing'
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with a listed host in the text', 'javascript://openai.com/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://openai.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['look-alike suffix', 'https://openai.com.evil.test/'],
    ['look-alike prefix', 'https://evil-openai.com/'],
    ['look-alike without the dot', 'https://notopenai.com/'],
    ['credentials in the URL', 'https://openai.com@evil.test/'],
    ['user and password', 'https://user:pw@openai.com/'],
    ['explicit port', 'https://openai.com:8443/'],
    ['homoglyph (Cyrillic a)', 'https://openаi.com/'],
    ['loopback', 'https://127.0.0.1/'],
    ['localhost', 'https://localhost/'],
    ['IPv6', 'https://[::1]/'],
    ['unlisted host', 'https://example.com/'],
    ['not a URL', 'openai.com'],
    ['empty', '']
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://openai.com/' })).toBe(false)
    expect(isSafeExternalUrl(`https://openai.com/${'a'.repeat(3000)}`)).toBe(false)
  })

  it('lists only plain lower-case hostnames', () => {
    for (const host of EXTERNAL_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/)
  })
})
