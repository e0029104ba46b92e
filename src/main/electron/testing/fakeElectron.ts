import { EventEmitter } from 'node:events'
import type { NotificationApi } from '../reminderNotifications'

/**
 * A small stand-in for the parts of `electron` the glue uses, recording what the glue
 * asked for so tests can assert on it. Used with `vi.mock('electron', ...)`.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null
  sent: Array<{ channel: string; payload: unknown }> = []
  devToolsClosed = 0
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
  closeDevTools() {
    this.devToolsClosed++
  }
  /** Emit like Electron does and report whether a listener called preventDefault(). */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  webContents = new FakeWebContents()
  loaded: { url?: string; file?: string } = {}
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  loadURL(url: string) {
    this.loaded = { url }
    return Promise.resolve()
  }
  loadFile(file: string) {
    this.loaded = { file }
    return Promise.resolve()
  }
  isDestroyed() {
    return this.destroyed
  }
  show() {}
}

type PermissionRequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void, details?: unknown) => void
type PermissionCheckHandler = (wc: unknown, permission: string) => boolean
type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void

export interface FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null
  permissionCheckHandler: PermissionCheckHandler | null
  headersListener: HeadersListener | null
  setPermissionRequestHandler(handler: PermissionRequestHandler): void
  setPermissionCheckHandler(handler: PermissionCheckHandler): void
  webRequest: { onHeadersReceived(listener: HeadersListener): void }
}

export function fakeSession(): FakeSession {
  const session: FakeSession = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersListener: null,
    setPermissionRequestHandler(handler) {
      session.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      session.permissionCheckHandler = handler
    },
    webRequest: {
      onHeadersReceived(listener) {
        session.headersListener = listener
      }
    }
  }
  return session
}

export function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  return {
    handlers,
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, handler)
    },
    removeHandler(channel: string) {
      handlers.delete(channel)
    }
  }
}

type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>

/** `protocol`: records the privileged schemes and the handler so a test can send it requests. */
export function fakeProtocol() {
  const protocol = {
    privileged: [] as Array<{ scheme: string; privileges?: Record<string, boolean> }>,
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>) {
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: ProtocolHandler) {
      if (protocol.handlers.has(scheme)) throw new Error(`The scheme has been registered: ${scheme}`)
      protocol.handlers.set(scheme, handler)
    },
    /** What a page's request for `url` would get back. */
    fetch(url: string, method = 'GET'): Promise<Response> {
      const scheme = url.slice(0, url.indexOf(':'))
      const handler = protocol.handlers.get(scheme)
      if (!handler) throw new Error(`no handler for ${scheme}:`)
      return handler({ url, method })
    }
  }
  return protocol
}

/** `Menu`: keeps the template that was made the application menu. */
export function fakeMenu() {
  const menu = {
    applicationTemplate: null as unknown[] | null,
    buildFromTemplate(template: unknown[]) {
      return { template }
    },
    setApplicationMenu(built: { template: unknown[] } | null) {
      menu.applicationTemplate = built ? built.template : null
    }
  }
  return menu
}

interface ShownNotification {
  title: string
  body: string
  click: () => void
}

/** `Notification`: records every one shown, with a click the test can fire. */
export function fakeNotification(supported = true): { Notification: NotificationApi; shown: ShownNotification[] } {
  const shown: ShownNotification[] = []
  class FakeNotification extends EventEmitter {
    static isSupported = () => supported
    constructor(readonly options: { title: string; body: string }) {
      super()
    }
    show() {
      shown.push({ ...this.options, click: () => this.emit('click') })
    }
  }
  return { Notification: FakeNotification, shown }
}
