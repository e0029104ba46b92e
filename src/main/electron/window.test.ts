import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeSession } from './testing/fakeElectron'

const fakes = vi.hoisted(() => ({ openExternal: [] as string[], session: null as unknown }))

vi.mock('electron', async () => {
  const { FakeBrowserWindow: BrowserWindow, fakeSession: makeSession } = await import('./testing/fakeElectron')
  fakes.session = makeSession()
  return {
    BrowserWindow,
    session: { defaultSession: fakes.session },
    shell: { openExternal: async (url: string) => void fakes.openExternal.push(url) }
  }
})

const { createMainWindow, hardenContents, lockDownSession } = await import('./window')
const { CONTENT_SECURITY_POLICY } = await import('../../shared/csp')

const open = (devTools = false) =>
  createMainWindow({ preload: '/app/preload.js', url: 'app://loopwise/index.html', devTools }) as unknown as FakeBrowserWindow

beforeEach(() => {
  fakes.openExternal.length = 0
  FakeBrowserWindow.created.length = 0
})

describe('main window', () => {
  it('is created with the locked-down webPreferences and our preload', () => {
    const win = open()
    const prefs = win.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      preload: '/app/preload.js'
    })
    // Options that would re-open Node or remote content must not be set at all.
    for (const key of ['enableRemoteModule', 'enableBlinkFeatures', 'additionalArguments', 'contextIsolationInWorker']) {
      expect(prefs).not.toHaveProperty(key)
    }
    expect(win.loaded).toEqual({ url: 'app://loopwise/index.html' })
  })

  it('never loads the page from file://', () => {
    expect(open().loaded.file).toBeUndefined()
    expect(open(true).loaded).toEqual({ url: 'app://loopwise/index.html' })
  })

  it('keeps DevTools shut when they are turned off, and only then', () => {
    const packaged = open(false)
    expect((packaged.options.webPreferences as Record<string, unknown>).devTools).toBe(false)
    packaged.webContents.emit('devtools-opened')
    expect(packaged.webContents.devToolsClosed).toBe(1)
    const dev = open(true)
    expect((dev.options.webPreferences as Record<string, unknown>).devTools).toBe(true)
    dev.webContents.emit('devtools-opened')
    expect(dev.webContents.devToolsClosed).toBe(0)
  })

  it('blocks every navigation, redirect and webview attach', () => {
    const win = open()
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://openai.com/', 'file:///etc/passwd', 'http://127.0.0.1:1/', 'javascript:alert(1)']) {
        expect(win.webContents.emitPreventable(event, url), `${event} ${url}`).toBe(true)
      }
    }
  })

  it('denies every new window and opens only allow-listed https links in the system browser', () => {
    const win = open()
    const handler = win.webContents.windowOpenHandler!
    const tried = [
      'https://openai.com/api',
      'https://openai.com.evil.test/',
      'http://openai.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://example.com/'
    ]
    for (const url of tried) expect(handler({ url })).toEqual({ action: 'deny' })
    expect(fakes.openExternal).toEqual(['https://openai.com/api'])
  })

  it('hardens any window handed to it', () => {
    const win = new FakeBrowserWindow({})
    hardenContents(win as never)
    expect(win.webContents.windowOpenHandler).not.toBeNull()
    expect(win.webContents.listenerCount('will-navigate')).toBe(1)
  })
})

describe('session', () => {
  const session = () => fakes.session as FakeSession

  it('denies every permission request and check', () => {
    lockDownSession()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = []
      session().permissionRequestHandler!({}, permission, (granted: boolean) => answers.push(granted))
      expect(answers, permission).toEqual([false])
      expect(session().permissionCheckHandler!({}, permission), permission).toBe(false)
    }
  })

  it('adds the CSP to every response, replacing nothing else', () => {
    lockDownSession()
    let result: { responseHeaders: Record<string, string[]> } | null = null
    session().headersListener!({ responseHeaders: { 'X-Test': ['1'] } }, (r: unknown) => (result = r as typeof result))
    expect(result!.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(result!.responseHeaders['X-Test']).toEqual(['1'])
  })
})
