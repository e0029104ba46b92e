import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, fakeIpcMain } from './testing/fakeElectron'
import { EventBus } from '../core/base/events'

const fakes = vi.hoisted(() => ({ ipcMain: null as unknown }))

vi.mock('electron', async () => {
  const { fakeIpcMain: make } = await import('./testing/fakeElectron')
  fakes.ipcMain = make()
  return { ipcMain: fakes.ipcMain }
})

const { EVENT_CHANNEL, INVOKE_CHANNEL, isTrustedSender, registerIpc } = await import('./ipc')
const ipcMain = () => fakes.ipcMain as ReturnType<typeof fakeIpcMain>

const frame = (url: string) => ({ url })
const eventFrom = (sender: unknown, url = 'app://loopwise/index.html') => ({ sender, senderFrame: frame(url) })
const APP = 'app://loopwise'

function setup() {
  const win = new FakeBrowserWindow({})
  const calls: Array<[string, unknown, unknown]> = []
  const events = new EventBus()
  const core = {
    events,
    dispatch: async (route: string, input: unknown, ctx: unknown) => {
      calls.push([route, input, ctx])
      return { ok: true, data: 'done' }
    }
  }
  const dispose = registerIpc(core as never, () => win as never, APP)
  const invoke = ipcMain().handlers.get(INVOKE_CHANNEL)!
  return { win, calls, events, dispose, invoke }
}

let dispose: (() => void) | null = null
afterEach(() => {
  dispose?.()
  dispose = null
})

describe('IPC sender check', () => {
  it('trusts only our own window showing our own page', () => {
    const win = new FakeBrowserWindow({})
    const other = new FakeBrowserWindow({})
    expect(isTrustedSender(eventFrom(win.webContents) as never, win as never, APP)).toBe(true)
    expect(isTrustedSender(eventFrom(win.webContents, 'app://loopwise/assets/x.js') as never, win as never, APP)).toBe(true)
    expect(isTrustedSender(eventFrom(other.webContents) as never, win as never, APP)).toBe(false)
    expect(isTrustedSender(eventFrom(win.webContents, 'https://evil.test/') as never, win as never, APP)).toBe(false)
    expect(isTrustedSender(eventFrom(win.webContents, '') as never, win as never, APP)).toBe(false)
    expect(isTrustedSender({ sender: win.webContents, senderFrame: null } as never, win as never, APP)).toBe(false)
    expect(isTrustedSender(eventFrom(win.webContents) as never, null, APP)).toBe(false)
    win.destroyed = true
    expect(isTrustedSender(eventFrom(win.webContents) as never, win as never, APP)).toBe(false)
  })

  it('compares one exact origin: no file://, no look-alikes, no prefixes', () => {
    const win = new FakeBrowserWindow({})
    const trusted = (url: string, origin = APP) => isTrustedSender(eventFrom(win.webContents, url) as never, win as never, origin)
    for (const url of [
      'file:///app/out/renderer/index.html',
      'app://loopwise.evil/index.html',
      'app://loopwise:1/index.html',
      'app://user@loopwise/index.html',
      'app://evil/index.html',
      'app:///index.html',
      'http://loopwise/index.html',
      'data:text/html,hi',
      'about:blank'
    ]) {
      expect(trusted(url), url).toBe(false)
    }
    // In development the dev server is the one origin, and the packed page is not trusted then.
    const dev = 'http://localhost:5173'
    expect(trusted('http://localhost:5173/', dev)).toBe(true)
    expect(trusted('app://loopwise/index.html', dev)).toBe(false)
    // A prefix match would let these through.
    expect(trusted('http://localhost:5173.evil.test/', dev)).toBe(false)
    expect(trusted('http://localhost:51730/', dev)).toBe(false)
  })

  it('refuses an untrusted sender without reaching the core', async () => {
    const s = setup()
    dispose = s.dispose
    const stranger = new FakeBrowserWindow({})
    const answer = await s.invoke(eventFrom(stranger.webContents), 'wins.list', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(s.calls).toEqual([])
  })

  it('passes a trusted call to dispatch with the ipc transport', async () => {
    const s = setup()
    dispose = s.dispose
    expect(await s.invoke(eventFrom(s.win.webContents), 'wins.list', { query: 'x' })).toEqual({ ok: true, data: 'done' })
    expect(s.calls).toEqual([['wins.list', { query: 'x' }, { transport: 'ipc' }]])
  })

  it('forwards core events on the one event channel and stops after dispose', () => {
    const s = setup()
    s.events.emit('store.status', { saved: true } as never)
    expect(s.win.webContents.sent).toEqual([{ channel: EVENT_CHANNEL, payload: { event: 'store.status', payload: { saved: true } } }])
    s.dispose()
    expect(ipcMain().handlers.has(INVOKE_CHANNEL)).toBe(false)
    s.events.emit('store.status', { saved: false } as never)
    expect(s.win.webContents.sent).toHaveLength(1)
  })
})
