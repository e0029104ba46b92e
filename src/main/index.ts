import { app, BrowserWindow, dialog, Menu, Notification, protocol } from 'electron'
import { createCore, type Core } from './core/app/createCore'
import { ensureDataFolder } from './core/store/dataFolder'
import { registerIpc } from './electron/ipc'
import { builtPaths, createMainWindow, lockDownSession } from './electron/window'
import { APP_VERSION } from './version'
import { openSafeStorageSecrets } from './electron/safeStorageSecrets'
import { registerAppScheme, serveRenderer } from './electron/appProtocol'
import { installAppMenu } from './electron/appMenu'
import { chooseRenderer } from './electron/rendererTarget'
import { startReminderNotifications } from './electron/reminderNotifications'
import { DailyReminder } from './core/app/dailyReminder'

// Packaged-mode switches: the page comes from app:// (one exact origin for the IPC check); the
// dev server URL, DevTools and the reload/DevTools menu items exist only in development runs.
registerAppScheme(protocol)
const developer = !app.isPackaged
const built = builtPaths(__dirname, app.isPackaged)
const renderer = chooseRenderer({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL })
if (renderer.ignored) console.warn(`Loopwise: ${renderer.ignored}`)

// Electron glue only: the folder comes from Electron, everything else from the core.
app.setName('Loopwise')
const dataDirFlag = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length)
const dataDir = dataDirFlag || process.env.LOOPWISE_DATA_DIR || app.getPath('userData')
if (dataDirFlag || process.env.LOOPWISE_DATA_DIR) app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null
let core: Core | null = null
let stopReminders = () => {}

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
    serveRenderer(protocol, built.rendererDir)
    installAppMenu(Menu, { platform: process.platform, developer, appName: app.getName() })
    try {
      // Before anything reads or writes it (the key file, the lock): a new user has no folder yet.
      await ensureDataFolder(dataDir)
      core = await createCore({ dataDir, mode: 'desktop', version: APP_VERSION, secrets: await openSafeStorageSecrets(dataDir) })
    } catch (error) {
      dialog.showErrorBox('Loopwise could not open its data', (error as Error).message)
      app.exit(1)
      return
    }
    registerIpc(core, () => mainWindow, renderer.origin)
    const open = () => {
      mainWindow = createMainWindow({ preload: built.preload, url: renderer.url, devTools: developer, icon: built.icon })
      mainWindow.on('closed', () => (mainWindow = null))
    }
    open()
    // Check-ins due within a week, overdue commitments: at most once a day, only with the setting on.
    stopReminders = startReminderNotifications({
      Notification,
      reminder: new DailyReminder(core.services, dataDir),
      onClick: () => (mainWindow ? mainWindow.show() : open()),
      onError: (error) => console.warn(`Loopwise: reminder not shown: ${error.message}`)
    }).stop
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
    stopReminders()
    void core.close().finally(() => app.quit())
  })
}
