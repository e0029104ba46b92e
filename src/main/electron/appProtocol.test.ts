import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, resolveRendererRequest, serveRenderer } from './appProtocol'
import { fakeProtocol } from './testing/fakeElectron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

// A real folder layout: the renderer folder, and secrets beside and above it that must stay out of reach.
const base = mkdtempSync(join(tmpdir(), 'loopwise-protocol-'))
const renderer = join(base, 'app', 'out', 'renderer')
const SECRET = 'the contents of loopwise.json'

/** Symlinks need a privilege on Windows; a directory junction does not. */
function link(target: string, path: string, kind: 'file' | 'dir'): boolean {
  try {
    symlinkSync(target, path, kind === 'dir' && process.platform === 'win32' ? 'junction' : kind)
    return true
  } catch (error) {
    if (process.platform === 'win32' && (error as NodeJS.ErrnoException).code === 'EPERM') return false
    throw error
  }
}

let fileLinkMade = false
const protocol = fakeProtocol()

beforeAll(() => {
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Loopwise</title>')
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(renderer, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(renderer, 'icon.svg'), '<svg/>')
  writeFileSync(join(base, 'app', 'out', 'secret.json'), SECRET)
  writeFileSync(join(base, 'loopwise.json'), SECRET)
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(base, 'outside', 'notes.txt'), SECRET)
  // A sibling folder whose name starts with the renderer folder's name: a prefix check would let it in.
  mkdirSync(join(base, 'app', 'out', 'renderer-evil'))
  writeFileSync(join(base, 'app', 'out', 'renderer-evil', 'index.html'), SECRET)
  fileLinkMade = link(join(base, 'loopwise.json'), join(renderer, 'linked.json'), 'file')
  link(join(base, 'outside'), join(renderer, 'assets', 'linked-dir'), 'dir')
  if (!fileLinkMade)
    console.log('[appProtocol.test] file symlink not created: Windows needs Developer Mode for that; the junction case still runs')
  registerAppScheme(protocol)
  serveRenderer(protocol, renderer)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme without CORS, CSP bypass or service workers', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(APP_ORIGIN).toBe('app://loopwise')
    expect(APP_ENTRY_URL).toBe('app://loopwise/index.html')
  })

  it('serves the page and its assets with their types, the CSP on the page, and nosniff', async () => {
    const page = await protocol.fetch('app://loopwise/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Loopwise</title>')
    const root = await protocol.fetch('app://loopwise/')
    expect(await root.text()).toContain('<title>Loopwise</title>')
    const script = await protocol.fetch('app://loopwise/assets/index-abc.js?v=1#x')
    expect([script.status, script.headers.get('content-type'), await script.text()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1)'
    ])
    expect((await protocol.fetch('app://loopwise/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect((await protocol.fetch('app://loopwise/icon.svg')).headers.get('content-type')).toBe('image/svg+xml')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await protocol.fetch('app://loopwise/index.html', 'HEAD')
    expect([head.status, await head.text()]).toEqual([200, ''])
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect((await protocol.fetch('app://loopwise/index.html', method)).status, method).toBe(405)
  })

  it('says 404 for files that are not there, and for folders', async () => {
    expect((await protocol.fetch('app://loopwise/nope.js')).status).toBe(404)
    expect((await protocol.fetch('app://loopwise/assets')).status).toBe(404)
    expect((await protocol.fetch('app://loopwise/assets/')).status).toBe(404)
  })
})

describe('app:// refuses everything outside the renderer folder', () => {
  // Every one of these names a file that exists outside the folder; none may come back.
  const attempts = [
    'app://loopwise/../secret.json',
    'app://loopwise/../../loopwise.json',
    'app://loopwise/%2e%2e/secret.json',
    'app://loopwise/%2E%2E/%2E%2E/loopwise.json',
    'app://loopwise/..%2fsecret.json',
    'app://loopwise/..%2F..%2Floopwise.json',
    'app://loopwise/assets/..%2f..%2fsecret.json',
    'app://loopwise/%2e%2e%2fsecret.json',
    'app://loopwise/..%5csecret.json',
    'app://loopwise/assets\\..\\..\\secret.json',
    'app://loopwise/%252e%252e/secret.json',
    'app://loopwise/..%00/secret.json',
    'app://loopwise/index.html%00.js',
    `app://loopwise/${encodeURIComponent(join(base, 'loopwise.json'))}`,
    `app://loopwise/${join(base, 'loopwise.json').replace(/\\/g, '/')}`,
    'app://loopwise//etc/passwd',
    'app://loopwise/%2Fetc%2Fpasswd',
    'app://loopwise/C:/Windows/win.ini',
    'app://loopwise/C:%5CWindows%5Cwin.ini',
    'app://loopwise/index.html::$DATA',
    'app://loopwise/../renderer-evil/index.html',
    'app://loopwise/%2e%2e/renderer-evil/index.html',
    'app://loopwise/..%2frenderer-evil/index.html',
    'app://loopwise/assets/linked-dir/notes.txt',
    'app://loopwise/linked.json'
  ]

  for (const url of attempts) {
    it(`refuses ${url}`, async () => {
      const answer = await protocol.fetch(url)
      expect(answer.status, url).toBeGreaterThanOrEqual(400)
      expect(await answer.text()).not.toContain(SECRET)
    })
  }

  it('refuses a symlinked file and folder by their real path, not their name', async () => {
    const dir = await resolveRendererRequest(renderer, { url: 'app://loopwise/assets/linked-dir/notes.txt', method: 'GET' })
    expect(dir).toEqual({ ok: false, status: 403 })
    if (fileLinkMade)
      expect(await resolveRendererRequest(renderer, { url: 'app://loopwise/linked.json', method: 'GET' })).toEqual({
        ok: false,
        status: 403
      })
  })

  it('refuses other hosts, ports, credentials and schemes on the same handler', async () => {
    for (const url of [
      'app://loopwise.evil/index.html',
      'app://evil/index.html',
      'app://LOOPWISE-/index.html',
      'app://loopwise:443/index.html',
      'app://user:pass@loopwise/index.html',
      'app://user@loopwise/index.html',
      'file:///etc/passwd',
      'https://loopwise/index.html',
      'not a url'
    ]) {
      const resolved = await resolveRendererRequest(renderer, { url, method: 'GET' })
      expect(resolved.ok, url).toBe(false)
    }
  })

  it('refuses a malformed escape instead of throwing', async () => {
    expect(await resolveRendererRequest(renderer, { url: 'app://loopwise/%E0%A4%A.js', method: 'GET' })).toEqual({ ok: false, status: 400 })
  })
})
