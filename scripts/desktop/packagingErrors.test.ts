import { lookup } from 'node:dns/promises'
import { describe, expect, it } from 'vitest'
import { validateBuilderConfig } from '../../src/main/electron/packaging/builderInternals'
import { explainPackagingError, isNetworkFailure } from './packagingErrors'

const context = { platform: 'linux' as NodeJS.Platform, electronVersion: '45.4.1' }
const realError = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

describe('npm run dist failures', () => {
  it('explain a failed Electron download in words, with no stack trace', async () => {
    // A real resolver failure (.invalid never resolves), wrapped the way got wraps it.
    const dns = await realError(() => lookup('electron-download.invalid'))
    const wrapped = Object.assign(new Error(`getaddrinfo ${(dns as NodeJS.ErrnoException).code} github.com`, { cause: dns }), {
      name: 'RequestError'
    })
    for (const error of [dns, wrapped]) {
      expect(isNetworkFailure(error)).toBe(true)
      const text = explainPackagingError(error, context)
      expect(text).toMatch(/^npm run dist: could not build the Linux installer — electron-builder could not download Electron 45\.4\.1/)
      expect(text).toContain('.github/workflows/release.yml')
      expect(text).not.toMatch(/\n\s+at /)
    }
  })

  it('name the platform the person is on', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' })
    expect(explainPackagingError(error, { ...context, platform: 'darwin' })).toContain('the macOS installer')
    expect(explainPackagingError(error, { ...context, platform: 'win32' })).toContain('the Windows installer')
  })

  it('give other failures as one line plus where to look, not as a download problem', async () => {
    const invalid = await realError(() => validateBuilderConfig({ asar: 'yes' } as never))
    expect(isNetworkFailure(invalid)).toBe(false)
    const text = explainPackagingError(invalid, context)
    expect(text.split('\n')).toHaveLength(2)
    expect(text).toMatch(/^npm run dist: could not build the Linux installer — /)
    expect(text).toContain('DEBUG=electron-builder')
    expect(text).not.toContain('could not download')
  })
})
