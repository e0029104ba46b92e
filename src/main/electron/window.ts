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

export interface MainWindowOptions {
  preload: string
  /** app://loopwise/index.html, or the dev server in development (see rendererTarget.ts). */
  url: string
  /** False in the packaged app: DevTools can then be neither opened nor toggled. */
  devTools: boolean
  icon?: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
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
      devTools: options.devTools,
      preload: options.preload
    }
  })
  hardenContents(win)
  // devTools: false already makes openDevTools a no-op; this also closes anything that slips by.
  if (!options.devTools) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(options.url)
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

/** Where the built parts sit, given the folder of the main bundle (out/main, inside app.asar when packaged). */
export function builtPaths(mainDir: string, isPackaged: boolean) {
  return {
    preload: join(mainDir, '../preload/index.js'),
    /** app:// serves this folder and nothing else. */
    rendererDir: join(mainDir, '../renderer'),
    /** Packed beside app.asar by electron-builder's extraResources; in development, the repo's copy. */
    icon: isPackaged ? join(process.resourcesPath, 'icon.png') : join(mainDir, '../../resources/icon.png')
  }
}
