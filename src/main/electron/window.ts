import { BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { isSafeExternalUrl } from './externalLinks'

/** Permission requests (camera, notifications, geolocation, …) are all denied. */
export function lockDownSession(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
}

export function createMainWindow(options: { preload: string; rendererUrl?: string; rendererFile: string; icon?: string }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Loopwise',
    icon: options.icon,
    autoHideMenuBar: true,
    // Written out here, not spread from a constant, so electronegativity can check each one.
    webPreferences: {
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
      // Middle-click opens links in a new window; the open handler denies those anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      preload: options.preload
    }
  })
  hardenContents(win)
  win.once('ready-to-show', () => win.show())
  if (options.rendererUrl) void win.loadURL(options.rendererUrl)
  else void win.loadFile(options.rendererFile)
  return win
}

/** No navigation away from the app, no new windows; safe https links open in the system browser. */
export function hardenContents(win: BrowserWindow): void {
  const contents = win.webContents
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export const preloadPath = () => join(__dirname, '../preload/index.js')
export const rendererFilePath = () => join(__dirname, '../renderer/index.html')
