import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, fakeIpcMain, fakeMenu, fakeNotification, fakeProtocol, fakeSession } from './testing/fakeElectron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { KEPT_TITLE, makeUnwritable } from '../../../scripts/reliability/unwritableStart'

/**
 * The real entry point (src/main/index.ts) with the real core, started against a fake `electron`
 * the way Electron starts it: module code first, then `ready`. One fake set per run.
 */
function makeFakes(isPackaged: boolean, userData: string) {
  const steps: string[] = []
  let ready!: () => void
  const readyPromise = new Promise<void>((resolve) => (ready = resolve))
  const app = Object.assign(new EventEmitter(), {
    isPackaged,
    name: 'electron',
    quitCalls: 0,
    setName(name: string) {
      app.name = name
    },
    getName: () => app.name,
    userData,
    getPath: (name: string) => (name === 'userData' ? app.userData : tmpdir()),
    setPath(name: string, path: string) {
      if (name === 'userData') app.userData = path
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => readyPromise,
    quit() {
      app.quitCalls++
    },
    exitCode: null as number | null,
    exit(code: number) {
      app.exitCode = code
    }
  })
  let readyFired = false
  const protocol = fakeProtocol()
  const registerPrivileged = protocol.registerSchemesAsPrivileged
  protocol.registerSchemesAsPrivileged = (schemes) => {
    steps.push(readyFired ? 'scheme registered after ready' : 'scheme registered before ready')
    registerPrivileged(schemes)
  }
  // Electron (Chromium) creates the userData folder during start-up, before `ready`.
  const fire = () => {
    mkdirSync(app.userData, { recursive: true })
    readyFired = true
    ready()
  }
  const menu = fakeMenu()
  const ipcMain = fakeIpcMain()
  const dialogs: string[] = []
  const notifications = fakeNotification()
  const electron = {
    Notification: notifications.Notification,
    app,
    BrowserWindow: Object.assign(FakeBrowserWindow, { getAllWindows: () => FakeBrowserWindow.created }),
    dialog: { showErrorBox: (title: string, body: string) => dialogs.push(`${title}: ${body}`) },
    Menu: menu,
    protocol,
    ipcMain,
    session: { defaultSession: fakeSession() },
    shell: { openExternal: async () => undefined },
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: () => Buffer.alloc(0),
      decryptString: () => ''
    }
  }
  return { electron, app, protocol, menu, ipcMain, dialogs, steps, fire, notifications }
}

const roots: string[] = []
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL
  delete (process as { resourcesPath?: string }).resourcesPath
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** Start src/main/index.ts as Electron would and wait for its window. */
async function start(isPackaged: boolean, env: { ELECTRON_RENDERER_URL?: string; userData?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'loopwise-entry-'))
  roots.push(root)
  const fakes = makeFakes(isPackaged, env.userData ?? join(root, 'does-not-exist-yet', 'Loopwise'))
  FakeBrowserWindow.created.length = 0
  if (env.ELECTRON_RENDERER_URL) process.env.ELECTRON_RENDERER_URL = env.ELECTRON_RENDERER_URL
  ;(process as { resourcesPath?: string }).resourcesPath = join(root, 'resources')
  vi.resetModules()
  vi.doMock('electron', () => fakes.electron)
  await import('../index')
  fakes.fire()
  await vi.waitFor(
    () => {
      // A failed start shows an error box and exits; say what it said instead of timing out.
      expect(fakes.dialogs).toEqual([])
      expect(FakeBrowserWindow.created).toHaveLength(1)
    },
    { timeout: 15_000 }
  )
  const win = FakeBrowserWindow.created[0]!
  const invoke = (url: string, route = 'app.info', input: unknown = {}) =>
    fakes.ipcMain.handlers.get('loopwise:invoke')!({ sender: win.webContents, senderFrame: { url } }, route, input) as Promise<{
      ok: boolean
      data?: unknown
      error?: { code: string; message: string }
    }>
  const quit = async () => {
    fakes.app.emit('before-quit', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(fakes.app.quitCalls).toBe(1), { timeout: 15_000 })
  }
  return { fakes, win, invoke, quit }
}

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [
    ...(i.role ? [String(i.role)] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu as MenuItemConstructorOptions[]) : [])
  ])

describe('the packaged app, started through src/main/index.ts', () => {
  it('serves app://, ignores ELECTRON_RENDERER_URL, shuts DevTools and trusts exactly app://loopwise', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { fakes, win, invoke, quit } = await start(true, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/evil.html' })
    try {
      expect(fakes.steps).toEqual(['scheme registered before ready'])
      expect(warn).toHaveBeenCalledWith('Loopwise: ELECTRON_RENDERER_URL is ignored in the packaged app.')
      expect(win.loaded).toEqual({ url: 'app://loopwise/index.html' })
      expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(false)
      expect(roles(fakes.menu.applicationTemplate as MenuItemConstructorOptions[])).not.toContain('toggleDevTools')
      expect(win.options.icon).toBe(join((process as { resourcesPath?: string }).resourcesPath!, 'icon.png'))

      // The handler serves the folder beside the main bundle: src/renderer when run from source.
      const page = await fakes.protocol.fetch('app://loopwise/index.html')
      expect(page.status).toBe(200)
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(await page.text()).toContain('<title>Loopwise</title>')
      expect((await fakes.protocol.fetch('app://loopwise/..%2fmain%2findex.ts')).status).toBe(403)

      expect(await invoke('app://loopwise/index.html')).toMatchObject({ ok: true })
      for (const url of ['http://127.0.0.1:9/evil.html', 'file:///index.html', 'app://loopwise.evil/index.html']) {
        expect(await invoke(url), url).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      }
      expect(fakes.dialogs).toEqual([])
    } finally {
      warn.mockRestore()
      await quit()
    }
  })
})

describe('a development run, started through src/main/index.ts', () => {
  it('loads the dev server, trusts only its origin, and keeps DevTools and reload', async () => {
    const { fakes, win, invoke, quit } = await start(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    try {
      expect(win.loaded).toEqual({ url: 'http://localhost:5173' })
      expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(true)
      expect(roles(fakes.menu.applicationTemplate as MenuItemConstructorOptions[])).toEqual(
        expect.arrayContaining(['toggleDevTools', 'reload'])
      )
      expect(await invoke('http://localhost:5173/')).toMatchObject({ ok: true })
      expect(await invoke('app://loopwise/index.html')).toMatchObject({ ok: false })
    } finally {
      await quit()
    }
  })

  it('falls back to app:// when there is no dev server (electron-vite preview)', async () => {
    const { win, invoke, quit } = await start(false)
    try {
      expect(win.loaded).toEqual({ url: 'app://loopwise/index.html' })
      expect(await invoke('app://loopwise/index.html')).toMatchObject({ ok: true })
    } finally {
      await quit()
    }
  })
})

describe('the desktop app on a data folder it cannot write', () => {
  it('starts read-only through src/main/index.ts: says why and where, shows the data, refuses saves with STORAGE', async () => {
    const folder = await makeUnwritable('read-only disk')
    if ('skipped' in folder || folder.runAs) {
      console.log(`skipped: ${'skipped' in folder ? folder.skipped : 'as root, only a read-only mount blocks writes in-process'}`)
      if (!('skipped' in folder)) folder.undo()
      return
    }
    const { invoke, quit } = await start(true, { userData: folder.dataDir })
    try {
      const url = 'app://loopwise/index.html'
      const status = await invoke(url, 'app.status')
      expect(status.data).toMatchObject({ readOnly: true, readOnlyReason: expect.stringContaining(folder.dataDir) })
      const wins = await invoke(url, 'wins.list')
      expect((wins.data as Array<{ title: string }>).map((w) => w.title)).toEqual([KEPT_TITLE])
      const save = await invoke(url, 'wins.create', { date: '2026-03-15', title: 'Not on this disk' })
      expect(save).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringMatching(/^Not saved: /) } })
    } finally {
      await quit()
      folder.undo()
    }
  })
})

describe('desktop reminders through src/main/index.ts', () => {
  it('shows one system notification at start when a check-in is due within a week, none for an empty folder', async () => {
    const { createCore } = await import('../core/app/createCore')
    const { addDays, todayIso } = await import('../core/base/clock')
    const { formatDay } = await import('../../shared/formatDay')
    const root = mkdtempSync(join(tmpdir(), 'loopwise-entry-reminder-'))
    roots.push(root)
    const userData = join(root, 'Loopwise')
    const seed = await createCore({ dataDir: userData, mode: 'desktop', version: 'test', lockFolder: false })
    const person = await seed.dispatch('people.create', { name: 'Dana Okafor', role: 'manager', cadenceDays: 14 })
    if (!person.ok) throw new Error(person.error.message)
    await seed.dispatch('checkIns.create', { checkIn: { personId: person.data.id, date: addDays(todayIso(), -10) } })
    await seed.close()

    const { fakes, quit } = await start(true, { userData })
    try {
      await vi.waitFor(() => expect(fakes.notifications.shown).toHaveLength(1), { timeout: 5_000 })
      expect(fakes.notifications.shown[0]!.body).toBe(`Check-in with Dana Okafor is due ${formatDay(addDays(todayIso(), 4))}.`)
    } finally {
      await quit()
    }
    const empty = await start(true)
    try {
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(empty.fakes.notifications.shown).toEqual([])
    } finally {
      await empty.quit()
    }
  })
})
