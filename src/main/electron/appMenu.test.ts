import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate, installAppMenu } from './appMenu'
import { fakeMenu } from './testing/fakeElectron'

/** Every role anywhere in the menu, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [String(item.role)] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : [])
  ])
}

const platforms: NodeJS.Platform[] = ['darwin', 'win32', 'linux']
const DEVELOPER_ROLES = ['toggleDevTools', 'reload', 'forceReload']

describe('application menu', () => {
  for (const platform of platforms) {
    it(`has no DevTools or reload anywhere in the packaged app (${platform})`, () => {
      const found = roles(appMenuTemplate({ platform, developer: false, appName: 'Loopwise' }))
      for (const role of DEVELOPER_ROLES) expect(found, role).not.toContain(role)
      // What a person still expects: editing shortcuts, zoom, full screen, quit.
      for (const role of [
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'quit'
      ]) {
        expect(found, role).toContain(role)
      }
    })

    it(`offers DevTools and reload in development runs (${platform})`, () => {
      const found = roles(appMenuTemplate({ platform, developer: true, appName: 'Loopwise' }))
      for (const role of DEVELOPER_ROLES) expect(found, role).toContain(role)
    })
  }

  it('uses the app name for the macOS app menu', () => {
    expect(appMenuTemplate({ platform: 'darwin', developer: false, appName: 'Loopwise' })[0]!.label).toBe('Loopwise')
  })

  it('replaces the default menu (which has Toggle Developer Tools) with ours', () => {
    const menu = fakeMenu()
    installAppMenu(menu, { platform: 'linux', developer: false, appName: 'Loopwise' })
    expect(menu.applicationTemplate).not.toBeNull()
    expect(roles(menu.applicationTemplate as MenuItemConstructorOptions[])).not.toContain('toggleDevTools')
  })
})
