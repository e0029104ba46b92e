import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { createCore, type Core } from './core/createCore'
import { registerIpc } from './electron/ipc'
import { createMainWindow, lockDownSession, preloadPath, rendererFilePath } from './electron/window'
import { APP_VERSION } from './version'
import { openSafeStorageSecrets } from './electron/safeStorageSecrets'

// Electron glue only: the folder comes from Electron, everything else from the core.
app.setName('Loopwise')
const dataDirFlag = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length)
const dataDir = dataDirFlag || process.env.LOOPWISE_DATA_DIR || app.getPath('userData')
if (dataDirFlag || process.env.LOOPWISE_DATA_DIR) app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null
let core: Core | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })

  app.whenReady().then(async () => {
    lockDownSession()
    try {
      core = await createCore({ dataDir, mode: 'desktop', version: APP_VERSION, secrets: await openSafeStorageSecrets(dataDir) })
    } catch (error) {
      dialog.showErrorBox('Loopwise could not open its data', (error as Error).message)
      app.exit(1)
      return
    }
    registerIpc(core, () => mainWindow)
    const open = () => {
      mainWindow = createMainWindow({
        preload: preloadPath(),
        rendererUrl: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
        rendererFile: rendererFilePath(),
        icon: join(__dirname, '../../resources/icon.png')
      })
      mainWindow.on('closed', () => (mainWindow = null))
    }
    open()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let closing = false
  app.on('before-quit', (event) => {
    if (closing || !core) return
    event.preventDefault()
    closing = true
    void core.close().finally(() => app.quit())
  })
}
