import type { MenuItemConstructorOptions } from 'electron'

/**
 * Electron's default menu has Reload and Toggle Developer Tools (Ctrl+Shift+I). Ours keeps what a
 * person expects (edit shortcuts, zoom, full screen, quit) and adds the developer items only in
 * development runs. Reload is left out of the packaged app: it would throw away unsaved typing.
 */
export function appMenuTemplate(options: { platform: NodeJS.Platform; developer: boolean; appName: string }): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin'
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  if (options.developer) view.unshift({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' })

  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' }
      ]
    })
  } else {
    template.push({ label: '&File', submenu: [{ role: 'quit' }] })
  }
  template.push(
    {
      label: mac ? 'Edit' : '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    { label: mac ? 'View' : '&View', submenu: view },
    {
      label: mac ? 'Window' : '&Window',
      submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }] : [{ role: 'minimize' }, { role: 'close' }]
    }
  )
  return template
}

/** Electron's `Menu` statics, narrowed so tests can hand in a fake. */
interface MenuLike<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M
  setApplicationMenu(menu: M | null): void
}

export function installAppMenu<M>(menu: MenuLike<M>, options: Parameters<typeof appMenuTemplate>[0]): void {
  menu.setApplicationMenu(menu.buildFromTemplate(appMenuTemplate(options)))
}
