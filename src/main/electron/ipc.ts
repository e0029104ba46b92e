import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { fail } from '../../shared/api/result'
import type { Core } from '../core/createCore'

export const INVOKE_CHANNEL = 'loopwise:invoke'
export const EVENT_CHANNEL = 'loopwise:event'

/** Only our own window, showing our own page, may call the core. */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return false
  const frameUrl = event.senderFrame?.url ?? ''
  if (frameUrl.startsWith('file://')) return true
  // Compare origins, not prefixes: `http://localhost:5173` is a prefix of
  // `http://localhost:5173.evil.test/` and of `http://localhost:51730/`.
  const devUrl = process.env.ELECTRON_RENDERER_URL
  return Boolean(devUrl) && originOf(frameUrl) !== null && originOf(frameUrl) === originOf(devUrl!)
}

const originOf = (raw: string): string | null => {
  try {
    const origin = new URL(raw).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export function registerIpc(core: Core, getWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, route: unknown, input: unknown) => {
    if (!isTrustedSender(event, getWindow())) return fail('VALIDATION', 'Untrusted sender.')
    return core.dispatch(String(route), input, { transport: 'ipc' })
  })
  const unsubscribe = core.events.subscribe((envelope) => {
    const win = getWindow()
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, envelope)
  })
  return () => {
    unsubscribe()
    ipcMain.removeHandler(INVOKE_CHANNEL)
  }
}
