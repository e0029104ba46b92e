import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { fail } from '../../shared/api/result'
import type { Core } from '../core/app/createCore'
import { originOf } from './rendererTarget'

export const INVOKE_CHANNEL = 'loopwise:invoke'
export const EVENT_CHANNEL = 'loopwise:event'

/**
 * Only our own window, showing our own page, may call the core: the frame's origin must equal
 * the one origin this run serves (app://loopwise, or the dev server in development).
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null, trustedOrigin: string): boolean {
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return false
  // Compare origins, not prefixes: `app://loopwise` is a prefix of `app://loopwise.evil/`, and
  // `http://localhost:5173` of `http://localhost:5173.evil.test/` and `http://localhost:51730/`.
  const origin = originOf(event.senderFrame?.url ?? '')
  return origin !== null && origin === originOf(trustedOrigin)
}

export function registerIpc(core: Core, getWindow: () => BrowserWindow | null, trustedOrigin: string): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, route: unknown, input: unknown) => {
    if (!isTrustedSender(event, getWindow(), trustedOrigin)) return fail('VALIDATION', 'Untrusted sender.')
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
