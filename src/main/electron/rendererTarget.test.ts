import { describe, expect, it } from 'vitest'
import { chooseRenderer, originOf } from './rendererTarget'

describe('which page the window loads', () => {
  it('is the packed page over app:// by default', () => {
    expect(chooseRenderer({ isPackaged: false })).toEqual({ url: 'app://loopwise/index.html', origin: 'app://loopwise' })
    expect(chooseRenderer({ isPackaged: true })).toEqual({ url: 'app://loopwise/index.html', origin: 'app://loopwise' })
  })

  it('ignores ELECTRON_RENDERER_URL in the packaged app, and says so', () => {
    for (const devServerUrl of ['http://localhost:5173', 'https://evil.test/', 'http://127.0.0.1:1/']) {
      const target = chooseRenderer({ isPackaged: true, devServerUrl })
      expect(target.url).toBe('app://loopwise/index.html')
      expect(target.origin).toBe('app://loopwise')
      expect(target.ignored).toMatch(/ignored in the packaged app/)
    }
  })

  it('uses the dev server in a development run, trusting exactly its origin', () => {
    expect(chooseRenderer({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: 'http://localhost:5173',
      origin: 'http://localhost:5173'
    })
  })

  it('refuses a dev URL that is not http(s), falling back to the packed page', () => {
    for (const devServerUrl of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'app://evil/', 'data:text/html,hi']) {
      const target = chooseRenderer({ isPackaged: false, devServerUrl })
      expect(target.url, devServerUrl).toBe('app://loopwise/index.html')
      expect(target.ignored, devServerUrl).toMatch(/not an http\(s\) URL/)
    }
    expect(chooseRenderer({ isPackaged: false, devServerUrl: '   ' })).toEqual({
      url: 'app://loopwise/index.html',
      origin: 'app://loopwise'
    })
  })
})

describe('originOf', () => {
  it('gives scheme://host for app:// (where Node says "null") and the usual origin for http(s)', () => {
    expect(originOf('app://loopwise/index.html')).toBe('app://loopwise')
    expect(originOf('app://loopwise/assets/x.js?y#z')).toBe('app://loopwise')
    expect(originOf('app://loopwise.evil/')).toBe('app://loopwise.evil')
    expect(originOf('app://loopwise:8080/')).toBe('app://loopwise:8080')
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173')
  })

  it('has no origin for credentials, opaque schemes, hostless app:// and garbage', () => {
    for (const raw of [
      'app://u:p@loopwise/',
      'app://u@loopwise/',
      'app:///index.html',
      'file:///app/index.html',
      'data:text/html,x',
      'about:blank',
      '',
      'nonsense'
    ]) {
      expect(originOf(raw), raw).toBeNull()
    }
  })
})
